// The connection page: a wrong password is explained on the page and does not advance; a pasted
// portal address fills the customer URI.

#include "GuiTestSupport.h"

#include <QComboBox>
#include <QLabel>

class TestGuiConnection : public QObject
{
    Q_OBJECT
private slots:
    void wrongPasswordStaysOnThePage();
    void pastedPortalAddressGivesTheCustomerUri();
};

void TestGuiConnection::wrongPasswordStaysOnThePage()
{
    auto demo = startDemo();
    QVERIFY(demo);
    QTemporaryDir state;
    auto w = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(w);
    w->clickNext();
    QCOMPARE(w->wizard->currentId(), int(PageId::Connection));
    typeInto(w->find<QLineEdit>(QStringLiteral("password")), QStringLiteral("not-the-password"));
    w->clickNext();
    auto *error = w->find<QLabel>(QStringLiteral("connectionError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QCOMPARE(w->wizard->currentId(), int(PageId::Connection));
    QVERIFY2(error->text().contains(QStringLiteral("refused")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("Possible causes")));
    QVERIFY(!w->controller->isConnected());
    QVERIFY(w->next()->isEnabled()); // the admin can correct it and try again

    // Corrected, the same page goes on.
    typeInto(w->find<QLineEdit>(QStringLiteral("password")), demo->adminPassword());
    w->clickNext();
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Organization)), 20000);
    QVERIFY(w->controller->isConnected());
}

void TestGuiConnection::pastedPortalAddressGivesTheCustomerUri()
{
    auto demo = startDemo();
    QVERIFY(demo);
    QTemporaryDir state;
    auto w = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(w);
    w->clickNext();
    auto *baseUrl = w->find<QComboBox>(QStringLiteral("baseUrl"));
    QVERIFY(baseUrl);
    QVERIFY(baseUrl->count() >= 1); // the known instances
    typeInto(w->find<QLineEdit>(QStringLiteral("customerUri")), QString());
    baseUrl->setFocus();
    baseUrl->lineEdit()->selectAll();
    QTest::keyClicks(baseUrl->lineEdit(), QStringLiteral("https://cert-manager.com/customer/acme-corp/"));
    QTRY_COMPARE(w->find<QLineEdit>(QStringLiteral("customerUri"))->text(), QStringLiteral("acme-corp"));
    QTRY_COMPARE(baseUrl->currentText(), QStringLiteral("https://cert-manager.com"));
}

QTEST_MAIN(TestGuiConnection)
#include "tst_gui_connection.moc"
