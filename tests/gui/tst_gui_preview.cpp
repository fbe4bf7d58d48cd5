// The organisation page's Preview button: opens a dialog that lists what the run would do (the
// organisation, its validation, the domains and the operator to be created on the demo's fresh
// account), read without a single changing request and without leaving the page.

#include "GuiTestSupport.h"

#include "PlanPreviewDialog.h"
#include "ScmSimulator.h"

#include <QListWidget>
#include <QPushButton>

class TestGuiPreview : public QObject
{
    Q_OBJECT
private slots:
    void previewListsTheCreatesAndChangesNothing();
};

void TestGuiPreview::previewListsTheCreatesAndChangesNothing()
{
    auto demo = startDemo();
    QVERIFY(demo);
    QTemporaryDir state;
    auto w = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(w);
    passWelcomeAndConnection(*w, *demo);
    QCOMPARE(w->wizard->currentId(), int(PageId::of(StepId::Organization)));
    const QString organization = w->controller->plan().organization.name;
    QVERIFY(!organization.isEmpty());

    int notGet = 0;
    connect(demo->scmSimulator(), &ScmSimulator::requestHandled, this, [&notGet](const QJsonObject &line) {
        if (line.value(QStringLiteral("method")).toString() != QLatin1String("GET"))
            ++notGet;
    });
    auto *button = w->find<QPushButton>(QStringLiteral("previewButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    button->click();
    PlanPreviewDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = w->wizard->findChild<PlanPreviewDialog *>()) != nullptr, 5000);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasReport(), 30000);

    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("planPreviewActions"));
    QVERIFY(list);
    QStringList rows;
    for (int i = 0; i < list->count(); ++i)
        rows << list->item(i)->data(Qt::UserRole).toString();
    QVERIFY2(rows.contains(QStringLiteral("organization %1 create").arg(organization)),
             qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("validation OV_SMIME create")), qPrintable(rows.join(u';')));
    for (const Plan::Domain &domain : w->controller->plan().domains)
        QVERIFY2(rows.contains(QStringLiteral("domain %1 create").arg(domain.asciiName())),
                 qPrintable(rows.join(u';')));
    QCOMPARE(notGet, 0);
    // Nothing ran: still on the organisation page, the step not started.
    QCOMPARE(w->wizard->currentId(), int(PageId::of(StepId::Organization)));
    QCOMPARE(w->controller->state().step(StepId::Organization).status, StepStatus::Pending);
    dialog->reject();
}

QTEST_MAIN(TestGuiPreview)
#include "tst_gui_preview.moc"
