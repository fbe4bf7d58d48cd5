// A Certificate Manager with a certificate the system does not trust: the connection page says so,
// shows the certificate's details and offers to trust a CA certificate file — never to ignore the
// problem; with the CA trusted, the same page connects.

#include "GuiTestSupport.h"

#include "MemorySecretStore.h"
#include "ScmSimulator.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

class TestGuiConnectionTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void untrustedCertificateThenTrustedCa();

private:
    QTemporaryDir m_config;
};

void TestGuiConnectionTls::initTestCase()
{
    // The trusted CA file is remembered in the settings: keep them out of the user's.
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("mpki-setup-test"));
}

void TestGuiConnectionTls::untrustedCertificateThenTrustedCa()
{
    ScmSimulatorOptions simulatorOptions;
    simulatorOptions.tls = true;
    simulatorOptions.adminPassword = QStringLiteral("Sim-Admin-Password-1");
    ScmSimulator simulator(simulatorOptions);
    QString error;
    QVERIFY2(simulator.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    QTemporaryDir state;
    MemorySecretStore secrets;
    WizardController::Options options;
    options.stateDirectory = state.path();
    options.secrets = &secrets;
    WizardController controller(options);
    QVERIFY2(controller.open(&error), qPrintable(error));
    MpkiWizard wizard(&controller);
    wizard.resize(900, 760);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(PageId::Connection));

    auto *baseUrl = wizard.findChild<QComboBox *>(QStringLiteral("baseUrl"));
    baseUrl->setEditText(simulator.baseUrl().toString());
    typeInto(wizard.findChild<QLineEdit *>(QStringLiteral("customerUri")), simulator.customerUri());
    typeInto(wizard.findChild<QLineEdit *>(QStringLiteral("login")), simulator.adminLogin());
    typeInto(wizard.findChild<QLineEdit *>(QStringLiteral("password")), simulator.adminPassword());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    auto *message = wizard.findChild<QLabel *>(QStringLiteral("connectionError"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    QVERIFY2(message->text().contains(QStringLiteral("not trusted")), qPrintable(message->text()));
    QCOMPARE(wizard.currentId(), int(PageId::Connection));
    auto *certificate = wizard.findChild<QLabel *>(QStringLiteral("connectionCertificate"));
    QVERIFY(certificate->isVisible());
    QVERIFY2(certificate->text().contains(QStringLiteral("SHA-256")), qPrintable(certificate->text()));
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("trustCaFile"))->isVisible());
    // Nothing on the page offers to ignore it.
    for (QAbstractButton *button : wizard.currentPage()->findChildren<QAbstractButton *>())
        QVERIFY(!button->text().contains(QStringLiteral("gnore")));

    // The CA file the person chooses (the dialog's answer), then Next again.
    QTemporaryDir files;
    const QString caPath = files.filePath(QStringLiteral("ca.pem"));
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(simulator.caCertificate().toPem());
    ca.close();
    QVERIFY2(controller.trustCaCertificateFile(caPath, &error), qPrintable(error));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(PageId::of(StepId::Organization)), 30000);
    QVERIFY(controller.isConnected());
}

QTEST_MAIN(TestGuiConnectionTls)
#include "tst_gui_connection_tls.moc"
