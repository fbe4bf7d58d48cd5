// mpki-setup probe and simulate --replay: a probe of a simulator holding the plan's objects reads
// only, counts its calls, keeps no name, login, e-mail or password (the plan's names with
// --keep-names only), reports an answer outside Sectigo's schema with its operation and field, and a
// replay of it answers the same reads the same way.
#include "CliTestKit.h"

#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace CliTestKit;

namespace {
const QString OrgName = QStringLiteral("Probe Secret Org AG");
const QString OperatorEmail = QStringLiteral("operator.person@probe-mail.example");

ScmReply *await(ScmReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &ScmReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
// What preview --json plans: "kind action" per line, sorted, and the blockers.
QStringList plannedActions(const QByteArray &previewJson)
{
    const QJsonObject preview = QJsonDocument::fromJson(previewJson).object();
    QStringList rows;
    for (const QJsonValue &action : preview.value(QStringLiteral("actions")).toArray())
        rows << action.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                    action.toObject().value(QStringLiteral("action")).toString();
    for (const QJsonValue &blocker : preview.value(QStringLiteral("blockers")).toArray())
        rows << QStringLiteral("blocker ") + blocker.toString();
    rows.sort();
    return rows;
}
} // namespace

class CliProbeTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void probeRedactsAndReadsOnly();
    void keepNamesKeepsPlanNamesOnly();
    void nonConformingAnswerIsAMismatch();
    void replayAnswersTheSameReads();
    void previewOfTheReplayIsThePreviewOfTheServer();
    void helpNamesTheOptions();

private:
    QProcessEnvironment environment() const;
    void populate(); // the plan's organisation, a domain and the operator, made as the MRAO admin

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ScmSimulator> m_simulator;
    QList<QJsonObject> m_requests;
    QString m_plan;
    QString m_operatorLogin;
    QString m_domain;
};

void CliProbeTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<ScmSimulator>(ScmSimulatorOptions());
    QString error;
    QVERIFY2(m_simulator->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_requests.clear();
    connect(m_simulator.get(), &ScmSimulator::requestHandled, this,
            [this](const QJsonObject &line) { m_requests.append(line); });
    m_plan = m_home->path() + QStringLiteral("/plan.json");
    writePlan(*m_simulator, m_plan, OrgName);
    // The operator's e-mail: one the test can look for.
    QJsonObject plan = readJson(m_plan);
    QJsonObject op = plan.value(QStringLiteral("operator")).toObject();
    op.insert(QStringLiteral("email"), OperatorEmail);
    plan.insert(QStringLiteral("operator"), op);
    QFile out(m_plan);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(out.write(QJsonDocument(plan).toJson()) > 0);
    out.close();
    m_operatorLogin = op.value(QStringLiteral("login")).toString();
    m_domain = plan.value(QStringLiteral("domains"))
                   .toArray()
                   .first()
                   .toObject()
                   .value(QStringLiteral("name"))
                   .toString();
    populate();
}

void CliProbeTest::cleanup()
{
    m_simulator.reset();
    m_home.reset();
}

QProcessEnvironment CliProbeTest::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), m_simulator->adminPassword());
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    return environment;
}

void CliProbeTest::populate()
{
    ScmTransport transport;
    ScmClient client(&transport, {m_simulator->baseUrl(), m_simulator->customerUri(),
                                  m_simulator->adminLogin(), m_simulator->adminPassword()});
    ScmNewOrganization org;
    org.name = OrgName;
    org.address1 = QStringLiteral("Secretstreet 1");
    org.city = QStringLiteral("Zurich");
    org.postalCode = QStringLiteral("8000");
    org.country = QStringLiteral("CH");
    std::unique_ptr<ScmReply> created(await(client.createOrganization(org)));
    QVERIFY2(created->ok(), qPrintable(created->error().message()));
    const qint64 orgId = created->createdId();
    ScmNewDomain domain;
    domain.name = m_domain;
    domain.delegations.append({orgId, {QStringLiteral("SMIME")}, {QStringLiteral("DOMAIN")}, QString()});
    std::unique_ptr<ScmReply> domainCreated(await(client.createDomain(domain)));
    QVERIFY2(domainCreated->ok(), qPrintable(domainCreated->error().message()));
    ScmNewAdmin admin;
    admin.login = m_operatorLogin;
    admin.email = OperatorEmail;
    admin.forename = QStringLiteral("Forenamesecret");
    admin.surname = QStringLiteral("Surnamesecret");
    admin.password = QStringLiteral("Tmp-Passw0rd-Secret!");
    admin.credentials.append({QStringLiteral("RAO_SMIME"), orgId});
    admin.privileges = {QStringLiteral("clientCertRequest")};
    std::unique_ptr<ScmReply> adminCreated(await(client.createAdmin(admin)));
    QVERIFY2(adminCreated->ok(), qPrintable(adminCreated->error().message()));
    m_requests.clear();
}

