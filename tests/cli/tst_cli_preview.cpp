// `mpki-setup preview` as a child process against the SCM simulator in both dialects: on a fresh
// account it lists the creates and exits 0; after a complete run nothing is to be created; with the
// organisation but not the operator it says adopt and create; a domain delegated to another
// organisation is a blocker (exit 4). In every case the simulator saw only GET requests.
#include "CliTestKit.h"

#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"
#include "ScmTypes.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace CliTestKit;

namespace {
// "kind name action" per action of preview's JSON; empty when the output is not that object.
QStringList actionRows(const QByteArray &standardOutput)
{
    const QJsonObject report = QJsonDocument::fromJson(standardOutput.trimmed()).object();
    QStringList rows;
    for (const QJsonValue &value : report.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        rows << QStringLiteral("%1 %2 %3")
                    .arg(action.value(QStringLiteral("kind")).toString(),
                         action.value(QStringLiteral("name")).toString(),
                         action.value(QStringLiteral("action")).toString());
    }
    return rows;
}

QStringList blockers(const QByteArray &standardOutput)
{
    QStringList list;
    const QJsonObject report = QJsonDocument::fromJson(standardOutput.trimmed()).object();
    for (const QJsonValue &value : report.value(QStringLiteral("blockers")).toArray())
        list << value.toString();
    return list;
}

ScmReply *waitFor(ScmReply *reply)
{
    QSignalSpy spy(reply, &ScmReply::finished);
    if (!reply->isFinished())
        spy.wait(30000);
    return reply;
}
} // namespace

class CliPreviewTest : public QObject
{
    Q_OBJECT

private slots:
    void freshAccountListsTheCreates_data() { dialects(); }
    void freshAccountListsTheCreates();
    void afterACompleteRunNothingIsCreated_data() { dialects(); }
    void afterACompleteRunNothingIsCreated();
    void organizationWithoutOperator();
    void domainDelegatedToAnotherOrganizationBlocks();
    void invalidPlanIsExitTwo();

private:
    void dialects()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("current") << int(ScmSimulatorOptions::Dialect::Current);
        QTest::newRow("legacy") << int(ScmSimulatorOptions::Dialect::Legacy);
    }

    static ScmSimulatorOptions options(int dialect)
    {
        ScmSimulatorOptions options;
        options.dialect = ScmSimulatorOptions::Dialect(dialect);
        options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
        options.validationDelaySeconds = 0;
        options.dcvDelaySeconds = 0;
        return options;
    }

    // HOME and the state below `home`, the simulator's admin password in MPKI_SCM_PASSWORD; the
    // keychain is the one tests/with-keyring.sh started.
    static QProcessEnvironment environment(const QTemporaryDir &home, const ScmSimulator &simulator)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_STATE_HOME"), home.path() + QStringLiteral("/state"));
        environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
        return environment;
    }

    // Runs `preview --plan planPath [--json]` and counts the requests it sent that were not GET.
    static RunResult preview(ScmSimulator *simulator, const QTemporaryDir &home, const QString &planPath,
                             bool json, int *notGet)
    {
        *notGet = 0;
        const QMetaObject::Connection watch =
            connect(simulator, &ScmSimulator::requestHandled, simulator, [notGet](const QJsonObject &line) {
                if (line.value(QStringLiteral("method")).toString() != QLatin1String("GET"))
                    ++*notGet;
            });
        QStringList arguments{QStringLiteral("preview"), QStringLiteral("--plan"), planPath};
        if (json)
            arguments << QStringLiteral("--json");
        const RunResult result = runBinary(arguments, environment(home, *simulator));
        QObject::disconnect(watch);
        return result;
    }
};

void CliPreviewTest::freshAccountListsTheCreates()
{
    QFETCH(int, dialect);
    ScmSimulator simulator{options(dialect)};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, plan, QStringLiteral("Preview Org"));

    int notGet = -1;
    const RunResult result = preview(&simulator, home, plan, true, &notGet);
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QCOMPARE(notGet, 0);
    const QStringList rows = actionRows(result.standardOutput);
    QVERIFY2(rows.contains(QStringLiteral("organization Preview Org create")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("validation OV_SMIME create")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("domain example.ch create")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("domain mail.example.ch create")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("operator seppmail-mpki create")), qPrintable(rows.join(u';')));
    QVERIFY(blockers(result.standardOutput).isEmpty());

    // The readable form says the same, and is not JSON.
    const RunResult text = preview(&simulator, home, plan, false, &notGet);
    QVERIFY2(text.exitCode == 0, text.output.constData());
    QCOMPARE(notGet, 0);
    QVERIFY2(text.standardOutput.contains("organization Preview Org: create"), text.output.constData());
    QVERIFY2(text.standardOutput.contains("operator seppmail-mpki: create"), text.output.constData());
    QVERIFY(!text.standardOutput.trimmed().startsWith('{'));
}

