#include "PlanPreviewDialog.h"

#include "PlanPreviewReport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

PlanPreviewDialog::PlanPreviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(tr("Reading what exists in the Certificate Manager (nothing is changed)…"), this))
    , m_actions(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("planPreviewDialog"));
    setWindowTitle(tr("Preview of the changes"));
    m_status->setWordWrap(true);
    m_actions->setObjectName(QStringLiteral("planPreviewActions"));
    m_notes->setObjectName(QStringLiteral("planPreviewNotes"));
    m_notes->setReadOnly(true);
    m_notes->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_actions, 2);
    layout->addWidget(m_notes, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

void PlanPreviewDialog::showReport(const PlanPreviewReport &report)
{
    m_hasReport = true;
    m_actions->clear();
    for (const PlanPreviewAction &action : report.actions) {
        QString text = tr("%1 %2: %3").arg(action.kind, action.name, PlanPreviewReport::actionText(action));
        if (!action.detail.isEmpty() && action.action != QLatin1String("update"))
            text += QStringLiteral(" — ") + action.detail;
        auto *item = new QListWidgetItem(text, m_actions);
        // kind, name and action as the command line's --json has them, for scripts and tests.
        item->setData(Qt::UserRole, QStringLiteral("%1 %2 %3").arg(action.kind, action.name, action.action));
    }
    QStringList notes;
    if (!report.tasks.isEmpty())
        notes << tr("What a person will have to do:") << report.tasks;
    if (!report.blockers.isEmpty())
        notes << tr("What stops the run:") << report.blockers;
    if (!report.failure.isEmpty())
        notes << tr("The survey did not finish: %1").arg(report.failure);
    m_notes->setPlainText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_status->setText(report.blockers.isEmpty() && report.failure.isEmpty()
                          ? tr("Nothing has been changed. The run would go through.")
                          : tr("Nothing has been changed. The run would stop: see below."));
}
