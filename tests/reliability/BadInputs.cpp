#include "BadInputs.h"

#include "CliTestKit.h"
#include "ConnectorConfig.h"
#include "ConnectorFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <functional>

using namespace CliTestKit;

namespace {
struct Case
{
    QString area;
    QString name;
    QByteArray plan;         // the plan file's bytes (the good plan when empty)
    QStringList arguments;   // after `run --plan P --state S` (or the whole command line for import)
    QByteArray mustNotPrint; // a secret the refusal must not repeat
    bool wholeCommand = false;
    QList<int> expected{2};
};

QJsonObject member(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

// The good plan with one value replaced: path "organization.name", "domains" (the whole list), ...
QByteArray with(const QJsonObject &good, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    QJsonObject plan = good;
    if (parts.size() == 1) {
        plan.insert(parts[0], value);
    } else if (parts.size() == 2) {
        QJsonObject inner = member(plan, parts[0]);
        inner.insert(parts[1], value);
        plan.insert(parts[0], inner);
    } else {
        QJsonObject inner = member(plan, parts[0]);
        QJsonObject innermost = member(inner, parts[1]);
        innermost.insert(parts[2], value);
        inner.insert(parts[1], innermost);
        plan.insert(parts[0], inner);
    }
    return QJsonDocument(plan).toJson();
}

QByteArray without(const QJsonObject &good, const QString &key)
{
    QJsonObject plan = good;
    plan.remove(key);
    return QJsonDocument(plan).toJson();
}
} // namespace

BadInputs::Result BadInputs::run(const QString &workDirectory)
{
    ScmSimulatorOptions options;
    options.validationDelaySeconds = 0;
    options.dcvDelaySeconds = 0;
    ScmSimulator simulator(options);
    QString error;
    Result result;
    if (!simulator.listen(QHostAddress::LocalHost, 0, &error))
        return result;
    int requests = 0;
    QObject::connect(&simulator, &ScmSimulator::requestHandled,
                     [&requests](const QJsonObject &) { ++requests; });

    QDir work(workDirectory);
    work.mkpath(QStringLiteral("."));
    const QString goodPath = work.filePath(QStringLiteral("good.json"));
    writePlan(simulator, goodPath, QStringLiteral("Bad Input AG"));
    QFile goodFile(goodPath);
    goodFile.open(QIODevice::ReadOnly);
    const QJsonObject good = QJsonDocument::fromJson(goodFile.readAll()).object();
    const QString longLabel(64, QLatin1Char('a'));

    QList<Case> cases;
    auto plan = [&](const QString &name, const QByteArray &bytes, const QByteArray &secret = QByteArray()) {
        cases << Case{QStringLiteral("plan"), name, bytes, {}, secret};
    };
    plan(QStringLiteral("empty file"), " ");
    plan(QStringLiteral("not JSON"), "{scm: nope");
    plan(QStringLiteral("a list, not an object"), "[1, 2]");
    plan(QStringLiteral("null"), "null");
    plan(QStringLiteral("100000 nested lists"), QByteArray(100000, '[') + QByteArray(100000, ']'));
    plan(QStringLiteral("binary garbage"), QByteArray("\x00\xff\xfe{\x01\x02", 6));
    plan(QStringLiteral("invalid UTF-8 in a name"),
         with(good, QStringLiteral("organization.name"), QStringLiteral("X"))
             .replace("\"X\"", "\"\xc3\x28\""));
    plan(QStringLiteral("domains malformed"),
         with(good, QStringLiteral("domains"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("-bad-.example")}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("a..b.example")}}}));
    auto domain = [&](const QString &name, const QString &what) {
        plan(what, with(good, QStringLiteral("domains"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"), name},
                                               {QStringLiteral("dcv"), QStringLiteral("CNAME")}}}));
    };
    domain(QStringLiteral("😀.ch"), QStringLiteral("emoji domain"));
    domain(QStringLiteral("ex\u0430mple.ch"), QStringLiteral("IDN homograph (Cyrillic a)"));
    domain(longLabel + QStringLiteral(".ch"), QStringLiteral("domain label of 64 characters"));
    domain(QStringLiteral("example"), QStringLiteral("domain without a dot"));
    domain(QStringLiteral("exa mple.ch"), QStringLiteral("domain with a space"));
    domain(QStringLiteral("example.ch\u202e"), QStringLiteral("domain with a bidi override"));
    plan(QStringLiteral("no domains"), with(good, QStringLiteral("domains"), QJsonArray{}));
    plan(QStringLiteral("domains a string"),
         with(good, QStringLiteral("domains"), QStringLiteral("example.ch")));
    plan(QStringLiteral("the same domain twice"),
         with(good, QStringLiteral("domains"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("example.ch")}},
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("EXAMPLE.ch")}}}));
    plan(QStringLiteral("DCV method unknown"),
         with(good, QStringLiteral("domains"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("example.ch")},
                                     {QStringLiteral("dcv"), QStringLiteral("PIGEON")}}}));
    plan(QStringLiteral("operator e-mail not an address"),
         with(good, QStringLiteral("operator.email"), QStringLiteral("not an address")));
    plan(QStringLiteral("password in the plan"),
         with(good, QStringLiteral("scm.password"), QStringLiteral("Secret#123456")), "Secret#123456");
    plan(QStringLiteral("token in the plan"),
         with(good, QStringLiteral("gateway.token"), QStringLiteral("Tok#en98765432")), "Tok#en98765432");
    plan(QStringLiteral("credentials in scm.baseUrl"),
         with(good, QStringLiteral("scm.baseUrl"),
              simulator.baseUrl().toString().replace(QLatin1String("://"),
                                                     QLatin1String("://admin:Url#Secret4321@"))),
         "Url#Secret4321");
    plan(QStringLiteral("scm.baseUrl not http(s)"),
         with(good, QStringLiteral("scm.baseUrl"), QStringLiteral("ftp://cert-manager.com")));
    plan(QStringLiteral("scm.baseUrl not a URL"),
         with(good, QStringLiteral("scm.baseUrl"), QStringLiteral("cert manager")));
    plan(QStringLiteral("scm.dialect unknown"),
         with(good, QStringLiteral("scm.dialect"), QStringLiteral("ancient")));
    plan(QStringLiteral("scm.login with a space"),
         with(good, QStringLiteral("scm.login"), QStringLiteral("mrao admin")));
    plan(QStringLiteral("country not a code"),
         with(good, QStringLiteral("organization.country"), QStringLiteral("Switzerland")));
    plan(QStringLiteral("country not ISO 3166"),
         with(good, QStringLiteral("organization.country"), QStringLiteral("XX")));
    plan(QStringLiteral("organisation name with U+202E"),
         with(good, QStringLiteral("organization.name"), QStringLiteral("Evil\u202eOrg")));
    plan(QStringLiteral("organisation name with U+2066"),
         with(good, QStringLiteral("organization.name"), QStringLiteral("Evil\u2066Org")));
    plan(QStringLiteral("organisation name with a BEL"),
         with(good, QStringLiteral("organization.name"), QStringLiteral("Evil\u0007Org")));
    plan(QStringLiteral("organisation name a number"), with(good, QStringLiteral("organization.name"), 42));
    plan(QStringLiteral("organisation name of 5000 characters"),
         with(good, QStringLiteral("organization.name"), QString(5000, QLatin1Char('O'))));
    plan(QStringLiteral("address with a newline"),
         with(good, QStringLiteral("organization.address1"), QStringLiteral("Street 1\nInjected: yes")));
    plan(QStringLiteral("city with U+202D"),
         with(good, QStringLiteral("organization.city"), QStringLiteral("Z\u202durich")));
    plan(QStringLiteral("operator forename with U+2067"),
         with(good, QStringLiteral("operator.forename"), QStringLiteral("Ma\u2067il")));
    plan(QStringLiteral("operator surname with U+0000"),
         with(good, QStringLiteral("operator.surname"),
              QString(QStringLiteral("Gate")) + QChar(0) + QStringLiteral("way")));
    plan(QStringLiteral("operator role unknown"),
         with(good, QStringLiteral("operator.role"), QStringLiteral("SUPERADMIN")));
    plan(QStringLiteral("operator privilege unknown"),
         with(good, QStringLiteral("operator.privileges"), QJsonArray{QStringLiteral("rootAccess")}));
    plan(QStringLiteral("DRAO without a department"),
         with(good, QStringLiteral("operator.role"), QStringLiteral("DRAO_SMIME")));
    plan(QStringLiteral("operator login empty"), with(good, QStringLiteral("operator.login"), QString()));
    plan(QStringLiteral("certificate term text"),
         with(good, QStringLiteral("certificate.term"), QStringLiteral("abc")));
    plan(QStringLiteral("certificate term negative"), with(good, QStringLiteral("certificate.term"), -1));
    plan(QStringLiteral("validation level unknown"),
         with(good, QStringLiteral("organization.validation.level"), QStringLiteral("EV")));
    plan(QStringLiteral("renewal days negative"), with(good, QStringLiteral("gateway.renewalDays"), -3));
    plan(QStringLiteral("full-name regex that does not compile"),
         with(good, QStringLiteral("gateway.fullNameRegex"), QStringLiteral("(unclosed")));
    plan(QStringLiteral("no organisation"), without(good, QStringLiteral("organization")));
    plan(QStringLiteral("no scm section"), without(good, QStringLiteral("scm")));

    auto cli = [&](const QString &name, const QStringList &arguments, QList<int> expected = {2}) {
        cases << Case{
            QStringLiteral("command line"), name, QByteArray(), arguments, QByteArray(), false, expected};
    };
    cli(QStringLiteral("--only ,"), {QStringLiteral("--only"), QStringLiteral(",")});
    cli(QStringLiteral("--only unknown step"), {QStringLiteral("--only"), QStringLiteral("nosuchstep")});
    cli(QStringLiteral("--deadline negative"), {QStringLiteral("--deadline"), QStringLiteral("-5")});
    cli(QStringLiteral("--deadline text"), {QStringLiteral("--deadline"), QStringLiteral("abc")});
    cli(QStringLiteral("--deadline overflowing"),
        {QStringLiteral("--deadline"), QStringLiteral("99999999999999999999")});
    cli(QStringLiteral("unknown option"), {QStringLiteral("--bogus-option")});
    cli(QStringLiteral("--export without a passphrase"),
        {QStringLiteral("--export"), work.filePath(QStringLiteral("c.json"))});
    cli(QStringLiteral("--passphrase-file missing"),
        {QStringLiteral("--export"), work.filePath(QStringLiteral("c.json")),
         QStringLiteral("--passphrase-file"), work.filePath(QStringLiteral("no-such-file"))});
    cli(QStringLiteral("--password-file missing"),
        {QStringLiteral("--password-file"), work.filePath(QStringLiteral("no-such-file"))});
    cases << Case{
        QStringLiteral("command line"),
        QStringLiteral("run without --plan"),
        QByteArray(),
        {QStringLiteral("run"), QStringLiteral("--state"), work.filePath(QStringLiteral("st-noplan"))},
        QByteArray(),
        true};
    cases << Case{QStringLiteral("command line"),
                  QStringLiteral("--plan that does not exist"),
                  QByteArray(),
                  {QStringLiteral("run"), QStringLiteral("--plan"),
                   work.filePath(QStringLiteral("missing.json")), QStringLiteral("--state"),
                   work.filePath(QStringLiteral("st-missing"))},
                  QByteArray(),
                  true};
    const QString openDir = work.filePath(QStringLiteral("world-writable"));
    work.mkpath(openDir);
    QFile::setPermissions(openDir, QFileDevice::Permissions(0x7777));
    cases << Case{
        QStringLiteral("command line"),
        QStringLiteral("--state others can write"),
        QByteArray(),
        {QStringLiteral("run"), QStringLiteral("--plan"), goodPath, QStringLiteral("--state"), openDir},
        QByteArray(),
        true,
        {1, 2}};

    // Connector files for `import`: a good encrypted one to tamper with.
    ConnectorConfig config;
    config.customerUri = QStringLiteral("example");
    config.login = QStringLiteral("seppmail-mpki");
    config.password = QStringLiteral("Conn#ector123456");
    config.organizationId = 1001;
    config.organizationName = QStringLiteral("Example AG");
    config.profileId = 7;
    config.profileName = QStringLiteral("Sectigo Persona Validated Certificate");
    config.term = 365;
    config.managedDomains = {QStringLiteral("example.ch")};
    const QByteArray encrypted =
        ConnectorFile::encode(config, QStringLiteral("pass phrase 1"), &error).value_or(QByteArray());
    const QString passphrase = work.filePath(QStringLiteral("passphrase"));
    QFile phrase(passphrase);
    phrase.open(QIODevice::WriteOnly);
    phrase.write("pass phrase 1\n");
    phrase.close();
    QJsonObject document = QJsonDocument::fromJson(encrypted).object();
    auto tampered = [&](const QString &key, const QJsonValue &value) {
        QJsonObject copy = document;
        if (key.contains(QLatin1Char('.'))) {
            QJsonObject inner = copy.value(key.section(QLatin1Char('.'), 0, 0)).toObject();
            inner.insert(key.section(QLatin1Char('.'), 1), value);
            copy.insert(key.section(QLatin1Char('.'), 0, 0), inner);
        } else {
            copy.insert(key, value);
        }
        return QJsonDocument(copy).toJson();
    };
    QString encryptedKey;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.value().isObject())
            encryptedKey = it.key();
    }
    auto connector = [&](const QString &name, const QByteArray &bytes) {
        const QString path = work.filePath(QStringLiteral("connector-%1.json").arg(cases.size()));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        cases << Case{QStringLiteral("connector file"),
                      name,
                      QByteArray(),
                      {QStringLiteral("import"), QStringLiteral("--in"), path,
                       QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("--json")},
                      "Conn#ector123456",
                      true};
    };
    connector(QStringLiteral("empty"), "");
    connector(QStringLiteral("not JSON"), "connector");
    connector(QStringLiteral("a list"), "[]");
    connector(QStringLiteral("unknown format"),
              tampered(QStringLiteral("format"), QStringLiteral("mpki-setup.connector/99")));
    connector(QStringLiteral("no format"),
              QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("x")}}).toJson());
    connector(QStringLiteral("login a number"), tampered(QStringLiteral("login"), 5));
    connector(QStringLiteral("organisation id text"),
              tampered(QStringLiteral("organizationId"), QStringLiteral("many")));
    connector(QStringLiteral("a changed login (authenticated data)"),
              tampered(QStringLiteral("login"), QStringLiteral("attacker")));
    connector(QStringLiteral("a changed organisation id"), tampered(QStringLiteral("organizationId"), 666));
    if (!encryptedKey.isEmpty()) {
        const QJsonObject box = document.value(encryptedKey).toObject();
        for (auto it = box.begin(); it != box.end(); ++it) {
            if (it.value().isString())
                connector(QStringLiteral("encrypted %1 changed").arg(it.key()),
                          tampered(encryptedKey + QLatin1Char('.') + it.key(),
                                   QStringLiteral("AAAA") + it.value().toString().mid(4)));
            else if (it.value().isDouble())
                connector(QStringLiteral("encrypted %1 huge").arg(it.key()),
                          tampered(encryptedKey + QLatin1Char('.') + it.key(), 1.0e15));
        }
    }
    connector(QStringLiteral("100000 nested objects"), QByteArray(100000, '[') + QByteArray(100000, ']'));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        QString planPath = goodPath;
        if (!c.plan.isEmpty()) {
            planPath = work.filePath(QStringLiteral("plan-%1.json").arg(i));
            QFile file(planPath);
            file.open(QIODevice::WriteOnly);
            file.write(c.plan);
        }
        QStringList arguments = c.wholeCommand ? c.arguments
                                               : QStringList{QStringLiteral("run"),
                                                             QStringLiteral("--plan"),
                                                             planPath,
                                                             QStringLiteral("--state"),
                                                             work.filePath(QStringLiteral("st-%1").arg(i)),
                                                             QStringLiteral("--deadline"),
                                                             QStringLiteral("20"),
                                                             QStringLiteral("--json")} +
                                                     c.arguments;
        const int before = requests;
        const RunResult run = runBinary(arguments, environment, nullptr, {}, 60000);
        const int sent = requests - before;
        QStringList why;
        if (!c.expected.contains(run.exitCode))
            why << QStringLiteral("exit %1").arg(run.exitCode);
        if (sent > 0)
            why << QStringLiteral("%1 requests sent").arg(sent);
        if (run.output.trimmed().isEmpty())
            why << QStringLiteral("no message");
        if (!c.mustNotPrint.isEmpty() && run.output.contains(c.mustNotPrint))
            why << QStringLiteral("printed the secret");
        ++result.tried;
        result.refused += why.isEmpty() ? 1 : 0;
        result.cases.append(
            QJsonObject{{QStringLiteral("area"), c.area},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("refused"), why.isEmpty()},
                        {QStringLiteral("exitCode"), run.exitCode},
                        {QStringLiteral("requests"), sent},
                        {QStringLiteral("why"), why.join(QLatin1String(", "))},
                        {QStringLiteral("message"), QString::fromUtf8(run.output.trimmed().right(300))}});
    }
    return result;
}
