// Bad input, refused (issue 14): one table across everything mpki-setup reads from outside — the plan
// file, the wizard's fields (PlanValidator::checkField, what PlanFieldEdit shows under a field), the
// command line (the real binary as a child process), the connector file and SCM's answers. Each row
// names the message part the refusal must carry; where a server is involved, no changing request may
// reach it. With MPKI_BAD_INPUT_REPORT set, the counts are written there as JSON
// ({"bad_inputs_tried", "bad_inputs_refused", "rows": [...]}) for the campaign's table.
#include "CliTestKit.h"
#include "ConnectorFile.h"
#include "HttpFixture.h"
#include "Plan.h"
#include "PlanValidator.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"
#include "ScmTypes.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace CliTestKit;

namespace {
struct Outcome
{
    bool refused = false;
    QString message;
    int changingRequests = 0;
};

struct Row
{
    QString area;
    QString name;
    std::function<Outcome()> attempt;
    QString expected; // part of the message
};

QJsonObject demoPlan()
{
    QFile file(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read resources/examples/demo-plan.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The demo plan with one value replaced: "organization.name", "domains" (a whole list) ...
QJsonObject planWith(const QString &path, const QJsonValue &value)
{
    QJsonObject plan = demoPlan();
    const QStringList parts = path.split(QLatin1Char('.'));
    std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject object, int depth) {
        const QString &key = parts.at(depth);
        if (depth + 1 == parts.size())
            object.insert(key, value);
        else
            object.insert(key, set(object.value(key).toObject(), depth + 1));
        return object;
    };
    return set(plan, 0);
}

// Loading and validating the whole plan, as `run` does before anything else.
Outcome planOutcome(const QByteArray &json)
{
    Outcome outcome;
    Plan plan;
    QString error;
    QStringList warnings;
    if (!Plan::fromJson(json, &plan, &error, QStringLiteral("plan.json"), &warnings)) {
        outcome.refused = true;
        outcome.message = error;
        return outcome;
    }
    QStringList messages;
    for (const PlanIssue &issue : plan.validate())
        messages << issue.message;
    // A key the plan file does not know is not refused but reported: its warning is its message.
    outcome.refused = !messages.isEmpty() || !warnings.isEmpty();
    outcome.message = (messages + warnings).join(QLatin1Char('\n'));
    return outcome;
}

Outcome planOutcome(const QJsonObject &json)
{
    return planOutcome(QJsonDocument(json).toJson());
}

// What the wizard's field shows for a value typed into it.
Outcome fieldOutcome(const QString &field, const QJsonValue &value)
{
    const QString message = PlanValidator::checkField(field, value);
    return {!message.isEmpty(), message, 0};
}

ConnectorConfig sampleConnector()
{
    ConnectorConfig config;
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.password = QStringLiteral("Operator-Pa55word-Bad-Inputs");
    config.organizationId = 12345;
    config.organizationName = QStringLiteral("Example AG");
    config.profileId = 678;
    config.profileName = QStringLiteral("Sectigo Persona Validated Certificate");
    config.term = 365;
    config.managedDomains = {QStringLiteral("example.ch")};
    config.createdAt = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    return config;
}

const QString kPassphrase = QStringLiteral("correct horse battery staple");

QJsonObject encryptedConnector()
{
    ConnectorFile::Encryption fast;
    fast.scryptLog2N = 10;
    QString error;
    const auto document = ConnectorFile::encode(sampleConnector(), kPassphrase, &error, fast);
    if (!document)
        qFatal("cannot encode a connector file: %s", qPrintable(error));
    return QJsonDocument::fromJson(*document).object();
}

// A part of the encrypted password replaced ("kdf.N", "ciphertext").
QByteArray connectorWith(const QString &path, const QJsonValue &value)
{
    QJsonObject document = encryptedConnector();
    QJsonObject encrypted = document.value(QStringLiteral("encryptedPassword")).toObject();
    if (path.startsWith(QLatin1String("kdf."))) {
        QJsonObject kdf = encrypted.value(QStringLiteral("kdf")).toObject();
        kdf.insert(path.mid(4), value);
        encrypted.insert(QStringLiteral("kdf"), kdf);
    } else {
        encrypted.insert(path, value);
    }
    document.insert(QStringLiteral("encryptedPassword"), encrypted);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QByteArray connectorTop(const QString &key, const QJsonValue &value)
{
    QJsonObject document = encryptedConnector();
    if (value.isUndefined())
        document.remove(key);
    else
        document.insert(key, value);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

Outcome connectorOutcome(const QByteArray &document, const QString &passphrase = kPassphrase)
{
    QString error;
    const auto config = ConnectorFile::decode(document, passphrase, &error);
    return {!config.has_value(), error, 0};
}

// One SCM call against a fixture that answers `response`.
Outcome scmOutcome(const FixtureResponse &response, const std::function<ScmReply *(ScmClient &)> &call)
{
    HttpFixture fixture;
    if (!fixture.listen())
        return {false, QStringLiteral("the fixture does not listen"), 0};
    fixture.setHandler([response](const FixtureRequest &) { return response; });
    ScmTransport transport;
    transport.setBackoff(20, 100);
    transport.setMaxAttempts(1);
    ScmClient client(&transport, {fixture.baseUrl(), QStringLiteral("acme"), QStringLiteral("mrao"),
                                  QStringLiteral("Pass-w0rd-Bad-Inputs")});
    std::unique_ptr<ScmReply> reply(call(client));
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &ScmReply::finished);
        if (!finished.wait(30000))
            return {false, QStringLiteral("no answer within 30 s"), 0};
    }
    if (reply->ok())
        return {false, QStringLiteral("accepted (created id %1)").arg(reply->createdId()), 0};
    return {true, reply->error().message(), 0};
}

ScmReply *listOrganizations(ScmClient &client)
{
    return client.listOrganizations();
}

ScmReply *createOrganization(ScmClient &client)
{
    ScmNewOrganization organization;
    organization.name = QStringLiteral("Example AG");
    return client.createOrganization(organization);
}

// The command line: mpki-setup as a child process, an SCM simulator in this process counting the
// changing requests that reach it.
class CommandLineRunner
{
public:
    CommandLineRunner()
        : m_simulator(ScmSimulatorOptions())
    {
        QString error;
        if (!m_simulator.listen(QHostAddress::LocalHost, 0, &error))
            qFatal("simulator: %s", qPrintable(error));
        QObject::connect(&m_simulator, &ScmSimulator::requestHandled,
                         [this](const QJsonObject &line) { m_changing += isChanging(line) ? 1 : 0; });
        writePlan(m_simulator, m_home.filePath(QStringLiteral("plan.json")));
    }

    QString path(const QString &name) const { return m_home.filePath(name); }
    QString planPath() const { return path(QStringLiteral("plan.json")); }

    // A plan file for the simulator with one value replaced.
    QString writePlanWith(const QString &name, const QString &field, const QJsonValue &value) const
    {
        QFile in(planPath());
        in.open(QIODevice::ReadOnly);
        QJsonObject plan = QJsonDocument::fromJson(in.readAll()).object();
        const QStringList parts = field.split(QLatin1Char('.'));
        QJsonObject section = plan.value(parts.at(0)).toObject();
        section.insert(parts.at(1), value);
        plan.insert(parts.at(0), section);
        return writeFile(name, QJsonDocument(plan).toJson());
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile out(path(name));
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(content);
        return out.fileName();
    }

    // Runs mpki-setup; refused means exit 2 (bad input).
    Outcome run(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("xdg-state")));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/bus"));
        environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), m_simulator.adminPassword());
        environment.remove(QStringLiteral("MPKI_GATEWAY_TOKEN"));
        environment.remove(QStringLiteral("MPKI_GATEWAY_SECRET"));
        const int before = m_changing;
        const RunResult result = runBinary(arguments, environment, nullptr, {}, 60000);
        return {result.exitCode == 2, QString::fromUtf8(result.output), m_changing - before};
    }

