// mpki-setup probe --plan FILE --out FILE [--keep-names]: the read-only calls that preview, run and
// health depend on, made as the plan's admin; each answer held against Sectigo's schema (the shipped
// trimmed OpenAPI document) and against what the client parses; a redacted transcript written for a
// customer to send, which `simulate --replay` answers from.
//
// Exit 0 when the calls were made, also with mismatches: a mismatch is what the probe is for, a
// finding to report, not a failure of the probe. 2 bad input, 4 SCM refused the sign-in, 1 the file
// could not be written.
#include "CommandLine.h"
#include "Commands.h"

#include "ExchangeRedactor.h"
#include "JsonSchemaValidator.h"
#include "KeychainSecretStore.h"
#include "OwnerOnlyFile.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"
#include "ScmTypes.h"
#include "SecretSources.h"
#include "VisibleText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
struct ProbeCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

void print(FILE *stream, const QString &text)
{
    // A control character from a plan or an answer must not cut the line off or redraw it.
    std::fputs(VisibleText::forTerminal(text).toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// Every call is bounded by the transport's deadline and retries; this caps the wait on top of that.
constexpr int CallCapMs = 180000;

// Waits for a reply and gives it back (owned by the caller through the returned pointer's parent).
ScmReply *await(ScmReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &ScmReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(CallCapMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply;
}

// A read whose answer only the transcript needs.
void readOnly(ScmReply *reply)
{
    delete await(reply);
}

// The path template of Sectigo's document that a call's path is an instance of, "" when none.
// v1 paths the client calls whose twin only v2 describes are mapped.
QString operationOf(const QJsonObject &paths, const QString &path)
{
    QString mapped = QStringLiteral("/api/") + path;
    mapped.replace(QLatin1String("/api/dcv/v1/"), QLatin1String("/api/dcv/v2/"));
    mapped.replace(QLatin1String("/api/smime/v1/"), QLatin1String("/api/smime/v2/"));
    const QStringList parts = mapped.split(QLatin1Char('/'));
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList templateParts = it.key().split(QLatin1Char('/'));
        if (templateParts.size() != parts.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < parts.size() && same; ++i)
            same = templateParts.at(i) == parts.at(i) ||
                   (templateParts.at(i).startsWith(QLatin1Char('{')) && !parts.at(i).isEmpty());
        if (same)
            return it.key();
    }
    return QString();
}

QJsonObject queryObject(const QList<QPair<QString, QString>> &query)
{
    QJsonObject object;
    for (const auto &[key, value] : query)
        object.insert(key, value);
    return object;
}

// Records every exchange, checks it against the schema and redacts it.
class ProbeRecorder
{
public:
    ProbeRecorder(const QJsonObject &document, const ExchangeRedactor &redactor)
        : m_document(document)
        , m_validator(document)
        , m_redactor(redactor)
    {}

    void record(const ScmExchange &exchange)
    {
        ++m_calls;
        const QJsonObject paths = m_document.value(QLatin1String("paths")).toObject();
        const QString operation = operationOf(paths, exchange.path);
        const QString operationName = QStringLiteral("%1 %2").arg(
            QString::fromLatin1(exchange.method),
            operation.isEmpty() ? QStringLiteral("/api/") + exchange.path : operation);
        QJsonParseError parseError;
        const QJsonDocument parsed = QJsonDocument::fromJson(exchange.body, &parseError);
        const QJsonValue body = exchange.body.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                : parsed.isArray()      ? QJsonValue(parsed.array())
                                : parsed.isObject()     ? QJsonValue(parsed.object())
                                                        : QJsonValue(QJsonValue::Undefined);
        bool matched = true;
        if (!exchange.body.isEmpty() && parsed.isNull()) {
            addMismatch(operationName, QString(), QStringLiteral("JSON"), QStringLiteral("not JSON"));
            matched = false;
        } else if (operation.isEmpty()) {
            m_undescribed.append(operationName);
        } else {
            const QJsonObject response = paths.value(operation)
                                             .toObject()
                                             .value(QString::fromLatin1(exchange.method).toLower())
                                             .toObject()
                                             .value(QLatin1String("responses"))
                                             .toObject()
                                             .value(QString::number(exchange.httpStatus))
                                             .toObject();
            const QJsonValue schema = response.value(QLatin1String("content"))
                                          .toObject()
                                          .value(QLatin1String("application/json"))
                                          .toObject()
                                          .value(QLatin1String("schema"));
            if (exchange.httpStatus >= 200 && exchange.httpStatus < 300 && response.isEmpty()) {
                addMismatch(operationName, QString(), QStringLiteral("a documented status"),
                            QString::number(exchange.httpStatus));
                matched = false;
            } else if (schema.isObject() && !body.isUndefined()) {
                for (const JsonSchemaValidator::Mismatch &mismatch : m_validator.validate(body, schema)) {
                    addMismatch(operationName, mismatch.field, mismatch.expected, safeSeen(mismatch));
                    matched = false;
                }
            }
        }
        if (matched)
            ++m_matched;

        QJsonObject headers;
        for (const auto &[name, value] : exchange.headers)
            headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        QJsonObject entry{{QStringLiteral("method"), QString::fromLatin1(exchange.method)},
                          {QStringLiteral("path"), QStringLiteral("/api/") + exchange.path},
                          {QStringLiteral("query"), queryObject(m_redactor.query(exchange.query))},
                          {QStringLiteral("operation"), operation},
                          {QStringLiteral("status"), exchange.httpStatus},
                          {QStringLiteral("headers"), headers}};
        if (!body.isUndefined())
            entry.insert(QStringLiteral("body"), m_redactor.body(body));
        if (exchange.requestBody.isObject() || exchange.requestBody.isArray())
            entry.insert(QStringLiteral("requestBody"), m_redactor.body(exchange.requestBody));
        m_exchanges.append(entry);
    }

    // What the client parses: a value the engine needs that came out empty.
    void needField(const QString &operation, const QString &field, bool present)
    {
        if (!present)
            addMismatch(operation, field, QStringLiteral("a value the client can read"),
                        QStringLiteral("empty"));
    }

    int calls() const { return m_calls; }
    int matched() const { return m_matched; }
    const QJsonArray &mismatches() const { return m_mismatches; }
    const QJsonArray &exchanges() const { return m_exchanges; }
    const QStringList &undescribed() const { return m_undescribed; }

private:
    // A value shown in a mismatch goes through the same redaction as the bodies.
    QString safeSeen(const JsonSchemaValidator::Mismatch &mismatch) const
    {
        if (!mismatch.seen.startsWith(QLatin1Char('"')))
            return mismatch.seen;
        const QString key = mismatch.field.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
        const QJsonObject wrapped{{key, mismatch.seen.mid(1, mismatch.seen.size() - 2)}};
        return QLatin1Char('"') + m_redactor.body(wrapped).toObject().value(key).toString() +
               QLatin1Char('"');
    }

    void addMismatch(const QString &operation, const QString &field, const QString &expected,
                     const QString &seen)
    {
        m_mismatches.append(QJsonObject{{QStringLiteral("operation"), operation},
                                        {QStringLiteral("field"), field},
                                        {QStringLiteral("expected"), expected},
                                        {QStringLiteral("seen"), seen}});
    }

    QJsonObject m_document;
    JsonSchemaValidator m_validator;
    const ExchangeRedactor &m_redactor;
    int m_calls = 0;
    int m_matched = 0;
    QJsonArray m_mismatches;
    QJsonArray m_exchanges;
    QStringList m_undescribed;
};

// The reads, in the order the engine makes them.
class ProbeCalls
{
public:
    ProbeCalls(ScmClient *client, ProbeRecorder *recorder, const Plan &plan)
        : m_client(client)
        , m_recorder(recorder)
        , m_plan(plan)
    {}

    // False when SCM refused the sign-in itself: nothing else can be read then.
    bool run(ScmError *refusal)
    {
        std::unique_ptr<ScmReply> password(await(m_client->passwordState()));
        if (!password->ok() && password->error().kind() == ScmError::Kind::Unauthorized) {
            *refusal = password->error();
            return false;
        }
        readAdmin(m_plan.scm.login);
        readOnly(m_client->listRoles());
        readOnly(m_client->listPrivileges({m_plan.operatorAdmin.role}));

        qint64 orgId = 0;
        std::unique_ptr<ScmReply> organizations(await(m_client->listOrganizations()));
        for (const QJsonValue &item : organizations->array()) {
            const ScmOrganization organization = ScmOrganization::fromJson(item.toObject());
            m_recorder->needField(QStringLiteral("GET /api/organization/v1"), QStringLiteral("[].id"),
                                  organization.id > 0);
            if (organization.name.compare(m_plan.organization.name, Qt::CaseInsensitive) == 0)
                orgId = organization.id;
        }
        if (orgId > 0) {
            readOnly(m_client->getOrganization(orgId));
            std::unique_ptr<ScmReply> validations(await(m_client->listValidations(orgId)));
            for (const QJsonValue &item : validations->array()) {
                const ScmValidation validation = ScmValidation::fromJson(item.toObject());
                m_recorder->needField(QStringLiteral("GET /api/organization/v2/{orgId}/validations"),
                                      QStringLiteral("[].id"), validation.id > 0);
                if (validation.id > 0)
                    readOnly(m_client->getValidation(orgId, validation.id));
            }
        }
        readOnly(m_client->listCaBackends());

        for (const Plan::Domain &domain : m_plan.domains) {
            const QString name = domain.asciiName();
            std::unique_ptr<ScmReply> list(await(m_client->listDomains(name)));
            for (const QJsonValue &item : list->array()) {
                const ScmDomain found = ScmDomain::fromJson(item.toObject());
                m_recorder->needField(QStringLiteral("GET /api/domain/v1"), QStringLiteral("[].name"),
                                      !found.name.isEmpty());
                if (found.id > 0 && found.name.compare(name, Qt::CaseInsensitive) == 0)
                    readOnly(m_client->getDomain(found.id));
            }
            std::unique_ptr<ScmReply> dcv(await(m_client->dcvStatus(name)));
            if (dcv->ok())
                m_recorder->needField(QStringLiteral("POST /api/dcv/v2/validation/status"),
                                      QStringLiteral("status"),
                                      !ScmDcvStatus::fromJson(dcv->object()).status.isEmpty());
        }

        readAdmin(m_plan.operatorAdmin.login);
        if (orgId > 0)
            readOnly(m_client->smimeProfiles(orgId));
        readOnly(m_client->customFields(QStringLiteral("SMIME")));
        return true;
    }

private:
    void readAdmin(const QString &login)
    {
        if (login.isEmpty())
            return;
        std::unique_ptr<ScmReply> found(await(m_client->findAdminByLogin(login)));
        const ScmAdmin admin = ScmAdmin::fromJson(found->object());
        if (admin.id <= 0)
            return;
        std::unique_ptr<ScmReply> detail(await(m_client->getAdmin(admin.id)));
        if (detail->ok())
            m_recorder->needField(QStringLiteral("GET /api/admin/v1/{id}"), QStringLiteral("login"),
                                  !ScmAdmin::fromJson(detail->object()).login.isEmpty());
    }

    ScmClient *m_client;
    ProbeRecorder *m_recorder;
    const Plan &m_plan;
};
} // namespace

int probeCommand(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("probe"),
        ProbeCommandText::tr(
            "Makes the read-only calls that preview, run and health depend on, as the plan's admin, checks "
            "each answer against Sectigo's published schema and against what mpki-setup reads, and writes a "
            "redacted transcript (names, logins, e-mail addresses, passwords replaced by their type and "
            "length) that `mpki-setup simulate --replay` can answer from. Nothing in SCM is changed.\n"
            "Exit codes: 0 the calls were made (mismatches are reported, not an error), 2 bad input, 4 SCM "
            "refused the sign-in, 1 the file could not be written."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption planOption(QStringLiteral("plan"), ProbeCommandText::tr("The plan file (JSON)."),
                                        ProbeCommandText::tr("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       ProbeCommandText::tr("Where to write the transcript (JSON)."),
                                       ProbeCommandText::tr("FILE"));
    const QCommandLineOption keepNamesOption(
        QStringLiteral("keep-names"),
        ProbeCommandText::tr(
            "Keep the plan's own names (organisation, department, domains, operator login) so "
            "that a replay can answer lookups by name. Passwords and e-mail addresses are "
            "always redacted."));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"),
        ProbeCommandText::tr("The admin's password (first line of the file)."), ProbeCommandText::tr("FILE"));
    parser.addOptions({planOption, outOption, keepNamesOption, passwordOption});
    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    if (!parser.isSet(planOption) || !parser.isSet(outOption)) {
        print(stderr, ProbeCommandText::tr("mpki-setup probe: --plan FILE and --out FILE are required."));
        return ExitCode::BadInput;
    }
    Plan plan;
    QString error;
    QStringList warnings;
    if (!Plan::load(QFileInfo(parser.value(planOption)).absoluteFilePath(), &plan, &error, &warnings)) {
        print(stderr, ProbeCommandText::tr("mpki-setup probe: %1").arg(error));
        return ExitCode::BadInput;
    }
    for (const QString &warning : std::as_const(warnings))
        print(stderr, ProbeCommandText::tr("mpki-setup probe: warning: %1").arg(warning));

    QFile schemaFile(QStringLiteral(":/mpki-scm/sectigo-schemas.json"));
    if (!schemaFile.open(QIODevice::ReadOnly)) {
        print(stderr, ProbeCommandText::tr("mpki-setup probe: the shipped schema cannot be read."));
        return ExitCode::Other;
    }
    const QJsonObject document = QJsonDocument::fromJson(schemaFile.readAll()).object();

    const QUrl baseUrl = ScmTransport::normaliseBaseUrl(plan.scm.baseUrl);
    KeychainSecretStore keychain;
    const ResolvedSecret admin =
        SecretSources::resolveNow(SecretSources::adminPassword(baseUrl.host(), plan.scm.customerUri,
                                                               plan.scm.login, parser.value(passwordOption)),
                                  &keychain);
    if (!admin.ok()) {
        print(stderr, ProbeCommandText::tr("mpki-setup probe: %1").arg(admin.message));
        return ExitCode::BadInput;
    }

    // The plan's S/MIME profile is one of Sectigo's product names, not the customer's: kept in every
    // case, so that a replay offers it as the server did.
    QStringList keptNames{plan.certificate.profile};
    if (parser.isSet(keepNamesOption)) {
        keptNames << plan.organization.name << plan.organization.department << plan.operatorAdmin.login;
        for (const Plan::Domain &domain : plan.domains)
            keptNames << domain.name << domain.asciiName();
    }
    const ExchangeRedactor redactor(keptNames);
    ProbeRecorder recorder(document, redactor);

    ScmTransport transport;
    transport.setExchangeObserver([&recorder](const ScmExchange &exchange) { recorder.record(exchange); });
    ScmClient client(&transport, {baseUrl, plan.scm.customerUri, plan.scm.login, admin.value});
    ProbeCalls calls(&client, &recorder, plan);
    ScmError refusal;
    const bool signedIn = calls.run(&refusal);

    const QJsonObject summary{
        {QStringLiteral("calls"), recorder.calls()},
        {QStringLiteral("matched"), recorder.matched()},
        {QStringLiteral("mismatches"), recorder.mismatches()},
        {QStringLiteral("undescribed"), QJsonArray::fromStringList(recorder.undescribed())}};
    const QJsonObject file{
        {QStringLiteral("tool"), QStringLiteral("mpki-setup probe")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("scm"), QJsonObject{{QStringLiteral("host"), baseUrl.host()},
                                            {QStringLiteral("customerUri"),
                                             ExchangeRedactor::placeholder(plan.scm.customerUri.size())},
                                            {QStringLiteral("dialect"), plan.scm.dialect}}},
        {QStringLiteral("keepNames"), parser.isSet(keepNamesOption)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("exchanges"), recorder.exchanges()}};
    if (!OwnerOnlyFile::write(parser.value(outOption), QJsonDocument(file).toJson(QJsonDocument::Indented),
                              &error)) {
        print(stderr, ProbeCommandText::tr("mpki-setup probe: %1").arg(error));
        return ExitCode::Other;
    }

    print(stdout,
          ProbeCommandText::tr("Calls made: %1; answers that matched Sectigo's schema: %2; mismatches: %3.")
              .arg(recorder.calls())
              .arg(recorder.matched())
              .arg(recorder.mismatches().size()));
    for (const QJsonValue &value : recorder.mismatches()) {
        const QJsonObject mismatch = value.toObject();
        print(stdout, ProbeCommandText::tr("  %1: %2: expected %3, seen %4")
                          .arg(mismatch.value(QLatin1String("operation")).toString(),
                               mismatch.value(QLatin1String("field")).toString(),
                               mismatch.value(QLatin1String("expected")).toString(),
                               mismatch.value(QLatin1String("seen")).toString()));
    }
    for (const QString &operation : recorder.undescribed())
        print(stdout,
              ProbeCommandText::tr("  %1: not described in Sectigo's schema (not checked)").arg(operation));
    print(stdout, ProbeCommandText::tr("Transcript written to %1.").arg(parser.value(outOption)));
    if (!signedIn) {
        print(stderr,
              ProbeCommandText::tr("mpki-setup probe: SCM refused the sign-in: %1").arg(refusal.message()));
        return ExitCode::Refused;
    }
    return ExitCode::Complete;
}
