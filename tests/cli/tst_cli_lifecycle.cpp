// After day one, as an administrator meets it: `mpki-setup health` and `mpki-setup rotate` as child
// processes against the SCM simulator, with the real keychain. One onboarding is run once; each
// test breaks one thing health checks (through SCM's own API as the MRAO admin, or the simulator's
// controls), expects the exit code and the finding, then repairs it — with the action health names
// where that is a command — and expects 0 again. health never sends a changing request. rotate
// gives a new password that works while the old one does not, and a rotation killed on either side
// of SCM's change ends, after a re-run, with exactly one working password in the keychain.
#include "CliTestKit.h"

#include "KeychainSecretStore.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"
#include "ScmTypes.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace CliTestKit;

namespace {
ScmReply *waitFor(ScmReply *reply)
{
    QSignalSpy spy(reply, &ScmReply::finished);
    if (!reply->isFinished())
        spy.wait(30000);
    return reply;
}

// The checks of health's JSON by id: "id" -> "STATUS".
QHash<QString, QString> checksOf(const QByteArray &standardOutput, QJsonObject *report = nullptr)
{
    const QJsonObject object = QJsonDocument::fromJson(standardOutput.trimmed()).object();
    if (report)
        *report = object;
    QHash<QString, QString> checks;
    for (const QJsonValue &value : object.value(QStringLiteral("checks")).toArray())
        checks.insert(value.toObject().value(QStringLiteral("id")).toString(),
                      value.toObject().value(QStringLiteral("status")).toString());
    return checks;
}
} // namespace

class CliLifecycleTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthyAfterTheOnboarding();
    void readableOutputNamesEveryCheck();
    void operatorPasswordExpiry_data();
    void operatorPasswordExpiry();
    void apiOnlyTakenAwayAndGivenBackByTheNamedAction();
    void privilegeTakenAway();
    void restAccessSwitchedOffAndOnAgain();
    void organizationValidationNearExpiry();
    void delegationRevokedAndRestored();
    void dcvNearExpiry();
    void fromAConnectorFile();
    void unreachableScmIsUnknown();
    void badCommandLineIsUnknown();
    void rotateGivesANewPasswordAndTheOldStops();
    void rotateKilledAfterTheChange();
    void rotateKilledBeforeTheChange();
    void rotateWithoutAStoredPasswordNeedsConsent();
    void legacyDialect();
    void cleanupTestCase();

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home.path() + QStringLiteral("/state"));
        environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), m_simulator->adminPassword());
        return environment;
    }
    // Runs health on the onboarding's state; *changing counts the changing requests it sent.
    RunResult health(const QStringList &extra = {}, int *changing = nullptr)
    {
        int count = 0;
        const QMetaObject::Connection watch = connect(m_simulator.get(), &ScmSimulator::requestHandled, this,
                                                      [&count](const QJsonObject &line) {
                                                          if (isChanging(line))
                                                              ++count;
                                                      });
        const RunResult result = runBinary(QStringList{QStringLiteral("health"), QStringLiteral("--state"),
                                                       m_state, QStringLiteral("--json")} +
                                               extra,
                                           environment());
        disconnect(watch);
        if (changing)
            *changing = count;
        return result;
    }
    RunResult runSteps(const QString &steps)
    {
        return runBinary({QStringLiteral("run"), QStringLiteral("--plan"), m_plan, QStringLiteral("--state"),
                          m_state, QStringLiteral("--only"), steps, QStringLiteral("--deadline"),
                          QStringLiteral("60")},
                         environment());
    }
    // POST to the simulator's own controls (never under /api/).
    int control(const QString &path, const QJsonObject &body)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_simulator->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    ScmClient *admin() { return m_adminClient.get(); }
    ScmAdmin operatorRecord()
    {
        ScmReply *found = waitFor(admin()->findAdminByLogin(m_operatorLogin));
        const qint64 id = ScmAdmin::fromJson(found->object()).id;
        found->deleteLater();
        ScmReply *record = waitFor(admin()->getAdmin(id));
        const ScmAdmin result = ScmAdmin::fromJson(record->object());
        record->deleteLater();
        return result;
    }
    bool signsIn(const QString &password)
    {
        ScmClient client(&m_transport,
                         {m_simulator->baseUrl(), m_simulator->customerUri(), m_operatorLogin, password});
        ScmReply *reply = waitFor(client.passwordState());
        const bool ok = reply->ok();
        reply->deleteLater();
        return ok;
    }
    QString slot(const QString &name)
    {
        return readSecret(&m_keychain, SecretStore::key(m_simulator->baseUrl().host(),
                                                        m_simulator->customerUri(), m_operatorLogin, name));
    }
    QString organizationIdText() const { return QString::number(m_organizationId); }

    std::unique_ptr<ScmSimulator> m_simulator;
    QTemporaryDir m_home;
    QString m_plan, m_state;
    QString m_operatorLogin = QStringLiteral("seppmail-mpki");
    qint64 m_organizationId = 0;
    ScmTransport m_transport;
    std::unique_ptr<ScmClient> m_adminClient;
    KeychainSecretStore m_keychain;
};

