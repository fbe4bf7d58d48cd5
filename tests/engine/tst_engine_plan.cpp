// The plan: loading (syntax, types, no secrets), every validation rule with its field and message,
// IDN domains, the DRAO department, round trip and fingerprint, and per-field checks for the GUI.
#include "Plan.h"
#include "PlanValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
// DESIGN.md's example plan; every bad plan below is this with one thing wrong.
QByteArray basePlanJson()
{
    QFile file(QStringLiteral(MPKI_SOURCE_DIR "/tests/engine/data/plan-base.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/engine/data/plan-base.json");
    return file.readAll();
}

QJsonObject basePlanObject()
{
    return QJsonDocument::fromJson(basePlanJson()).object();
}

// Sets a value at a path like "organization.country" or "domains[1].name" (creating what is missing).
QJsonValue setAt(const QJsonValue &node, const QStringList &parts, const QJsonValue &value)
{
    if (parts.isEmpty())
        return value;
    const QString head = parts.first();
    const QStringList rest = parts.mid(1);
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch match = indexed.match(head);
    QJsonObject object = node.toObject();
    if (match.hasMatch()) {
        QJsonArray array = object.value(match.captured(1)).toArray();
        const int index = match.captured(2).toInt();
        while (array.size() <= index)
            array.append(QJsonObject());
        array[index] = setAt(array.at(index), rest, value);
        object.insert(match.captured(1), array);
    } else {
        object.insert(head, setAt(object.value(head), rest, value));
    }
    return object;
}

QJsonObject patched(const QList<QPair<QString, QJsonValue>> &changes)
{
    QJsonValue plan = basePlanObject();
    for (const auto &change : changes)
        plan = setAt(plan, change.first.split(QLatin1Char('.')), change.second);
    return plan.toObject();
}

Plan planFrom(const QJsonObject &json)
{
    Plan plan;
    QString error;
    if (!Plan::fromJsonObject(json, &plan, &error))
        qWarning() << "plan did not load:" << error;
    return plan;
}

QString issuesText(const QList<PlanIssue> &issues)
{
    QStringList lines;
    for (const PlanIssue &issue : issues)
        lines << issue.field + QStringLiteral(": ") + issue.message;
    return lines.join(QLatin1Char('\n'));
}

using Changes = QList<QPair<QString, QJsonValue>>;
} // namespace

Q_DECLARE_METATYPE(Changes)

class TestEnginePlan : public QObject
{
    Q_OBJECT

private slots:
    void basePlanIsValid()
    {
        const Plan plan = planFrom(basePlanObject());
        QVERIFY2(plan.validate().isEmpty(), qPrintable(issuesText(plan.validate())));
        QCOMPARE(plan.scm.login, QStringLiteral("mrao-admin"));
        QCOMPARE(plan.organization.city, QStringLiteral("Zürich"));
        QCOMPARE(plan.domains.size(), 2);
        QVERIFY(plan.organization.department.isEmpty());
        QVERIFY(plan.gateway.api.has_value());
        QCOMPARE(plan.gateway.api->customer, QStringLiteral("[default]"));
    }