private:
    QTemporaryDir m_home;
    ScmSimulator m_simulator;
    int m_changing = 0;
};

QList<Row> planRows()
{
    const auto plan = [](const QString &path, const QJsonValue &value) {
        return [path, value] { return planOutcome(planWith(path, value)); };
    };
    const auto bytes = [](const QByteArray &content) { return [content] { return planOutcome(content); }; };
    QJsonObject misspelled = demoPlan();
    QJsonObject gateway = misspelled.value(QStringLiteral("gateway")).toObject();
    gateway.insert(QStringLiteral("API"), gateway.take(QStringLiteral("api")));
    misspelled.insert(QStringLiteral("gateway"), gateway);
    QJsonObject unknownTop = demoPlan();
    unknownTop.insert(QStringLiteral("operater"), QJsonObject());
    const QString u = QStringLiteral("plan");
    return {
        {u, "empty file", bytes(""), "is empty"},
        {u, "not JSON", bytes("{scm: nope"), "not valid JSON"},
        {u, "a JSON array", bytes("[1, 2]"), "must be a JSON object"},
        {u, "100000 nested brackets", bytes(QByteArray(100000, '[') + QByteArray(100000, ']')),
         "nested too deeply"},
        {u, "a number", bytes("42"), "not valid JSON"},
        {u, "domains as strings", plan("domains", QJsonArray{"-bad-.example", "a..b.example"}), "hyphen"},
        {u, "domain with an empty label", plan("domains", QJsonArray{"a..b.example"}), "empty label"},
        {u, "emoji domain", plan("domains", QJsonArray{QString::fromUtf8("\xf0\x9f\x98\x80.ch")}), "U+1F600"},
        {u, "homograph domain", plan("domains", QJsonArray{QString::fromUtf8("ex\xd0\xb0mple.ch")}), "xn--"},
        {u, "domain with a space", plan("domains", QJsonArray{"exa mple.ch"}), "not a valid domain"},
        {u, "wildcard domain", plan("domains", QJsonArray{"*.example.ch"}), "no wildcard"},
        {u, "operator e-mail",
         plan("operator", QJsonObject{{"login", "seppmail-mpki"},
                                      {"email", "not an address"},
                                      {"forename", "Mail"},
                                      {"surname", "Gateway"}}),
         "not a valid e-mail address"},
        {u, "secret in the plan",
         plan("scm", QJsonObject{{"baseUrl", "https://cert-manager.com"},
                                 {"customerUri", "demo"},
                                 {"login", "mrao-admin"},
                                 {"password", "Secret#123456"}}),
         "scm.password"},
        {u, "credentials in scm.baseUrl",
         plan("scm", QJsonObject{{"baseUrl", "https://mrao:Secret#123456@cert-manager.com"},
                                 {"customerUri", "demo"},
                                 {"login", "mrao-admin"}}),
         "user name or password"},
        {u, "query in scm.baseUrl",
         plan("scm", QJsonObject{{"baseUrl", "https://cert-manager.com/?token=Secret123456"},
                                 {"customerUri", "demo"},
                                 {"login", "mrao-admin"}}),
         "query"},
        {u, "country name",
         plan("organization", QJsonObject{{"name", "Example AG"},
                                          {"address1", "Bahnhofstrasse 1"},
                                          {"city", "Zürich"},
                                          {"postalCode", "8001"},
                                          {"country", "Switzerland"},
                                          {"validation", QJsonObject{{"organizationIdentifier", "X"}}}}),
         "ISO 3166"},
        {u, "right-to-left override in the organisation",
         [] {
             QJsonObject json = demoPlan();
             QJsonObject org = json.value(QStringLiteral("organization")).toObject();
             org.insert(QStringLiteral("name"), QString::fromUtf8("Evil\xe2\x80\xaeOrg"));
             json.insert(QStringLiteral("organization"), org);
             return planOutcome(json);
         },
         "U+202E"},
        {u, "NUL in the address",
         [] {
             QJsonObject json = demoPlan();
             QJsonObject org = json.value(QStringLiteral("organization")).toObject();
             org.insert(QStringLiteral("address1"), QString::fromUtf8("Bahnhof\0strasse 1", 17));
             json.insert(QStringLiteral("organization"), org);
             return planOutcome(json);
         },
         "U+0000"},
        {u, "key of the wrong type", plan("certificate", QJsonObject{{"profile", "P"}, {"term", "365"}}),
         "whole number"},
        {u, "misspelled key API", [misspelled] { return planOutcome(misspelled); }, "gateway.API"},
        {u, "unknown top-level key", [unknownTop] { return planOutcome(unknownTop); }, "Did you mean"},
    };
}