void CliLifecycleTest::initTestCase()
{
    ScmSimulatorOptions options;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    options.validationDelaySeconds = 0;
    options.dcvDelaySeconds = 0;
    m_simulator = std::make_unique<ScmSimulator>(options);
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_plan = m_home.filePath(QStringLiteral("plan.json"));
    m_state = m_home.filePath(QStringLiteral("st"));
    writePlan(*m_simulator, m_plan, QStringLiteral("Lifecycle Org"));
    const RunResult run =
        runBinary({QStringLiteral("run"), QStringLiteral("--plan"), m_plan, QStringLiteral("--state"),
                   m_state, QStringLiteral("--deadline"), QStringLiteral("60")},
                  environment());
    QVERIFY2(run.exitCode == 0, run.output.constData());
    m_adminClient = std::make_unique<ScmClient>(
        &m_transport, ScmCredentials{m_simulator->baseUrl(), m_simulator->customerUri(),
                                     m_simulator->adminLogin(), m_simulator->adminPassword()});
    ScmReply *orgs = waitFor(admin()->listOrganizations());
    for (const QJsonValue &value : orgs->array())
        if (ScmOrganization::fromJson(value.toObject()).name == QLatin1String("Lifecycle Org"))
            m_organizationId = ScmOrganization::fromJson(value.toObject()).id;
    orgs->deleteLater();
    QVERIFY(m_organizationId != 0);
}

void CliLifecycleTest::cleanupTestCase()
{
    // The operator's passwords are the test keychain's; the keyring goes with the test's session.
    m_adminClient.reset();
}

void CliLifecycleTest::healthyAfterTheOnboarding()
{
    int changing = -1;
    const RunResult result = health({}, &changing);
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QCOMPARE(changing, 0);
    QJsonObject report;
    const QHash<QString, QString> checks = checksOf(result.standardOutput, &report);
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    for (const QString &id :
         {QStringLiteral("operator-sign-in"), QStringLiteral("operator-password"),
          QStringLiteral("operator-api-only"), QStringLiteral("operator-role"),
          QStringLiteral("operator-privilege"), QStringLiteral("organization"),
          QStringLiteral("organization-rest-access"), QStringLiteral("organization-validation"),
          QStringLiteral("smime-profile"), QStringLiteral("domain-delegation:example.ch"),
          QStringLiteral("domain-delegation:mail.example.ch"), QStringLiteral("domain-dcv:example.ch"),
          QStringLiteral("admin-password")})
        QVERIFY2(checks.value(id) == QLatin1String("OK"),
                 qPrintable(id + QLatin1Char(' ') + checks.value(id)));
    // mail.example.ch is validated through its registered domain: one DCV finding, not two.
    QVERIFY(!checks.contains(QStringLiteral("domain-dcv:mail.example.ch")));
}

void CliLifecycleTest::readableOutputNamesEveryCheck()
{
    const RunResult result =
        runBinary({QStringLiteral("health"), QStringLiteral("--state"), m_state}, environment());
    QVERIFY2(result.exitCode == 0, result.output.constData());
    const QStringList lines = QString::fromUtf8(result.standardOutput).trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.first().startsWith(QLatin1String("OK: ")), qPrintable(lines.first()));
    QCOMPARE(lines.size() - 1, checksOf(health().standardOutput).size());
}