    void shippedExamplePlanIsValid()
    {
        Plan plan;
        QString error;
        QVERIFY2(
            Plan::load(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"), &plan, &error),
            qPrintable(error));
        QVERIFY2(plan.validate().isEmpty(), qPrintable(issuesText(plan.validate())));
    }

    void badPlans_data()
    {
        QTest::addColumn<Changes>("changes");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");

        const QString longText129(129, QLatin1Char('a'));
        auto row = [](const char *name, const Changes &changes, const char *field, const char *part) {
            QTest::newRow(name) << changes << QString::fromUtf8(field) << QString::fromUtf8(part);
        };
        row("baseUrl empty", {{"scm.baseUrl", ""}}, "scm.baseUrl", "must not be empty");
        row("baseUrl http", {{"scm.baseUrl", "http://cert-manager.com"}}, "scm.baseUrl", "https://");
        row("baseUrl not a url", {{"scm.baseUrl", "cert manager"}}, "scm.baseUrl", "not a web address");
        row("customerUri empty", {{"scm.customerUri", ""}}, "scm.customerUri", "/customer/");
        row("customerUri slash", {{"scm.customerUri", "a/b"}}, "scm.customerUri", "without /");
        row("admin login short", {{"scm.login", "ab"}}, "scm.login", "3 to 128");
        row("admin login long", {{"scm.login", longText129}}, "scm.login", "3 to 128");
        row("admin login space", {{"scm.login", "mrao admin"}}, "scm.login", "does not allow in a login");
        row("dialect", {{"scm.dialect", "old"}}, "scm.dialect", "current, legacy");
        row("org name empty", {{"organization.name", ""}}, "organization.name", "must not be empty");
        row("org name long", {{"organization.name", longText129}}, "organization.name", "at most 128");
        row("address empty", {{"organization.address1", " "}}, "organization.address1", "must not be empty");
        row("address long", {{"organization.address1", longText129}}, "organization.address1", "at most 128");
        row("city long", {{"organization.city", QString(33, QLatin1Char('c'))}}, "organization.city",
            "at most 32");
        row("state long", {{"organization.stateProvince", QString(33, QLatin1Char('s'))}},
            "organization.stateProvince", "at most 32");
        row("no city no state", {{"organization.city", ""}, {"organization.stateProvince", ""}},
            "organization.city", "at least one");
        row("postal code long", {{"organization.postalCode", "12345678901"}}, "organization.postalCode",
            "at most 10");
        row("country unknown", {{"organization.country", "XX"}}, "organization.country", "ISO 3166");
        row("country lower case", {{"organization.country", "ch"}}, "organization.country", "ISO 3166");
        row("country alpha-3", {{"organization.country", "CHE"}}, "organization.country", "ISO 3166");
        row("country empty", {{"organization.country", ""}}, "organization.country", "must not be empty");
        row("country EU", {{"organization.country", "EU"}}, "organization.country", "ISO 3166");
        row("validation level", {{"organization.validation.level", "EV_SSL"}},
            "organization.validation.level", "OV_SMIME");
        row("legal name long", {{"organization.validation.legalName", QString(65, QLatin1Char('l'))}},
            "organization.validation.legalName", "at most 64");
        row("org identifier long", {{"organization.validation.organizationIdentifier", longText129}},
            "organization.validation.organizationIdentifier", "at most 128");
        row("drao without department", {{"operator.role", "DRAO_SMIME"}}, "organization.department",
            "DRAO_SMIME");
        row("department for rao", {{"organization.department", "IT"}}, "organization.department",
            "RAO_SMIME");
        row("department long", {{"operator.role", "DRAO_SMIME"}, {"organization.department", longText129}},
            "organization.department", "at most 128");
        row("no domains", {{"domains", QJsonArray()}}, "domains", "add the e-mail domains");
        row("domain with space", {{"domains[0].name", "exa mple.ch"}}, "domains[0].name",
            "not a valid domain");
        row("domain leading hyphen", {{"domains[1].name", "-mail.example.ch"}}, "domains[1].name",
            "not a valid domain");
        row("domain wildcard", {{"domains[1].name", "*.example.ch"}}, "domains[1].name", "no wildcard");
        row("domain single label", {{"domains[0].name", "localhost"}}, "domains[0].name",
            "not a valid domain");
        row("domain empty", {{"domains[0].name", ""}}, "domains[0].name", "must not be empty");
        row("domain label too long",
            {{"domains[0].name", QString(64, QLatin1Char('x')) + QStringLiteral(".ch")}}, "domains[0].name",
            "63 characters");
        row("domain twice", {{"domains[1].name", "EXAMPLE.ch"}}, "domains[1].name", "listed twice");
        row("idn domain twice", {{"domains[0].name", "bücher.ch"}, {"domains[1].name", "xn--bcher-kva.ch"}},
            "domains[1].name", "listed twice");
        row("dcv method", {{"domains[0].dcv", "DNS"}}, "domains[0].dcv", "CNAME, TXT, HTTP, HTTPS, EMAIL");
        row("e-mail dcv without address", {{"domains[0].dcv", "EMAIL"}}, "domains[0].dcvEmail", "example.ch");
        row("e-mail dcv address", {{"domains[0].dcv", "EMAIL"}, {"domains[0].dcvEmail", "postmaster"}},
            "domains[0].dcvEmail", "not a valid e-mail address");
        row("operator login short", {{"operator.login", "op"}}, "operator.login", "3 to 128");
        row("operator login chars", {{"operator.login", "seppmail/mpki"}}, "operator.login", "\"/\"");
        row("operator is the admin", {{"operator.login", "MRAO-admin"}}, "operator.login",
            "separate account");
        row("operator email", {{"operator.email", "pki.example.ch"}}, "operator.email", "not a valid e-mail");
        row("operator email long",
            {{"operator.email", QString(60, QLatin1Char('p')) + QStringLiteral("@") +
                                    QString(60, QLatin1Char('e')) + QStringLiteral(".example.ch")}},
            "operator.email", "at most 128");
        row("forename empty", {{"operator.forename", ""}}, "operator.forename", "must not be empty");
        row("forename underscore", {{"operator.forename", "Mail_Gateway"}}, "operator.forename", "\"_\"");
        row("surname angle", {{"operator.surname", "Gate<way"}}, "operator.surname", "\"<\"");
        row("surname long", {{"operator.surname", QString(65, QLatin1Char('g'))}}, "operator.surname",
            "at most 64");
        row("operator role", {{"operator.role", "MRAO"}}, "operator.role", "RAO_SMIME, DRAO_SMIME");
        row("privileges without request", {{"operator.privileges", QJsonArray{"clientCertRevoke"}}},
            "operator.privileges", "clientCertRequest");
        row("privileges unknown", {{"operator.privileges", QJsonArray{"clientCertRequest", "bogus"}}},
            "operator.privileges", "\"bogus\"");
        row("privileges api-only", {{"operator.privileges", QJsonArray{"clientCertRequest", "wsApiUseOnly"}}},
            "operator.privileges", "wsApiUseOnly");
        row("profile empty", {{"certificate.profile", ""}}, "certificate.profile", "must not be empty");
        row("term zero", {{"certificate.term", 0}}, "certificate.term", "greater than 0");
        row("term negative", {{"certificate.term", -5}}, "certificate.term", "greater than 0");
        row("renewal days", {{"gateway.renewalDays", 29}}, "gateway.renewalDays", "at least 30");
        row("regex invalid", {{"gateway.fullNameRegex", "(?<GN>.+"}}, "gateway.fullNameRegex",
            "not a valid regular expression");
        row("regex without groups", {{"gateway.fullNameRegex", "(.+) (.+)"}}, "gateway.fullNameRegex", "GN");
        row("regex empty", {{"gateway.fullNameRegex", ""}}, "gateway.fullNameRegex", "must not be empty");
        row("gateway url http", {{"gateway.api.url", "http://gateway.example.ch:8445/v1"}}, "gateway.api.url",
            "https://");
        row("gateway url empty", {{"gateway.api.url", ""}}, "gateway.api.url", "must not be empty");
        row("gateway customer", {{"gateway.api.customer", ""}}, "gateway.api.customer", "[default]");
        row("forwarding port range",
            {{"gateway.api.forwardingHost", "mx.example.ch"}, {"gateway.api.forwardingPort", 70000}},
            "gateway.api.forwardingPort", "1 to 65535");
        row("forwarding port alone", {{"gateway.api.forwardingPort", 25}}, "gateway.api.forwardingHost",
            "give both or neither");
        row("forwarding host", {{"gateway.api.forwardingHost", "bad host!"}}, "gateway.api.forwardingHost",
            "neither a host name nor an IP address");
        // Names that deceive: they end up in certificates (issue 14).
        row("org name right-to-left override", {{"organization.name", "Evil\u202eOrg"}}, "organization.name",
            "U+202E");
        row("legal name isolate", {{"organization.validation.legalName", "Example \u2066AG"}},
            "organization.validation.legalName", "U+2066");
        row("address control character", {{"organization.address1", "Bahnhof\tstrasse 1"}},
            "organization.address1", "U+0009");
        row("department right-to-left mark",
            {{"operator.role", "DRAO_SMIME"}, {"organization.department", "IT\u200f"}},
            "organization.department", "U+200F");
        row("forename left-to-right mark", {{"operator.forename", "Mail\u200e"}}, "operator.forename",
            "U+200E");
        row("surname escape", {{"operator.surname", "Gate\x1b[2Jway"}}, "operator.surname", "U+001B");
        row("operator login bidi", {{"operator.login", "seppmail\u202dmpki"}}, "operator.login", "U+202D");
        row("operator email bidi", {{"operator.email", "pki@exa\u202emple.ch"}}, "operator.email", "U+202E");
        row("domain emoji", {{"domains[0].name", "\U0001F600.ch"}}, "domains[0].name", "U+1F600");
        row("domain empty label", {{"domains[0].name", "a..b.example"}}, "domains[0].name", "empty label");
        row("domain hyphens", {{"domains[0].name", "-bad-.example"}}, "domains[0].name", "hyphen");
        row("domain homograph", {{"domains[0].name", "ex\u0430mple.ch"}}, "domains[0].name", "xn--");
        row("domain homograph names scripts", {{"domains[0].name", "ex\u0430mple.ch"}}, "domains[0].name",
            "Cyrillic");
        row("domain homograph in punycode", {{"domains[0].name", "xn--exmple-4nf.ch"}}, "domains[0].name",
            "Cyrillic");
        row("domain symbol", {{"domains[0].name", "ex\u2665ample.ch"}}, "domains[0].name", "U+2665");
    }

    void badPlans()
    {
        QFETCH(Changes, changes);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        Plan plan;
        QString error;
        QVERIFY2(Plan::fromJsonObject(patched(changes), &plan, &error), qPrintable(error));
        const QList<PlanIssue> issues = plan.validate();
        bool found = false;
        for (const PlanIssue &issue : issues) {
            if (issue.field == field && issue.message.contains(messagePart)) {
                found = true;
                // The message names the field it is about.
                QVERIFY2(issue.message.contains(field) ||
                             issue.message.contains(field.section(QLatin1Char('['), 0, 0)),
                         qPrintable(issue.message));
            }
        }
        QVERIFY2(
            found,
            qPrintable(
                QStringLiteral("expected %1 \"%2\", got:\n%3").arg(field, messagePart, issuesText(issues))));
        // Exactly the problem we made, nothing else (the base plan is clean).
        for (const PlanIssue &issue : issues)
            QVERIFY2(issue.field == field || issue.field.startsWith(field.section(QLatin1Char('.'), 0, 0)),
                     qPrintable(issuesText(issues)));
    }

    void goodPlans_data()
    {
        QTest::addColumn<Changes>("changes");
        QTest::newRow("base") << Changes{};
        QTest::newRow("state instead of city") << Changes{{"organization.city", ""}};
        QTest::newRow("city instead of state") << Changes{{"organization.stateProvince", ""}};
        QTest::newRow("loopback http") << Changes{{"scm.baseUrl", "http://127.0.0.1:18443"},
                                                  {"gateway.api.url", "http://localhost:8445/v1"}};
        QTest::newRow("legacy dialect") << Changes{{"scm.dialect", "legacy"}};
        QTest::newRow("drao with department")
            << Changes{{"operator.role", "DRAO_SMIME"}, {"organization.department", "Mail Gateway"}};
        QTest::newRow("idn domain") << Changes{{"domains[1].name", "bücher.ch"}, {"domains[1].dcv", "TXT"}};
        QTest::newRow("more privileges") << Changes{
            {"operator.privileges", QJsonArray{"clientCertRequest", "clientCertRevoke", "clientCertManage"}}};
        QTest::newRow("login characters") << Changes{{"operator.login", "o'brien+mpki@example.ch"}};
        QTest::newRow("forwarding") << Changes{{"gateway.api.forwardingHost", "192.0.2.25"},
                                               {"gateway.api.forwardingPort", 25}};
        QTest::newRow("no gateway api") << Changes{{"gateway.api", QJsonValue::Null}};
        QTest::newRow("cyrillic domain")
            << Changes{{"domains[1].name", "\u043f\u0440\u0438\u043c\u0435\u0440.ch"}};
        QTest::newRow("japanese domain")
            << Changes{{"domains[1].name", "\u3072\u3089\u304c\u306a\u6f22\u5b57.jp"}};
        QTest::newRow("every dcv method") << Changes{{"domains[0].dcv", "EMAIL"},
                                                     {"domains[0].dcvEmail", "postmaster@example.ch"},
                                                     {"domains[1].dcv", "HTTPS"}};
    }

    void goodPlans()
    {
        QFETCH(Changes, changes);
        const Plan plan = planFrom(patched(changes));
        QVERIFY2(plan.validate().isEmpty(), qPrintable(issuesText(plan.validate())));
    }

    void idnDomainBecomesPunycode()
    {
        const Plan plan = planFrom(patched({{"domains[1].name", "Bücher.ch"}}));
        QCOMPARE(plan.domains.at(1).name, QStringLiteral("Bücher.ch")); // shown as the person wrote it
        QCOMPARE(plan.domains.at(1).asciiName(), QStringLiteral("xn--bcher-kva.ch"));
        QCOMPARE(plan.domains.at(0).asciiName(), QStringLiteral("example.ch"));
        QVERIFY(PlanValidator::isValidDomainName(QStringLiteral("bücher.ch")));
    }

    void draoPlanKeepsDepartment()
    {
        const Plan plan =
            planFrom(patched({{"operator.role", "DRAO_SMIME"}, {"organization.department", "Mail Gateway"}}));
        QCOMPARE(plan.operatorAdmin.role, QStringLiteral("DRAO_SMIME"));
        QCOMPARE(plan.organization.department, QStringLiteral("Mail Gateway"));
        QCOMPARE(plan.toJson().value("organization").toObject().value("department").toString(),
                 QStringLiteral("Mail Gateway"));
    }

    void defaultsApplyWhenOmitted()
    {
        QJsonObject json = basePlanObject();
        QJsonObject op = json.value("operator").toObject();
        op.remove("role");
        op.remove("privileges");
        json.insert("operator", op);
        QJsonObject gateway = json.value("gateway").toObject();
        gateway.remove("renewalDays");
        gateway.remove("fullNameRegex");
        gateway.remove("api");
        json.insert("gateway", gateway);
        QJsonArray domains{QJsonObject{{"name", "example.ch"}}, QStringLiteral("mail.example.ch")};
        json.insert("domains", domains);
        const Plan plan = planFrom(json);
        QCOMPARE(plan.operatorAdmin.role, QStringLiteral("RAO_SMIME"));
        QCOMPARE(plan.operatorAdmin.privileges, QStringList{QStringLiteral("clientCertRequest")});
        QCOMPARE(plan.gateway.renewalDays, 30);
        QCOMPARE(plan.gateway.fullNameRegex, QStringLiteral("(?<GN>.+) (?<SN>.+)"));
        QVERIFY(!plan.gateway.api.has_value());
        QCOMPARE(plan.domains.at(0).dcv, QStringLiteral("CNAME"));
        QCOMPARE(plan.domains.at(1).name, QStringLiteral("mail.example.ch"));
        QCOMPARE(plan.organization.validation.level, QStringLiteral("OV_SMIME"));
        QVERIFY2(plan.validate().isEmpty(), qPrintable(issuesText(plan.validate())));
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("syntax") << QByteArray("{\n  \"scm\": {\n    \"login\": \"x\",\n  }\n}") << "line 4";
        QTest::newRow("cut short") << QByteArray("{ \"scm\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2]") << "must be a JSON object";
        QTest::newRow("password") << QJsonDocument(patched({{"scm.password", "hunter2"}})).toJson()
                                  << "\"scm.password\"";
        QTest::newRow("gateway token")
            << QJsonDocument(patched({{"gateway.api.token", "t0k3n"}})).toJson() << "\"gateway.api.token\"";
        QTest::newRow("secret in a list")
            << QJsonDocument(patched({{"domains[0].apiSecret", "s3cr3t"}})).toJson()
            << "domains[0].apiSecret";
        QTest::newRow("term as text") << QJsonDocument(patched({{"certificate.term", "365"}})).toJson()
                                      << "\"certificate.term\" must be a whole number";
        QTest::newRow("login as number")
            << QJsonDocument(patched({{"scm.login", 42}})).toJson() << "\"scm.login\" must be a text";
        QTest::newRow("domains as object")
            << QJsonDocument(patched({{"domains", QJsonObject()}})).toJson() << "\"domains\" must be a list";
        QTest::newRow("privileges as text")
            << QJsonDocument(patched({{"operator.privileges", "clientCertRequest"}})).toJson()
            << "\"operator.privileges\" must be a list";
        QTest::newRow("empty") << QByteArray("  \n") << "is empty";
        QTest::newRow("nested too deeply")
            << QByteArray(100000, '[') + QByteArray(100000, ']') << "nested too deeply";
        QTest::newRow("credentials in the SCM address")
            << QJsonDocument(patched({{"scm.baseUrl", "https://mrao:hunter2@cert-manager.com"}})).toJson()
            << "user name or password";
        QTest::newRow("token in the gateway address")
            << QJsonDocument(patched({{"gateway.api.url", "https://gw.example.ch:8445/v1?token=t0k3n"}}))
                   .toJson()
            << "gateway.api.url";
        QTest::newRow("createMissing as text")
            << QJsonDocument(patched({{"gateway.api.createMissingManagedDomains", "yes"}})).toJson()
            << "true or false";
    }

    void loadErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Plan plan;
        QString error;
        QVERIFY(!Plan::load(path, &plan, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error)); // names the file
        // A refused secret is never repeated in the message.
        QVERIFY(!error.contains(QLatin1String("hunter2")) && !error.contains(QLatin1String("t0k3n")) &&
                !error.contains(QLatin1String("s3cr3t")));
    }

