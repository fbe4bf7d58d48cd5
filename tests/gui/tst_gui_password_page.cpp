// The manual password page: SCM refuses the temporary password; the page shows the login address
// (opened through the injected opener, never a browser), the login and both passwords with copy
// buttons; after the simulated person changed it, the page completes.

#include "GuiTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QPushButton>
#include <QToolButton>

class TestGuiPasswordPage : public QObject
{
    Q_OBJECT
private slots:
    void manualChangeThroughThePage();
};

void TestGuiPasswordPage::manualChangeThroughThePage()
{
    auto demo = startDemo(1, 1);
    QVERIFY(demo);
    QTemporaryDir state;
    RecordingUrlOpener opener;
    auto w = WizardUnderTest::open(demo.get(), state.path(), &opener);
    QVERIFY(w);
    passWelcomeAndConnection(*w, *demo);
    while (w->wizard->currentId() != int(PageId::of(StepId::Password))) {
        QVERIFY2(w->wizard->currentId() < int(PageId::of(StepId::Password)),
                 qPrintable(MpkiWizard::pageName(w->wizard->currentId())));
        passStepPage(*w);
    }
    auto *manual = w->find<QGroupBox>(QStringLiteral("manualPasswordChange"));
    QTRY_VERIFY_WITH_TIMEOUT(manual->isVisible(), 30000);
    QVERIFY(!w->next()->isEnabled());

    const std::optional<ManualPasswordChange> change = w->controller->manualPasswordChange();
    QVERIFY(change);
    const QUrl expected(demo->scmBaseUrl().toString() + QStringLiteral("/customer/demo/"));
    QCOMPARE(w->find<QLineEdit>(QStringLiteral("manualUrl"))->text(), expected.toString());
    QCOMPARE(w->find<QLineEdit>(QStringLiteral("manualLogin"))->text(), QStringLiteral("seppmail-mpki"));
    auto *temporary = w->find<QLineEdit>(QStringLiteral("manualTemporaryPassword"));
    auto *fresh = w->find<QLineEdit>(QStringLiteral("manualNewPassword"));
    QCOMPARE(temporary->echoMode(), QLineEdit::Password); // masked until asked
    QCOMPARE(temporary->text(), change->temporaryPassword);
    QCOMPARE(fresh->text(), change->newPassword);
    QVERIFY(!change->newPassword.isEmpty());
    QVERIFY(change->newPassword != change->temporaryPassword);

    // The copy button copies the real value, masked or not.
    QTest::mouseClick(w->find<QToolButton>(QStringLiteral("manualNewPasswordCopy")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), change->newPassword);
    QApplication::clipboard()->clear();

    // "Open the login page" goes through the injected opener with SCM's address.
    QTest::mouseClick(w->find<QPushButton>(QStringLiteral("manualOpenUrl")), Qt::LeftButton);
    QCOMPARE(opener.opened.size(), 1);
    QCOMPARE(opener.opened.first(), expected);

    // The person (the simulator's) changes it at the web page; the polling notices and completes.
    QTest::mouseClick(w->find<QPushButton>(QStringLiteral("playPersonsPart")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->controller->state().step(StepId::Password).status, StepStatus::Done, 60000);
    QTRY_VERIFY(!manual->isVisible());
    QVERIFY(fresh->text().isEmpty()); // the secrets left the screen
    // Done: the page goes on by itself.
    QTRY_VERIFY_WITH_TIMEOUT(w->wizard->currentId() != int(PageId::of(StepId::Password)), 10000);
}

QTEST_MAIN(TestGuiPasswordPage)
#include "tst_gui_password_page.moc"