void CliLifecycleTest::operatorPasswordExpiry_data()
{
    QTest::addColumn<int>("inDays");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("in 5 days: critical") << 5 << 2 << QStringLiteral("CRITICAL");
    QTest::newRow("in 15 days: warning") << 15 << 1 << QStringLiteral("WARNING");
    QTest::newRow("in 60 days: ok") << 60 << 0 << QStringLiteral("OK");
    QTest::newRow("yesterday: critical") << -1 << 2 << QStringLiteral("CRITICAL");
}

void CliLifecycleTest::operatorPasswordExpiry()
{
    QFETCH(int, inDays);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QCOMPARE(control(QStringLiteral("/simulator/v1/admins/password-expiry"),
                     {{QStringLiteral("login"), m_operatorLogin}, {QStringLiteral("inDays"), inDays}}),
             200);
    const RunResult result = health();
    QVERIFY2(result.exitCode == exitCode, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("operator-password")), status);
    const QString date = QDate::currentDate().addDays(inDays).toString(Qt::ISODate);
    QVERIFY2(result.standardOutput.contains(date.toLatin1()), result.output.constData());
    QCOMPARE(control(QStringLiteral("/simulator/v1/admins/password-expiry"),
                     {{QStringLiteral("login"), m_operatorLogin}, {QStringLiteral("inDays"), 90}}),
             200);
}

void CliLifecycleTest::apiOnlyTakenAwayAndGivenBackByTheNamedAction()
{
    ScmAdminUpdate standard;
    standard.type = QStringLiteral("STANDARD");
    ScmReply *reply = waitFor(admin()->updateAdmin(operatorRecord().id, standard));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    reply->deleteLater();
    RunResult result = health();
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("operator-api-only")),
             QStringLiteral("CRITICAL"));
    QVERIFY2(result.standardOutput.contains("--only api-only"), result.output.constData());

    const RunResult repair = runSteps(QStringLiteral("api-only"));
    QVERIFY2(repair.exitCode == 0, repair.output.constData());
    result = health();
    QVERIFY2(result.exitCode == 0, result.output.constData());
}

void CliLifecycleTest::privilegeTakenAway()
{
    const ScmAdmin before = operatorRecord();
    QVERIFY(before.privileges.contains(QStringLiteral("clientCertRequest")));
    ScmAdminUpdate fewer;
    fewer.privilegesSet = true;
    for (const QString &privilege : before.privileges)
        if (privilege != QLatin1String("clientCertRequest"))
            fewer.privileges << privilege;
    ScmReply *reply = waitFor(admin()->updateAdmin(before.id, fewer));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    reply->deleteLater();
    RunResult result = health();
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("operator-privilege")),
             QStringLiteral("CRITICAL"));

    ScmAdminUpdate restore;
    restore.privilegesSet = true;
    restore.privileges = before.privileges;
    reply = waitFor(admin()->updateAdmin(before.id, restore));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    reply->deleteLater();
    result = health();
    QVERIFY2(result.exitCode == 0, result.output.constData());
}

void CliLifecycleTest::restAccessSwitchedOffAndOnAgain()
{
    ScmReply *reply = waitFor(
        admin()->updateOrganization(m_organizationId, {{QStringLiteral("clientCertsApiEnabled"), false}}));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    reply->deleteLater();
    RunResult result = health();
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("organization-rest-access")),
             QStringLiteral("CRITICAL"));
    QVERIFY2(result.standardOutput.contains("--only organization"), result.output.constData());

    const RunResult repair = runSteps(QStringLiteral("organization"));
    QVERIFY2(repair.exitCode == 0, repair.output.constData());
    result = health();
    QVERIFY2(result.exitCode == 0, result.output.constData());
}

void CliLifecycleTest::organizationValidationNearExpiry()
{
    QCOMPARE(control(QStringLiteral("/simulator/v1/organizations/validation-expiry"),
                     {{QStringLiteral("organizationId"), m_organizationId}, {QStringLiteral("inDays"), 10}}),
             200);
    RunResult result = health();
    QVERIFY2(result.exitCode == 1, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("organization-validation")),
             QStringLiteral("WARNING"));
    QVERIFY(
        result.standardOutput.contains(QDate::currentDate().addDays(10).toString(Qt::ISODate).toLatin1()));
    QCOMPARE(control(QStringLiteral("/simulator/v1/organizations/validation-expiry"),
                     {{QStringLiteral("organizationId"), m_organizationId}, {QStringLiteral("inDays"), 365}}),
             200);
    result = health();
    QVERIFY2(result.exitCode == 0, result.output.constData());
}