    void unknownKeysAreNamedWithTheirPath()
    {
        QJsonObject json = basePlanObject();
        QJsonObject gateway = json.value("gateway").toObject();
        gateway.insert("API", gateway.take("api"));
        json.insert("gateway", gateway);
        QJsonObject organization = json.value("organization").toObject();
        organization.insert("adress2", "Postfach");
        json.insert("organization", organization);
        Plan plan;
        QString error;
        QStringList warnings;
        QVERIFY2(Plan::fromJsonObject(json, &plan, &error, &warnings), qPrintable(error));
        QCOMPARE(warnings.size(), 2);
        const QString all = warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("\"API\"")) && all.contains(QLatin1String("gateway.API")) &&
                     all.contains(QLatin1String("Did you mean \"api\"?")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("organization.adress2")), qPrintable(all));
        QVERIFY(!plan.gateway.api.has_value()); // ignored, as the warning says

        QStringList none;
        QVERIFY(Plan::fromJsonObject(basePlanObject(), &plan, &error, &none));
        QVERIFY2(none.isEmpty(), qPrintable(none.join(QLatin1Char('\n'))));
    }

    void messagesShowHiddenCharactersInsteadOfBeingCutOff()
    {
        // The whole value is in the message, the NUL and the override shown as code points.
        const QString message = PlanValidator::checkField(QStringLiteral("organization.name"),
                                                          QString::fromUtf8("Evil\0Org\xe2\x80\xae!", 12));
        QVERIFY2(message.contains(QLatin1String("Evil<U+0000>Org<U+202E>!")), qPrintable(message));
        QVERIFY(!message.contains(QChar(0)));
        QVERIFY(!message.contains(QChar(0x202e)));
    }

    void unreadableFile()
    {
        Plan plan;
        QString error;
        QVERIFY(!Plan::load(QStringLiteral("/nonexistent/plan.json"), &plan, &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/plan.json")) &&
                     error.contains(QLatin1String("Cannot read")),
                 qPrintable(error));
    }

    void roundTripAndFingerprint()
    {
        const Plan loaded = planFrom(patched({{"domains[1].name", "bücher.ch"},
                                              {"gateway.api.forwardingHost", "mx.example.ch"},
                                              {"gateway.api.forwardingPort", 25}}));
        Plan again;
        QString error;
        QVERIFY2(Plan::fromJsonObject(loaded.toJson(), &again, &error), qPrintable(error));
        QVERIFY(again == loaded);
        QCOMPARE(again.fingerprint(), loaded.fingerprint());
        QCOMPARE(loaded.fingerprint().size(), 64);

        // Through bytes (any key order, any layout) to the same fingerprint.
        QVERIFY(
            Plan::fromJson(QJsonDocument(loaded.toJson()).toJson(QJsonDocument::Indented), &again, &error));
        QCOMPARE(again.fingerprint(), loaded.fingerprint());

        Plan changed = loaded;
        changed.certificate.term = 730;
        QVERIFY(changed.fingerprint() != loaded.fingerprint());
        changed = loaded;
        changed.domains[0].dcv = QStringLiteral("TXT");
        QVERIFY(changed.fingerprint() != loaded.fingerprint());
    }

    void planBuiltInCodeEqualsLoadedPlan()
    {
        Plan plan; // what the wizard's pages fill in; defaults as in the plan file
        plan.scm.baseUrl = QStringLiteral("https://cert-manager.com");
        plan.scm.customerUri = QStringLiteral("example");
        plan.scm.login = QStringLiteral("mrao-admin");
        plan.organization.name = QStringLiteral("Example AG");
        plan.organization.address1 = QStringLiteral("Bahnhofstrasse 1");
        plan.organization.city = QStringLiteral("Zürich");
        plan.organization.stateProvince = QStringLiteral("ZH");
        plan.organization.postalCode = QStringLiteral("8001");
        plan.organization.country = QStringLiteral("CH");
        plan.organization.validation.legalName = QStringLiteral("Example AG");
        plan.organization.validation.organizationIdentifier = QStringLiteral("NTRCH-CHE-123.456.789");
        plan.domains = {{QStringLiteral("example.ch"), QStringLiteral("CNAME"), QString()},
                        {QStringLiteral("mail.example.ch"), QStringLiteral("CNAME"), QString()}};
        plan.operatorAdmin.login = QStringLiteral("seppmail-mpki");
        plan.operatorAdmin.email = QStringLiteral("pki@example.ch");
        plan.operatorAdmin.forename = QStringLiteral("Mail");
        plan.operatorAdmin.surname = QStringLiteral("Gateway");
        plan.certificate.profile = QStringLiteral("Sectigo Persona Validated Certificate");
        Plan::GatewayApi api;
        api.url = QStringLiteral("https://gateway.example.ch:8445/v1");
        plan.gateway.api = api;
        QVERIFY2(plan.validate().isEmpty(), qPrintable(issuesText(plan.validate())));
        QCOMPARE(plan.fingerprint(), planFrom(basePlanObject()).fingerprint());
    }

    void toJsonHasNoSecretKeys()
    {
        const QByteArray json = QJsonDocument(planFrom(basePlanObject()).toJson()).toJson();
        QVERIFY(!json.contains("password") && !json.contains("token") && !json.contains("secret"));
    }

    void checkFieldAsYouType()
    {
        QVERIFY(PlanValidator::checkField(QStringLiteral("organization.country"), QStringLiteral("CH"))
                    .isEmpty());
        QVERIFY(!PlanValidator::checkField(QStringLiteral("organization.country"), QStringLiteral("XX"))
                     .isEmpty());
        QVERIFY(PlanValidator::checkField(QStringLiteral("domains[].name"), QStringLiteral("bücher.ch"))
                    .isEmpty());
        const QString domainMessage =
            PlanValidator::checkField(QStringLiteral("domains[3].name"), QStringLiteral("a b"));
        QVERIFY2(domainMessage.contains(QLatin1String("domains[3].name")), qPrintable(domainMessage));
        QVERIFY(!PlanValidator::checkField(QStringLiteral("operator.login"), QStringLiteral("x")).isEmpty());
        QVERIFY(
            PlanValidator::checkField(QStringLiteral("certificate.term"), QStringLiteral("365")).isEmpty());
        QVERIFY(
            !PlanValidator::checkField(QStringLiteral("certificate.term"), QStringLiteral("abc")).isEmpty());
        QVERIFY(!PlanValidator::checkField(QStringLiteral("gateway.renewalDays"), 12).isEmpty());
        QVERIFY(PlanValidator::checkField(QStringLiteral("operator.privileges"),
                                          QJsonArray{QStringLiteral("clientCertRequest")})
                    .isEmpty());
        // The same message as the whole-plan check.
        const Plan plan = planFrom(patched({{"organization.postalCode", "12345678901"}}));
        QCOMPARE(plan.validate().value(0).message,
                 PlanValidator::checkField(QStringLiteral("organization.postalCode"),
                                           QStringLiteral("12345678901")));
        // Every field path the GUI may ask about is known.
        for (const QString &path : PlanValidator::fieldPaths())
            QVERIFY(!path.isEmpty());
        QVERIFY(PlanValidator::fieldPaths().contains(QStringLiteral("organization.country")));
    }

    void helpers()
    {
        QVERIFY(PlanValidator::isValidLogin(QStringLiteral("mrao-admin")));
        QVERIFY(PlanValidator::isValidLogin(QStringLiteral("a.b_c+d'e@f!g")));
        QVERIFY(!PlanValidator::isValidLogin(QStringLiteral("with space")));
        QVERIFY(PlanValidator::isValidEmail(QStringLiteral("pki@example.ch")));
        QVERIFY(!PlanValidator::isValidEmail(QStringLiteral("pki@example")));
        QVERIFY(!PlanValidator::isValidEmail(QStringLiteral("@example.ch")));
        QVERIFY(PlanValidator::isCountryCode(QStringLiteral("DE")));
        QVERIFY(PlanValidator::isCountryCode(QStringLiteral("LI")));
        QVERIFY(!PlanValidator::isCountryCode(QStringLiteral("ZZ")));
        QVERIFY(!PlanValidator::isValidDomainName(QStringLiteral("192.168.1.1")));
    }
};

QTEST_GUILESS_MAIN(TestEnginePlan)
#include "tst_engine_plan.moc"
