// The overview's "Save the onboarding report…": the button opens a save dialog (found by its
// objectName, answered by emitting its fileSelected as a person's choice would), the controller writes
// the report through the library's one writer, and the page says where it went.

#include "GuiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

class TestGuiOnboardingReport : public QObject
{
    Q_OBJECT
private slots:
    void saveReportFromTheOverview();
};

void TestGuiOnboardingReport::saveReportFromTheOverview()
{
    auto demo = startDemo(1, 1);
    QVERIFY(demo);
    QTemporaryDir state;
    QTemporaryDir out;
    auto w = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(w);
    passWelcomeAndConnection(*w, *demo);
    completeRemainingSteps(*w);
    QCOMPARE(w->wizard->currentId(), int(PageId::Overview));
    QTRY_VERIFY(!w->controller->isRunning());

    auto *button = w->find<QPushButton>(QStringLiteral("saveReportButton"));
    auto *result = w->find<QLabel>(QStringLiteral("reportResult"));
    QVERIFY(button && result);
    QVERIFY(button->isEnabled());
    const QString organizationId = QString::number(qint64(w->controller->state()
                                                              .step(StepId::Organization)
                                                              .ids.value(QStringLiteral("organization"))
                                                              .toDouble()));

    for (const QString &name : {QStringLiteral("report.html"), QStringLiteral("report.pdf")}) {
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->find<QFileDialog>(QStringLiteral("reportDialog"))) != nullptr);
        const QString path = out.filePath(name);
        emit dialog->fileSelected(path);
        dialog->close(); // WA_DeleteOnClose: the next click makes a new one
        QTRY_VERIFY(w->find<QFileDialog>(QStringLiteral("reportDialog")) == nullptr);
        QVERIFY2(result->text().contains(QDir::toNativeSeparators(path)), qPrintable(result->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        if (name.endsWith(QLatin1String(".html")))
            QVERIFY(content.contains(organizationId.toUtf8()));
        else
            QVERIFY(content.startsWith("%PDF-"));
    }
}

QTEST_MAIN(TestGuiOnboardingReport)
#include "tst_gui_onboarding_report.moc"