QList<Row> fieldRows()
{
    const QString g = QStringLiteral("gui field");
    const auto field = [](const QString &path, const QJsonValue &value) {
        return [path, value] { return fieldOutcome(path, value); };
    };
    return {
        {g, "organisation name with U+202E",
         field("organization.name", QString::fromUtf8("Evil\xe2\x80\xaeOrg")), "U+202E"},
        {g, "legal name with an isolate",
         field("organization.validation.legalName", QString::fromUtf8("Example \xe2\x81\xa6"
                                                                      "AG")),
         "U+2066"},
        {g, "department with a right-to-left mark",
         field("organization.department", QString::fromUtf8("IT\xe2\x80\x8f")), "U+200F"},
        {g, "forename with a bell", field("operator.forename", QString::fromUtf8("Ma\x07il")), "U+0007"},
        {g, "surname with a carriage return", field("operator.surname", QStringLiteral("Gate\rway")),
         "U+000D"},
        {g, "city with a line feed", field("organization.city", QStringLiteral("Z\nrich")), "U+000A"},
        {g, "operator login with a space", field("operator.login", QStringLiteral("seppmail mpki")),
         "does not allow in a login"},
        {g, "operator e-mail with an emoji domain",
         field("operator.email", QString::fromUtf8("pki@\xf0\x9f\x98\x80.ch")), "not a valid e-mail"},
        {g, "domain mixing Greek and Latin",
         field("domains[0].name", QString::fromUtf8("\xce\xbf"
                                                    "bb.ch")),
         "Greek"},
        {g, "SCM address with a password",
         field("scm.baseUrl", QStringLiteral("https://a:b@cert-manager.com")), "user name or password"},
        {g, "SCM address with a password and a control character",
         field("scm.baseUrl", QString::fromUtf8("https://a:Secret#123456@cert-manager.com\x07")),
         "(not shown)"},
        {g, "gateway address with a fragment",
         field("gateway.api.url", QStringLiteral("https://gateway.example.ch:8445/v1#token")), "fragment"},
        {g, "country in lower case", field("organization.country", QStringLiteral("ch")), "ISO 3166"},
        {g, "term zero", field("certificate.term", 0), "greater than 0"},
    };
}