void CliPreviewTest::afterACompleteRunNothingIsCreated()
{
    QFETCH(int, dialect);
    ScmSimulator simulator{options(dialect)};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, plan, QStringLiteral("Preview Org"));
    const RunResult run =
        runBinary({QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--state"),
                   home.filePath(QStringLiteral("st")), QStringLiteral("--deadline"), QStringLiteral("60")},
                  environment(home, simulator));
    QVERIFY2(run.exitCode == 0, run.output.constData());

    int notGet = -1;
    const RunResult result = preview(&simulator, home, plan, true, &notGet);
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QCOMPARE(notGet, 0);
    const QStringList rows = actionRows(result.standardOutput);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows)
        QVERIFY2(!row.endsWith(QLatin1String(" create")) && !row.endsWith(QLatin1String(" update")),
                 qPrintable(row));
    QVERIFY2(rows.contains(QStringLiteral("organization Preview Org adopt")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("validation OV_SMIME none")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("dcv example.ch none")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("api-only seppmail-mpki none")), qPrintable(rows.join(u';')));
}

void CliPreviewTest::organizationWithoutOperator()
{
    ScmSimulator simulator{options(int(ScmSimulatorOptions::Dialect::Current))};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, plan, QStringLiteral("Preview Org"));
    const RunResult run = runBinary({QStringLiteral("run"), QStringLiteral("--only"),
                                     QStringLiteral("connect,organization"), QStringLiteral("--plan"), plan,
                                     QStringLiteral("--state"), home.filePath(QStringLiteral("st"))},
                                    environment(home, simulator));
    QVERIFY2(run.exitCode == 0, run.output.constData());

    int notGet = -1;
    const RunResult result = preview(&simulator, home, plan, true, &notGet);
    QVERIFY2(result.exitCode == 0, result.output.constData());
    QCOMPARE(notGet, 0);
    const QStringList rows = actionRows(result.standardOutput);
    QVERIFY2(rows.contains(QStringLiteral("organization Preview Org adopt")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("validation OV_SMIME create")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("operator seppmail-mpki create")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("domain example.ch create")), qPrintable(rows.join(u';')));
}

void CliPreviewTest::domainDelegatedToAnotherOrganizationBlocks()
{
    ScmSimulator simulator{options(int(ScmSimulatorOptions::Dialect::Current))};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    // Another organisation holds example.ch for S/MIME, made straight through the API.
    ScmTransport transport;
    ScmCredentials mrao{simulator.baseUrl(), simulator.customerUri(), simulator.adminLogin(),
                        simulator.adminPassword()};
    ScmClient admin(&transport, mrao);
    ScmNewOrganization other;
    other.name = QStringLiteral("Someone Else");
    other.address1 = QStringLiteral("Street 1");
    other.city = QStringLiteral("Bern");
    other.postalCode = QStringLiteral("3000");
    other.country = QStringLiteral("CH");
    ScmReply *created = waitFor(admin.createOrganization(other));
    QVERIFY2(created->ok() && created->createdId() > 0, qPrintable(created->error().message()));
    ScmNewDomain domain;
    domain.name = QStringLiteral("example.ch");
    ScmDelegation delegation;
    delegation.orgId = created->createdId();
    delegation.certTypes = QStringList{QStringLiteral("SMIME")};
    delegation.domainCertificateRequestPrivileges = QStringList{QStringLiteral("DOMAIN")};
    domain.delegations << delegation;
    ScmReply *domainCreated = waitFor(admin.createDomain(domain));
    QVERIFY2(domainCreated->ok(), qPrintable(domainCreated->error().message()));

    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, plan, QStringLiteral("Preview Org"));
    int notGet = -1;
    const RunResult result = preview(&simulator, home, plan, true, &notGet);
    QVERIFY2(result.exitCode == 4, result.output.constData());
    QCOMPARE(notGet, 0);
    const QStringList rows = actionRows(result.standardOutput);
    QVERIFY2(rows.contains(QStringLiteral("domain example.ch adopt")), qPrintable(rows.join(u';')));
    QVERIFY2(rows.contains(QStringLiteral("domain mail.example.ch create")), qPrintable(rows.join(u';')));
    const QStringList found = blockers(result.standardOutput);
    QVERIFY2(found.size() == 1 && found.first().contains(QLatin1String("example.ch")),
             qPrintable(found.join(u';')));
}

void CliPreviewTest::invalidPlanIsExitTwo()
{
    ScmSimulator simulator{options(int(ScmSimulatorOptions::Dialect::Current))};
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    int requests = 0;
    connect(&simulator, &ScmSimulator::requestHandled, this, [&requests] { ++requests; });
    QTemporaryDir home;
    const QString plan = home.filePath(QStringLiteral("plan.json"));
    writePlan(simulator, plan, QStringLiteral(" ")); // an organisation without a name
    const RunResult result =
        runBinary({QStringLiteral("preview"), QStringLiteral("--plan"), plan}, environment(home, simulator));
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QVERIFY2(result.output.contains("organization.name"), result.output.constData());
    QCOMPARE(requests, 0);
}

QTEST_GUILESS_MAIN(CliPreviewTest)
#include "tst_cli_preview.moc"
