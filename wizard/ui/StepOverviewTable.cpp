#include "StepOverviewTable.h"

#include "StepPresenter.h"
#include "WizardController.h"

#include <QHeaderView>

StepOverviewTable::StepOverviewTable(WizardController *controller, QWidget *parent)
    : QTableWidget(Steps::count, 4, parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("stepTable"));
    setAccessibleName(tr("Steps of the onboarding"));
    setHorizontalHeaderLabels({tr("Step"), tr("Status"), tr("Time"), tr("Message")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(controller, &WizardController::stepChanged, this, &StepOverviewTable::refresh);
    refresh();
    selectRow(0);
}

void StepOverviewTable::refresh()
{
    if (!m_controller->isOpen())
        return;
    for (StepId step : Steps::all()) {
        const int row = Steps::index(step);
        const StepState &state = m_controller->state().step(step);
        auto set = [this, row](int column, QTableWidgetItem *item) {
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            setItem(row, column, item);
        };
        set(0, new QTableWidgetItem(Steps::displayName(step)));
        set(1, new QTableWidgetItem(StepPresenter::statusIcon(state.status),
                                    StepPresenter::statusText(state.status)));
        const QDateTime time = state.finished.isValid() ? state.finished : state.updated;
        set(2, new QTableWidgetItem(time.isValid() ? StepPresenter::when(time) : QString()));
        set(3, new QTableWidgetItem(state.message));
    }
}

StepId StepOverviewTable::selectedStep() const
{
    const int row = currentRow();
    return row >= 0 && row < Steps::count ? Steps::all().at(row) : StepId::Connect;
}

void StepOverviewTable::selectStep(StepId step)
{
    selectRow(Steps::index(step));
}