void CliLifecycleTest::delegationRevokedAndRestored()
{
    QCOMPARE(control(QStringLiteral("/simulator/v1/domains/revoke-delegation"),
                     {{QStringLiteral("domain"), QStringLiteral("mail.example.ch")},
                      {QStringLiteral("organizationId"), m_organizationId}}),
             200);
    RunResult result = health();
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("domain-delegation:mail.example.ch")),
             QStringLiteral("CRITICAL"));
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("domain-delegation:example.ch")),
             QStringLiteral("OK"));
    const RunResult repair = runSteps(QStringLiteral("domains"));
    QVERIFY2(repair.exitCode == 0, repair.output.constData());
    result = health();
    QVERIFY2(result.exitCode == 0, result.output.constData());
}

void CliLifecycleTest::dcvNearExpiry()
{
    QCOMPARE(
        control(QStringLiteral("/simulator/v1/domains/dcv-expiry"),
                {{QStringLiteral("domain"), QStringLiteral("example.ch")}, {QStringLiteral("inDays"), 3}}),
        200);
    RunResult result = health();
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("domain-dcv:example.ch")),
             QStringLiteral("CRITICAL"));
    QCOMPARE(
        control(QStringLiteral("/simulator/v1/domains/dcv-expiry"),
                {{QStringLiteral("domain"), QStringLiteral("example.ch")}, {QStringLiteral("inDays"), 300}}),
        200);
    result = health();
    QVERIFY2(result.exitCode == 0, result.output.constData());
}

void CliLifecycleTest::fromAConnectorFile()
{
    const QString passphraseFile = m_home.filePath(QStringLiteral("pp"));
    QFile pp(passphraseFile);
    QVERIFY(pp.open(QIODevice::WriteOnly));
    pp.write("a connector passphrase\n");
    pp.close();
    const QString connector = m_home.filePath(QStringLiteral("connector.json"));
    const RunResult exported =
        runBinary({QStringLiteral("export"), QStringLiteral("--state"), m_state, QStringLiteral("--out"),
                   connector, QStringLiteral("--passphrase-file"), passphraseFile},
                  environment());
    QVERIFY2(exported.exitCode == 0, exported.output.constData());
    // Another machine: no state, no keychain entry needed.
    const RunResult result =
        runBinary({QStringLiteral("health"), QStringLiteral("--connector"), connector,
                   QStringLiteral("--passphrase-file"), passphraseFile, QStringLiteral("--json")},
                  environment());
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("operator-sign-in")), QStringLiteral("OK"));
    // Without the passphrase and without a terminal: UNKNOWN at once.
    const RunResult noPassphrase =
        runBinary({QStringLiteral("health"), QStringLiteral("--connector"), connector}, environment());
    QVERIFY2(noPassphrase.exitCode == 3, noPassphrase.output.constData());
}

void CliLifecycleTest::unreachableScmIsUnknown()
{
    const QString connector = m_home.filePath(QStringLiteral("unreachable.json"));
    const RunResult exported = runBinary({QStringLiteral("export"), QStringLiteral("--state"), m_state,
                                          QStringLiteral("--out"), connector, QStringLiteral("--plain")},
                                         environment());
    QVERIFY2(exported.exitCode == 0, exported.output.constData());
    QFile file(connector);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    json.insert(QStringLiteral("scmBaseUrl"), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();
    const RunResult result = runBinary({QStringLiteral("health"), QStringLiteral("--connector"), connector,
                                        QStringLiteral("--timeout"), QStringLiteral("20")},
                                       environment());
    QVERIFY2(result.exitCode == 3, result.output.constData());
    QVERIFY2(result.standardOutput.startsWith("UNKNOWN"), result.output.constData());
}

void CliLifecycleTest::badCommandLineIsUnknown()
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("health")},
          QStringList{QStringLiteral("health"), QStringLiteral("--state"), m_state,
                      QStringLiteral("--warn-days"), QStringLiteral("3"), QStringLiteral("--critical-days"),
                      QStringLiteral("9")},
          QStringList{QStringLiteral("health"), QStringLiteral("--no-such-option")}}) {
        const RunResult result = runBinary(arguments, environment());
        QVERIFY2(result.exitCode == 3, qPrintable(arguments.join(u' ') + QLatin1Char('\n') + result.output));
    }
}