QList<Row> commandLineRows(CommandLineRunner *cli)
{
    const QString c = QStringLiteral("command line");
    const auto run = [cli](const QStringList &arguments) {
        return [cli, arguments] { return cli->run(arguments); };
    };
    const auto runPlan = [cli](const QString &name, const QString &field, const QJsonValue &value) {
        return [cli, name, field, value] {
            const QString plan = cli->writePlanWith(name, field, value);
            return cli->run({QStringLiteral("run"), QStringLiteral("--plan"), plan, QStringLiteral("--state"),
                             cli->path(QStringLiteral("st-") + name), QStringLiteral("--json")});
        };
    };
    const QString state = cli->path(QStringLiteral("st"));
    const QString plan = cli->planPath();
    return {
        {c, "run --only ,", run({"run", "--plan", plan, "--state", state, "--only", ","}), "empty step name"},
        {c, "run --only \"\"", run({"run", "--plan", plan, "--state", state, "--only", ""}),
         "empty step name"},
        {c, "run --only organization,,domains",
         run({"run", "--plan", plan, "--state", state, "--only", "organization,,domains"}),
         "empty step name"},
        {c, "run --only a step that does not exist",
         run({"run", "--plan", plan, "--state", state, "--only", "organisation"}), "does not exist"},
        {c, "run --deadline -1", run({"run", "--plan", plan, "--state", state, "--deadline", "-1"}),
         "--deadline"},
        {c, "run --concurrency 0", run({"run", "--plan", plan, "--state", state, "--concurrency", "0"}),
         "--concurrency"},
        {c, "run --plan /dev/zero", run({"run", "--plan", "/dev/zero", "--state", state}), "larger than"},
        {c, "run --plan a directory", run({"run", "--plan", cli->path(QString()), "--state", state}),
         "Cannot read the plan"},
        {c, "run with U+202E in the organisation",
         runPlan("bidi.json", "organization.name", QString::fromUtf8("Evil\xe2\x80\xaeOrg")), "U+202E"},
        {c, "run with a password in scm.baseUrl",
         runPlan("userinfo.json", "scm.baseUrl", QStringLiteral("http://mrao:Secret%23123456@127.0.0.1:1")),
         "user name or password"},
        {c, "run with the country written out",
         runPlan("country.json", "organization.country", "Switzerland"), "ISO 3166"},
        {c, "simulate --state in a missing directory",
         run({"simulate", "--state", cli->path(QStringLiteral("missing/simulator.json"))}), "does not exist"},
        {c, "import a connector file that is a JSON list",
         [cli] {
             return cli->run({QStringLiteral("import"), QStringLiteral("--in"),
                              cli->writeFile(QStringLiteral("list.connector.json"), "[1,2,3]")});
         },
         "a list or a single value"},
    };
}