void CliProbeTest::probeRedactsAndReadsOnly()
{
    const QString out = m_home->path() + QStringLiteral("/probe.json");
    const RunResult result =
        runBinary({QStringLiteral("probe"), QStringLiteral("--plan"), m_plan, QStringLiteral("--out"), out},
                  environment());
    QVERIFY2(result.exitCode == 0, result.output.constData());
    for (const QJsonObject &line : std::as_const(m_requests))
        QVERIFY2(!isChanging(line), qPrintable(line.value(QStringLiteral("path")).toString()));

    const QByteArray text = readAll(out);
    QVERIFY(!text.isEmpty());
    QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    for (const QString &secret :
         {m_simulator->adminPassword(), m_simulator->adminLogin(), m_operatorLogin, OrgName, OperatorEmail,
          QStringLiteral("Tmp-Passw0rd-Secret!"), QStringLiteral("Forenamesecret"),
          QStringLiteral("Secretstreet"), m_simulator->customerUri()})
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!result.output.contains(m_simulator->adminPassword().toUtf8()));

    const QJsonObject probe = readJson(out);
    const QJsonArray exchanges = probe.value(QStringLiteral("exchanges")).toArray();
    const QJsonObject summary = probe.value(QStringLiteral("summary")).toObject();
    // Every request that reached the simulator is one exchange, and the summary counts them.
    QCOMPARE(exchanges.size(), m_requests.size());
    QCOMPARE(summary.value(QStringLiteral("calls")).toInt(), exchanges.size());
    QVERIFY(summary.value(QStringLiteral("matched")).toInt() <= exchanges.size());
    QVERIFY(summary.value(QStringLiteral("matched")).toInt() > exchanges.size() / 2);
    QSet<QString> paths;
    for (const QJsonValue &exchange : exchanges)
        paths.insert(exchange.toObject().value(QStringLiteral("path")).toString());
    for (const char *expected :
         {"/api/admin/v1/password", "/api/admin/v1", "/api/admin/v1/roles", "/api/organization/v1",
          "/api/domain/v1", "/api/dcv/v2/validation/status", "/api/customField/v2"})
        QVERIFY2(paths.contains(QLatin1String(expected)), expected);
    // ids and enums are kept: the operator's role is in the transcript.
    QVERIFY(text.contains("RAO_SMIME"));
    QVERIFY(result.standardOutput.contains("Calls made: " + QByteArray::number(exchanges.size())));
}

void CliProbeTest::keepNamesKeepsPlanNamesOnly()
{
    const QString out = m_home->path() + QStringLiteral("/probe-named.json");
    const RunResult result = runBinary({QStringLiteral("probe"), QStringLiteral("--plan"), m_plan,
                                        QStringLiteral("--keep-names"), QStringLiteral("--out"), out},
                                       environment());
    QVERIFY2(result.exitCode == 0, result.output.constData());
    const QByteArray text = readAll(out);
    QVERIFY(text.contains(OrgName.toUtf8()));
    QVERIFY(text.contains(m_operatorLogin.toUtf8()));
    QVERIFY(text.contains(m_domain.toUtf8()));
    QVERIFY(text.contains(readJson(m_plan)
                              .value(QStringLiteral("certificate"))
                              .toObject()
                              .value(QStringLiteral("profile"))
                              .toString()
                              .toUtf8()));
    for (const QString &secret :
         {m_simulator->adminPassword(), OperatorEmail, QStringLiteral("Tmp-Passw0rd-Secret!"),
          QStringLiteral("Forenamesecret"), QStringLiteral("Secretstreet")})
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
}