void CliLifecycleTest::rotateGivesANewPasswordAndTheOldStops()
{
    const QString old = slot(SecretStore::operatorCurrentSlot());
    QVERIFY(!old.isEmpty());
    const QString connector = m_home.filePath(QStringLiteral("rotated.json"));
    const RunResult rotated = runBinary({QStringLiteral("rotate"), QStringLiteral("--state"), m_state,
                                         QStringLiteral("--export"), connector, QStringLiteral("--plain")},
                                        environment());
    QVERIFY2(rotated.exitCode == 0, rotated.output.constData());
    const QString now = slot(SecretStore::operatorCurrentSlot());
    QVERIFY(!now.isEmpty());
    QVERIFY(now != old);
    QVERIFY(slot(SecretStore::operatorPendingSlot()).isEmpty());
    QVERIFY(signsIn(now));
    QVERIFY(!signsIn(old));
    QVERIFY2(!rotated.output.contains(now.toUtf8()), "rotate printed the new password");
    QFile file(connector);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("password")).toString(),
             now);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const RunResult after = health();
    QVERIFY2(after.exitCode == 0, after.output.constData());
    QVERIFY(!after.output.contains(now.toUtf8()));
}

void CliLifecycleTest::rotateKilledAfterTheChange()
{
    const QString old = slot(SecretStore::operatorCurrentSlot());
    const RunResult killed = runBinary(
        {QStringLiteral("rotate"), QStringLiteral("--state"), m_state}, environment(), m_simulator.get(),
        [](const QJsonObject &line) {
            return line.value(QStringLiteral("path")).toString().contains(QLatin1String("changepassword"));
        });
    QVERIFY2(killed.crashed, killed.output.constData());
    // SCM took the change; the keychain may not know yet: the old current password no longer works.
    QVERIFY(!signsIn(old));
    const RunResult again =
        runBinary({QStringLiteral("rotate"), QStringLiteral("--state"), m_state}, environment());
    QVERIFY2(again.exitCode == 0, again.output.constData());
    const QString current = slot(SecretStore::operatorCurrentSlot());
    QVERIFY(signsIn(current));
    QVERIFY(slot(SecretStore::operatorPendingSlot()).isEmpty());
    QVERIFY(!signsIn(old));
}

void CliLifecycleTest::rotateKilledBeforeTheChange()
{
    const QString old = slot(SecretStore::operatorCurrentSlot());
    // The kill follows the answer to the first sign-in; the change may still have gone out before it.
    int changes = 0;
    const QMetaObject::Connection watch =
        connect(m_simulator.get(), &ScmSimulator::requestHandled, this, [&changes](const QJsonObject &line) {
            if (line.value(QStringLiteral("path")).toString().contains(QLatin1String("changepassword")))
                ++changes;
        });
    const RunResult killed = runBinary(
        {QStringLiteral("rotate"), QStringLiteral("--state"), m_state}, environment(), m_simulator.get(),
        [](const QJsonObject &line) {
            return line.value(QStringLiteral("method")).toString() == QLatin1String("GET") &&
                   line.value(QStringLiteral("path")).toString().endsWith(QLatin1String("admin/v1/password"));
        });
    disconnect(watch);
    QVERIFY2(killed.crashed, killed.output.constData());
    if (changes == 0)
        QVERIFY(signsIn(old)); // nothing reached SCM
    const RunResult again =
        runBinary({QStringLiteral("rotate"), QStringLiteral("--state"), m_state}, environment());
    QVERIFY2(again.exitCode == 0, again.output.constData());
    const QString current = slot(SecretStore::operatorCurrentSlot());
    QVERIFY(current != old);
    QVERIFY(signsIn(current));
    QVERIFY(!signsIn(old));
    QVERIFY(slot(SecretStore::operatorPendingSlot()).isEmpty());
}