QList<Row> connectorRows()
{
    const QString f = QStringLiteral("connector file");
    const auto decode = [](const QByteArray &document) {
        return [document] { return connectorOutcome(document); };
    };
    QJsonObject flipped = encryptedConnector();
    QJsonObject encrypted = flipped.value(QStringLiteral("encryptedPassword")).toObject();
    QByteArray ciphertext =
        QByteArray::fromBase64(encrypted.value(QStringLiteral("ciphertext")).toString().toLatin1());
    ciphertext[0] = char(ciphertext.at(0) ^ 0x01);
    encrypted.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64()));
    flipped.insert(QStringLiteral("encryptedPassword"), encrypted);
    const QByteArray tampered = QJsonDocument(flipped).toJson(QJsonDocument::Compact);
    QJsonObject renamed = encryptedConnector();
    renamed.insert(QStringLiteral("organizationName"), QStringLiteral("Someone Else AG"));
    const QByteArray otherName = QJsonDocument(renamed).toJson(QJsonDocument::Compact);
    return {
        {f, "not JSON", decode("{format"), "not valid JSON"},
        {f, "a JSON list", decode("[]"), "a list or a single value"},
        {f, "no format", decode(connectorTop(QStringLiteral("format"), QJsonValue::Undefined)), "\"format\""},
        {f, "format of another version",
         decode(connectorTop(QStringLiteral("format"), "mpki-setup.connector/9")), "cannot read"},
        {f, "format as a number", decode(connectorTop(QStringLiteral("format"), 1)), "format"},
        {f, "unknown field", decode(connectorTop(QStringLiteral("extra"), 1)), "unknown field"},
        {f, "tampered ciphertext", decode(tampered), "does not authenticate"},
        {f, "tampered organisation name", decode(otherName), "does not authenticate"},
        {f, "wrong passphrase",
         [] { return connectorOutcome(QJsonDocument(encryptedConnector()).toJson(), "nope"); },
         "does not authenticate"},
        {f, "scrypt N of 2^40", decode(connectorWith(QStringLiteral("kdf.N"), double(quint64(1) << 40))),
         "parameters are not ones"},
        {f, "scrypt N not a power of two", decode(connectorWith(QStringLiteral("kdf.N"), 1000)),
         "parameters are not ones"},
        {f, "scrypt r of 0", decode(connectorWith(QStringLiteral("kdf.r"), 0)), "parameters are not ones"},
        {f, "scrypt p as text", decode(connectorWith(QStringLiteral("kdf.p"), "1")), "incomplete"},
        {f, "nonce missing", decode(connectorWith(QStringLiteral("nonce"), QJsonValue::Null)), "incomplete"},
        {f, "huge file",
         [] {
             QTemporaryDir dir;
             QFile file(dir.filePath(QStringLiteral("huge.connector.json")));
             file.open(QIODevice::WriteOnly);
             file.write("{\"organizationName\":\"" + QByteArray(20 * 1024 * 1024, 'a') + "\"}");
             file.close();
             QString error;
             const auto config = ConnectorFile::read(file.fileName(), kPassphrase, &error);
             return Outcome{!config.has_value(), error, 0};
         },
         "too large"},
    };
}