// A replay file edited so that an admin's reseted is a boolean and its type unknown: a probe of that
// replay names both, with the operation.
void CliProbeTest::nonConformingAnswerIsAMismatch()
{
    const QString named = m_home->path() + QStringLiteral("/probe-named.json");
    QCOMPARE(runBinary({QStringLiteral("probe"), QStringLiteral("--plan"), m_plan,
                        QStringLiteral("--keep-names"), QStringLiteral("--out"), named},
                       environment())
                 .exitCode,
             0);
    QJsonObject probe = readJson(named);
    QJsonArray exchanges = probe.value(QStringLiteral("exchanges")).toArray();
    bool edited = false;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        QJsonObject exchange = exchanges.at(i).toObject();
        if (exchange.value(QStringLiteral("operation")).toString() != QLatin1String("/api/admin/v1/{id}"))
            continue;
        QJsonObject body = exchange.value(QStringLiteral("body")).toObject();
        body.insert(QStringLiteral("reseted"), true);
        body.insert(QStringLiteral("type"), QStringLiteral("ROBOT"));
        exchange.insert(QStringLiteral("body"), body);
        exchanges.replace(i, exchange);
        edited = true;
    }
    QVERIFY(edited);
    probe.insert(QStringLiteral("exchanges"), exchanges);
    const QString bad = m_home->path() + QStringLiteral("/bad.json");
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QJsonDocument(probe).toJson()) > 0);
    file.close();

    ScmSimulatorOptions options;
    options.replayPath = bad;
    ScmSimulator replay(options);
    QString error;
    QVERIFY2(replay.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QString plan = m_home->path() + QStringLiteral("/plan-replay.json");
    QJsonObject planJson = readJson(m_plan);
    QJsonObject scm = planJson.value(QStringLiteral("scm")).toObject();
    scm.insert(QStringLiteral("baseUrl"), replay.baseUrl().toString());
    scm.insert(QStringLiteral("customerUri"), replay.customerUri());
    scm.insert(QStringLiteral("login"), replay.adminLogin());
    planJson.insert(QStringLiteral("scm"), scm);
    QFile planFile(plan);
    QVERIFY(planFile.open(QIODevice::WriteOnly));
    QVERIFY(planFile.write(QJsonDocument(planJson).toJson()) > 0);
    planFile.close();

    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("MPKI_SCM_PASSWORD"), replay.adminPassword());
    const QString out = m_home->path() + QStringLiteral("/probe-of-bad.json");
    const RunResult result = runBinary(
        {QStringLiteral("probe"), QStringLiteral("--plan"), plan, QStringLiteral("--out"), out}, env);
    QVERIFY2(result.exitCode == 0, result.output.constData());
    const QJsonArray mismatches = readJson(out)
                                      .value(QStringLiteral("summary"))
                                      .toObject()
                                      .value(QStringLiteral("mismatches"))
                                      .toArray();
    QSet<QString> seen;
    for (const QJsonValue &value : mismatches) {
        const QJsonObject mismatch = value.toObject();
        if (mismatch.value(QStringLiteral("operation")).toString() == QLatin1String("GET /api/admin/v1/{id}"))
            seen.insert(mismatch.value(QStringLiteral("field")).toString());
    }
    QVERIFY2(seen.contains(QStringLiteral("reseted")) && seen.contains(QStringLiteral("type")),
             QJsonDocument(mismatches).toJson().constData());
    QVERIFY2(result.standardOutput.contains("GET /api/admin/v1/{id}: reseted: expected string, seen boolean"),
             result.standardOutput.constData());
}

// A customer's probe, replayed, answers preview as the server it was taken from did: the plan's
// S/MIME profile is offered in the replay too (its name is kept in every probe).
void CliProbeTest::previewOfTheReplayIsThePreviewOfTheServer()
{
    const RunResult original =
        runBinary({QStringLiteral("preview"), QStringLiteral("--plan"), m_plan, QStringLiteral("--json")},
                  environment());
    const QStringList expected = plannedActions(original.standardOutput);
    QVERIFY2(!expected.isEmpty(), original.output.constData());
    QVERIFY2(!expected.join(QLatin1Char('\n')).contains(QLatin1String("blocker")),
             original.output.constData());

    const QString named = m_home->path() + QStringLiteral("/probe-named.json");
    QCOMPARE(runBinary({QStringLiteral("probe"), QStringLiteral("--plan"), m_plan,
                        QStringLiteral("--keep-names"), QStringLiteral("--out"), named},
                       environment())
                 .exitCode,
             0);
    ScmSimulatorOptions options;
    options.replayPath = named;
    ScmSimulator replay(options);
    QString error;
    QVERIFY2(replay.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QString replayPlan = m_home->path() + QStringLiteral("/plan-replay.json");
    QJsonObject plan = readJson(m_plan);
    QJsonObject scm = plan.value(QStringLiteral("scm")).toObject();
    scm.insert(QStringLiteral("baseUrl"), replay.baseUrl().toString());
    scm.insert(QStringLiteral("customerUri"), replay.customerUri());
    scm.insert(QStringLiteral("login"), replay.adminLogin());
    plan.insert(QStringLiteral("scm"), scm);
    QFile out(replayPlan);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(out.write(QJsonDocument(plan).toJson()) > 0);
    out.close();
    QProcessEnvironment replayEnvironment = environment();
    replayEnvironment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), replay.adminPassword());
    const RunResult replayed =
        runBinary({QStringLiteral("preview"), QStringLiteral("--plan"), replayPlan, QStringLiteral("--json")},
                  replayEnvironment);
    QVERIFY2(replayed.exitCode == original.exitCode, replayed.output.constData());
    QCOMPARE(plannedActions(replayed.standardOutput), expected);
}