void CliLifecycleTest::rotateWithoutAStoredPasswordNeedsConsent()
{
    // Another machine, or a new keychain: no password of the operator anywhere.
    const QString working = slot(SecretStore::operatorCurrentSlot());
    QEventLoop loop;
    m_keychain.remove(SecretStore::key(m_simulator->baseUrl().host(), m_simulator->customerUri(),
                                       m_operatorLogin, SecretStore::operatorCurrentSlot()),
                      this, [&loop](const SecretResult &) { loop.quit(); });
    loop.exec();
    QVERIFY(slot(SecretStore::operatorCurrentSlot()).isEmpty());

    int changing = 0;
    const QMetaObject::Connection watch =
        connect(m_simulator.get(), &ScmSimulator::requestHandled, this, [&changing](const QJsonObject &line) {
            if (isChanging(line))
                ++changing;
        });
    const RunResult refused =
        runBinary({QStringLiteral("rotate"), QStringLiteral("--state"), m_state}, environment());
    disconnect(watch);
    QVERIFY2(refused.exitCode == 2, refused.output.constData());
    QVERIFY2(refused.output.contains("--reset-operator-password"), refused.output.constData());
    QCOMPARE(changing, 0);     // nothing changed without consent
    QVERIFY(signsIn(working)); // the gateway's password still works

    const RunResult reset = runBinary({QStringLiteral("rotate"), QStringLiteral("--state"), m_state,
                                       QStringLiteral("--reset-operator-password")},
                                      environment());
    QVERIFY2(reset.exitCode == 0, reset.output.constData());
    const QString current = slot(SecretStore::operatorCurrentSlot());
    QVERIFY(signsIn(current));
    QVERIFY(!signsIn(working));
    QVERIFY(slot(SecretStore::operatorPendingSlot()).isEmpty());
    QVERIFY(slot(SecretStore::operatorTemporarySlot()).isEmpty());
    QVERIFY2(health().exitCode == 0, "health after the reset");
}

void CliLifecycleTest::legacyDialect()
{
    ScmSimulatorOptions options;
    options.dialect = ScmSimulatorOptions::Dialect::Legacy;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    options.validationDelaySeconds = 0;
    options.dcvDelaySeconds = 0;
    ScmSimulator legacy(options);
    QString error;
    QVERIFY2(legacy.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    const QString state = home.filePath(QStringLiteral("st"));
    writePlan(legacy, plan, QStringLiteral("Legacy Org"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), legacy.adminPassword());
    const RunResult run =
        runBinary({QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--state"), state,
                   QStringLiteral("--deadline"), QStringLiteral("60")},
                  environment);
    QVERIFY2(run.exitCode == 0, run.output.constData());
    const QStringList arguments{QStringLiteral("health"), QStringLiteral("--state"), state,
                                QStringLiteral("--json")};
    RunResult result = runBinary(arguments, environment);
    QVERIFY2(result.exitCode == 0, result.output.constData());

    // In the legacy dialect API-only is the wsApiUseOnly privilege: taking it away is critical.
    ScmTransport transport;
    ScmClient mrao(&transport,
                   {legacy.baseUrl(), legacy.customerUri(), legacy.adminLogin(), legacy.adminPassword()});
    ScmReply *found = waitFor(mrao.findAdminByLogin(m_operatorLogin));
    const qint64 id = ScmAdmin::fromJson(found->object()).id;
    ScmReply *record = waitFor(mrao.getAdmin(id));
    ScmAdminUpdate update;
    update.privilegesSet = true;
    for (const QString &privilege : ScmAdmin::fromJson(record->object()).privileges)
        if (privilege != QLatin1String("wsApiUseOnly"))
            update.privileges << privilege;
    ScmReply *changed = waitFor(mrao.updateAdmin(id, update));
    QVERIFY2(changed->ok(), qPrintable(changed->error().message()));
    result = runBinary(arguments, environment);
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QCOMPARE(checksOf(result.standardOutput).value(QStringLiteral("operator-api-only")),
             QStringLiteral("CRITICAL"));
}

QTEST_MAIN(CliLifecycleTest)
#include "tst_cli_lifecycle.moc"