QList<Row> serverRows()
{
    const QString s = QStringLiteral("server answer");
    const auto answer = [](int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers,
                           ScmReply *(*call)(ScmClient &)) {
        return [=] { return scmOutcome(HttpFixture::json(status, body, headers), call); };
    };
    return {
        {s, "100000 nested brackets",
         answer(200, QByteArray(100000, '[') + QByteArray(100000, ']'), {}, listOrganizations),
         "invalid JSON"},
        {s, "truncated JSON", answer(200, "[{\"id\":1,", {}, listOrganizations), "invalid JSON"},
        {s, "an object where a list belongs", answer(200, "{\"id\":1}", {}, listOrganizations),
         "a JSON array was expected"},
        {s, "organisation without id", answer(200, "[{\"name\":\"A\"}]", {}, listOrganizations), "[0].id"},
        {s, "created without Location", answer(201, QByteArray(), {}, createOrganization), "Location"},
        {s, "a body of 40 MiB",
         answer(200, "[" + QByteArray(40 * 1024 * 1024, ' ') + "]", {}, listOrganizations),
         "larger than 32 MiB"},
    };
}

int tried = 0;
int refused = 0;
QJsonArray reportRows;
} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_cli = std::make_unique<CommandLineRunner>(); }

    void badInput_data()
    {
        m_rows = planRows() + fieldRows() + commandLineRows(m_cli.get()) + connectorRows() + serverRows();
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_rows.size(); ++i)
            QTest::newRow(qPrintable(m_rows.at(i).area + QStringLiteral(": ") + m_rows.at(i).name)) << i;
    }

    void badInput()
    {
        QFETCH(int, index);
        const Row &row = m_rows.at(index);
        const Outcome outcome = row.attempt();
        ++tried;
        const bool ok =
            outcome.refused && outcome.message.contains(row.expected) && outcome.changingRequests == 0;
        refused += ok ? 1 : 0;
        reportRows.append(QJsonObject{{QStringLiteral("area"), row.area},
                                      {QStringLiteral("input"), row.name},
                                      {QStringLiteral("refused"), ok},
                                      {QStringLiteral("message"), outcome.message.left(400)}});
        QVERIFY2(outcome.refused, qPrintable(QStringLiteral("accepted: %1").arg(outcome.message.left(2000))));
        QVERIFY2(outcome.message.contains(row.expected),
                 qPrintable(
                     QStringLiteral("expected \"%1\" in: %2").arg(row.expected, outcome.message.left(2000))));
        QCOMPARE(outcome.changingRequests, 0);
        // The refusal never repeats a secret it found.
        QVERIFY2(!outcome.message.contains(QLatin1String("Secret#123456")) &&
                     !outcome.message.contains(QLatin1String("Secret%23123456")),
                 qPrintable(outcome.message));
    }

    void cleanupTestCase()
    {
        qInfo("bad_inputs_tried=%d bad_inputs_refused=%d", tried, refused);
        const QString path = qEnvironmentVariable("MPKI_BAD_INPUT_REPORT");
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("bad_inputs_tried"), tried},
                                             {QStringLiteral("bad_inputs_refused"), refused},
                                             {QStringLiteral("rows"), reportRows}})
                       .toJson());
        if (!file.commit())
            qFatal("cannot write %s", qPrintable(path));
    }

private:
    std::unique_ptr<CommandLineRunner> m_cli;
    QList<Row> m_rows;
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_bad_inputs.moc"