// probe -> simulate --replay -> the same GET answers.
void CliProbeTest::replayAnswersTheSameReads()
{
    const QString named = m_home->path() + QStringLiteral("/probe-named.json");
    QCOMPARE(runBinary({QStringLiteral("probe"), QStringLiteral("--plan"), m_plan,
                        QStringLiteral("--keep-names"), QStringLiteral("--out"), named},
                       environment())
                 .exitCode,
             0);
    const QJsonArray exchanges = readJson(named).value(QStringLiteral("exchanges")).toArray();
    QVERIFY(!exchanges.isEmpty());

    ScmSimulatorOptions options;
    options.replayPath = named;
    ScmSimulator replay(options);
    QString error;
    QVERIFY2(replay.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QNetworkAccessManager network;
    auto call = [&](const QByteArray &method, const QString &pathWithQuery, const QByteArray &body,
                    const QString &password) {
        QNetworkRequest request(QUrl(replay.baseUrl().toString() + pathWithQuery));
        request.setRawHeader("login", replay.adminLogin().toUtf8());
        request.setRawHeader("password", password.toUtf8());
        request.setRawHeader("customerUri", replay.customerUri().toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                              reply->readAll());
    };
    int compared = 0;
    for (const QJsonValue &value : exchanges) {
        const QJsonObject exchange = value.toObject();
        if (exchange.value(QStringLiteral("method")).toString() != QLatin1String("GET"))
            continue;
        QUrlQuery query;
        const QJsonObject recordedQuery = exchange.value(QStringLiteral("query")).toObject();
        bool redacted = false;
        for (auto it = recordedQuery.begin(); it != recordedQuery.end(); ++it) {
            const bool valueRedacted = it.value().toString().startsWith(QLatin1String("<string:"));
            redacted = redacted || valueRedacted;
            query.addQueryItem(it.key(), valueRedacted ? QStringLiteral("anyone") : it.value().toString());
        }
        QString path = exchange.value(QStringLiteral("path")).toString();
        if (!query.isEmpty())
            path += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
        const auto [status, body] = call("GET", path, QByteArray(), replay.adminPassword());
        QVERIFY2(
            status == exchange.value(QStringLiteral("status")).toInt(),
            qPrintable(QStringLiteral("%1 on GET %2: %3").arg(status).arg(path, QString::fromUtf8(body))));
        if (!exchange.contains(QStringLiteral("body")) || redacted)
            continue;
        // Same JSON, with every redacted string answered as one of the recorded length.
        const QByteArray recorded = (exchange.value(QStringLiteral("body")).isArray()
                                         ? QJsonDocument(exchange.value(QStringLiteral("body")).toArray())
                                         : QJsonDocument(exchange.value(QStringLiteral("body")).toObject()))
                                        .toJson(QJsonDocument::Compact);
        QString expected = QString::fromUtf8(recorded);
        static const QRegularExpression placeholder(QStringLiteral("<string:(\\d+)>"));
        QRegularExpressionMatch match;
        while ((match = placeholder.match(expected)).hasMatch())
            expected.replace(match.capturedStart(), match.capturedLength(),
                             QString(match.captured(1).toInt(), QLatin1Char('x')));
        QCOMPARE(QJsonDocument::fromJson(body), QJsonDocument::fromJson(expected.toUtf8()));
        ++compared;
    }
    QVERIFY(compared >= 4);
    // A change is refused; an unrecorded read is 404; wrong credentials 401.
    QCOMPARE(call("POST", QStringLiteral("/api/organization/v1"), "{}", replay.adminPassword()).first, 405);
    QCOMPARE(call("GET", QStringLiteral("/api/organization/v1/999999"), QByteArray(), replay.adminPassword())
                 .first,
             404);
    QCOMPARE(call("GET", QStringLiteral("/api/organization/v1"), QByteArray(), QStringLiteral("wrong")).first,
             401);
}

void CliProbeTest::helpNamesTheOptions()
{
    const RunResult result = runBinary({QStringLiteral("probe"), QStringLiteral("--help")}, environment());
    QCOMPARE(result.exitCode, 0);
    for (const char *option : {"--plan", "--out", "--keep-names", "--password-file"})
        QVERIFY2(result.standardOutput.contains(option), option);
}

QTEST_GUILESS_MAIN(CliProbeTest)
#include "tst_cli_probe.moc"
