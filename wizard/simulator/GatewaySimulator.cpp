#include "GatewaySimulator.h"

#include "RequestSizeGuard.h"
#include "SelfSignedCertificate.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcGatewaySim, "mpki.sim.gateway")

namespace {
// SEPPmail's error codes are undocumented (seppmail-gateway.md §1.4): these are the simulator's own.
enum ErrorCode : int
{
    ErrorBadRequest = 1001,
    ErrorExists = 1002,
    ErrorNotFound = 1003,
    ErrorUnknownCustomer = 1004,
    ErrorAuthentication = 1401,
};

struct GatewayFailure
{
    int status;
    int errorCode;
    QString errorMessage;
};

[[noreturn]] void fail(int errorCode, const QString &message, int status = 500)
{
    throw GatewayFailure{status, errorCode, message};
}

struct Answer
{
    int status = 200;
    QJsonDocument body;
};

Answer ok(const QJsonValue &value)
{
    Answer answer;
    answer.body = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return answer;
}

Answer message(const QString &text)
{
    return ok(QJsonObject{{QStringLiteral("message"), text}});
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

bool queryFlag(const QUrlQuery &query, const QString &name, bool fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString value = query.queryItemValue(name).toLower();
    return value == QLatin1String("true") || value == QLatin1String("1");
}

// The domain name pattern of the OpenAPI file.
bool validDomainName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^((?!-)[A-Za-z0-9\\-]{1,63}(?<!-)\\.)+[A-Za-z]{2,6}$"));
    return pattern.match(name).hasMatch();
}

QString randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString text;
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return text;
}

// The forwarding / smarthost objects: host required, port 0..65535 (OpenAPI file).
void checkRoute(const QJsonObject &body, const QString &key)
{
    if (!body.contains(key))
        return;
    const QJsonObject route = body.value(key).toObject();
    if (!body.value(key).isObject() || !route.value(QLatin1String("host")).isString() ||
        route.value(QLatin1String("host")).toString().isEmpty())
        fail(ErrorBadRequest, QStringLiteral("%1.host is required").arg(key));
    if (route.contains(QLatin1String("port"))) {
        const int port = route.value(QLatin1String("port")).toInt(-1);
        if (port < 0 || port > 65535)
            fail(ErrorBadRequest, QStringLiteral("%1.port must be between 0 and 65535").arg(key));
    }
}
} // namespace

class GatewaySimulator::Private
{
public:
    GatewaySimulatorOptions options;
    QHttpServer server;
    quint16 port = 0;
    QSslCertificate caCertificate;
    // customer → managed domain objects, in creation order
    QMap<QString, QList<QJsonObject>> domains;
    int failuresLeft = 0;
    int failureCode = 0;
    QString failureMessage;
    int mutatingRequests = 0;
    QFile requestLog;

    Answer dispatch(const QByteArray &method, const QString &path, const QUrlQuery &query,
                    const QByteArray &body);
    Answer getManagedDomains(const QUrlQuery &query) const;
    Answer addManagedDomain(const QUrlQuery &query, const QJsonObject &body);
    Answer modifyManagedDomain(const QString &name, const QJsonObject &body);
    Answer deleteManagedDomain(const QString &name);
    Answer getCustomers(const QUrlQuery &query) const;
    Answer addMailRoutes(const QString &customer, const QJsonObject &body);

    // customer and index of a managed domain (case-insensitive), or an empty customer
    QPair<QString, int> find(const QString &name) const;
    void requireCustomer(const QString &customer) const;
};

QPair<QString, int> GatewaySimulator::Private::find(const QString &name) const
{
    for (auto it = domains.begin(); it != domains.end(); ++it) {
        for (int i = 0; i < it.value().size(); ++i) {
            if (it.value()
                    .at(i)
                    .value(QLatin1String("domainName"))
                    .toString()
                    .compare(name, Qt::CaseInsensitive) == 0)
                return {it.key(), i};
        }
    }
    return {QString(), -1};
}

void GatewaySimulator::Private::requireCustomer(const QString &customer) const
{
    if (!domains.contains(customer))
        fail(ErrorUnknownCustomer, QStringLiteral("Customer '%1' does not exist").arg(customer));
}

Answer GatewaySimulator::Private::getManagedDomains(const QUrlQuery &query) const
{
    const bool list = queryFlag(query, QStringLiteral("list"), false);
    const QString customer = query.queryItemValue(QStringLiteral("customer"), QUrl::FullyDecoded);
    const QString domainName = query.queryItemValue(QStringLiteral("domainName"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("customer")))
        requireCustomer(customer);
    if (query.hasQueryItem(QStringLiteral("domainName")) && !validDomainName(domainName))
        fail(ErrorBadRequest, QStringLiteral("domainName '%1' is not a domain name").arg(domainName));
    QJsonObject result;
    for (auto it = domains.begin(); it != domains.end(); ++it) {
        if (!customer.isEmpty() && it.key() != customer)
            continue;
        QJsonArray entries;
        for (const QJsonObject &domain : it.value()) {
            const QString name = domain.value(QLatin1String("domainName")).toString();
            if (!domainName.isEmpty() && name.compare(domainName, Qt::CaseInsensitive) != 0)
                continue;
            entries.append(list ? QJsonValue(name) : QJsonValue(domain));
        }
        if (!entries.isEmpty() || !customer.isEmpty())
            result.insert(it.key(), entries);
    }
    if (!domainName.isEmpty() && result.isEmpty())
        fail(ErrorNotFound, QStringLiteral("Managed domain '%1' does not exist").arg(domainName));
    return ok(result);
}

Answer GatewaySimulator::Private::addManagedDomain(const QUrlQuery &query, const QJsonObject &body)
{
    const QString name = body.value(QLatin1String("domainName")).toString();
    if (!validDomainName(name))
        fail(ErrorBadRequest, QStringLiteral("domainName is missing or not a domain name"));
    checkRoute(body, QStringLiteral("forwarding"));
    checkRoute(body, QStringLiteral("smarthost"));
    // Not in OpenAPI 1.0.3 (customers get domains as mail routes) but accepted, as later versions may.
    const QString customer = body.contains(QLatin1String("customer"))
                                 ? body.value(QLatin1String("customer")).toString()
                                 : QStringLiteral("[default]");
    requireCustomer(customer);
    if (find(name).second >= 0)
        fail(ErrorExists, QStringLiteral("Managed domain '%1' already exists").arg(name));
    QJsonObject domain = body;
    domain.remove(QStringLiteral("customer"));
    domains[customer].append(domain);
    const bool apply = queryFlag(query, QStringLiteral("applyMailconfig"), true);
    qCInfo(lcGatewaySim) << "managed domain added" << name << "customer" << customer << "applyMailconfig"
                         << apply;
    return message(QStringLiteral("Managed domain '%1' added%2")
                       .arg(name, apply ? QStringLiteral(", mail configuration applied") : QString()));
}

Answer GatewaySimulator::Private::modifyManagedDomain(const QString &name, const QJsonObject &body)
{
    const auto where = find(name);
    if (where.second < 0)
        fail(ErrorNotFound, QStringLiteral("Managed domain '%1' does not exist").arg(name));
    checkRoute(body, QStringLiteral("forwarding"));
    checkRoute(body, QStringLiteral("smarthost"));
    QJsonObject &domain = domains[where.first][where.second];
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("domainName"))
            domain.insert(it.key(), it.value());
    }
    return message(QStringLiteral("Managed domain '%1' modified").arg(name));
}

Answer GatewaySimulator::Private::deleteManagedDomain(const QString &name)
{
    const auto where = find(name);
    if (where.second < 0)
        fail(ErrorNotFound, QStringLiteral("Managed domain '%1' does not exist").arg(name));
    domains[where.first].removeAt(where.second);
    return message(QStringLiteral("Managed domain '%1' deleted").arg(name));
}

Answer GatewaySimulator::Private::getCustomers(const QUrlQuery &query) const
{
    if (queryFlag(query, QStringLiteral("list"), false))
        return ok(QJsonArray::fromStringList(domains.keys()));
    QJsonObject result;
    for (auto it = domains.begin(); it != domains.end(); ++it) {
        QJsonArray routes;
        for (const QJsonObject &domain : it.value())
            routes.append(domain.value(QLatin1String("domainName")));
        result.insert(it.key(), QJsonObject{{QStringLiteral("name"), it.key()},
                                            {QStringLiteral("description"), it.key()},
                                            {QStringLiteral("mailRoutes"), routes}});
    }
    return ok(result);
}

Answer GatewaySimulator::Private::addMailRoutes(const QString &customer, const QJsonObject &body)
{
    requireCustomer(customer);
    const QJsonArray routes = body.value(QLatin1String("mailRoutes")).toArray();
    if (routes.isEmpty())
        fail(ErrorBadRequest, QStringLiteral("mailRoutes is missing or empty"));
    QList<QPair<QString, int>> found;
    for (const QJsonValue &route : routes) {
        const auto where = find(route.toString());
        if (where.second < 0)
            fail(ErrorNotFound, QStringLiteral("Managed domain '%1' does not exist").arg(route.toString()));
        found << where;
    }
    for (const QJsonValue &route : routes) {
        const auto where = find(route.toString());
        if (where.first == customer)
            continue;
        const QJsonObject domain = domains[where.first].takeAt(where.second);
        domains[customer].append(domain);
    }
    return message(QStringLiteral("Mail routes added to customer '%1'").arg(customer));
}

Answer GatewaySimulator::Private::dispatch(const QByteArray &method, const QString &path,
                                           const QUrlQuery &query, const QByteArray &body)
{
    QJsonObject json;
    if (method == "POST" || method == "PUT") {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            fail(ErrorBadRequest, QStringLiteral("The request body is not a JSON object"));
        json = document.object();
    }
    static const QString domainsPath = QStringLiteral("/v1/mailsystem/manageddomain");
    static const QRegularExpression domainPath(QStringLiteral("^/v1/mailsystem/manageddomain/([^/]+)$"));
    static const QRegularExpression mailRoutePath(QStringLiteral("^/v1/customer/([^/]+)/mailroute$"));
    if (path == domainsPath || path == domainsPath + QLatin1Char('/')) {
        if (method == "GET")
            return getManagedDomains(query);
        if (method == "POST")
            return addManagedDomain(query, json);
    } else if (const auto match = domainPath.match(path); match.hasMatch()) {
        if (method == "PUT")
            return modifyManagedDomain(match.captured(1), json);
        if (method == "DELETE")
            return deleteManagedDomain(match.captured(1));
    } else if (path == QLatin1String("/v1/customer")) {
        if (method == "GET")
            return getCustomers(query);
    } else if (const auto route = mailRoutePath.match(path); route.hasMatch()) {
        if (method == "POST")
            return addMailRoutes(route.captured(1), json);
    } else {
        fail(ErrorNotFound, QStringLiteral("Not found: %1").arg(path), 404);
    }
    fail(ErrorNotFound, QStringLiteral("Method %1 not allowed on %2").arg(QString::fromLatin1(method), path),
         405);
}

GatewaySimulator::GatewaySimulator(const GatewaySimulatorOptions &options, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->options = options;
    if (d->options.token.isEmpty())
        d->options.token = randomText(32);
    if (d->options.secret.isEmpty())
        d->options.secret = randomText(40);
    d->domains.insert(QStringLiteral("[default]"), {});
    for (auto it = options.managedDomains.begin(); it != options.managedDomains.end(); ++it) {
        d->domains[it.key()];
        for (const QString &domain : it.value())
            addManagedDomain(it.key(), domain);
    }
    if (!options.requestLogPath.isEmpty()) {
        d->requestLog.setFileName(options.requestLogPath);
        if (!d->requestLog.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            qCWarning(lcGatewaySim) << "cannot open the request log" << options.requestLogPath;
    }

    // Every request goes through one handler: the answer is computed and written before it returns,
    // so nothing keeps QtHttpServer 6.4's request or socket beyond the call.
    d->server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QByteArray method = methodName(request.method());
        const QString path = request.url().path();
        const QUrlQuery query = request.query();
        Answer answer;
        try {
            if (request.value("x-sm-api-token") != d->options.token.toUtf8() ||
                request.value("x-sm-api-secret") != d->options.secret.toUtf8())
                fail(ErrorAuthentication,
                     QStringLiteral("Authentication failed: unknown API token or wrong secret"), 401);
            if (d->failuresLeft > 0) {
                --d->failuresLeft;
                fail(d->failureCode, d->failureMessage);
            }
            answer = d->dispatch(method, path, query, request.body());
            if (method == "POST" || method == "PUT" || method == "DELETE")
                ++d->mutatingRequests;
        } catch (const GatewayFailure &failure) {
            answer.status = failure.status;
            answer.body = QJsonDocument(QJsonObject{{QStringLiteral("errorCode"), failure.errorCode},
                                                    {QStringLiteral("errorMessage"), failure.errorMessage}});
        }
        responder.write(answer.body, static_cast<QHttpServerResponder::StatusCode>(answer.status));

        QJsonObject line{
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"),
             request.url().path() + (query.isEmpty() ? QString() : QLatin1Char('?') + query.toString())},
            {QStringLiteral("status"), answer.status}};
        if (d->requestLog.isOpen()) {
            d->requestLog.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
            d->requestLog.flush();
        }
        emit requestHandled(line);
    });
}

GatewaySimulator::~GatewaySimulator()
{
    delete d;
}

bool GatewaySimulator::listen(const QHostAddress &address, quint16 port, QString *error)
{
    std::optional<QSslConfiguration> tls;
    if (d->options.tls) {
        QString certificateError;
        const SelfSignedCertificate generated = SelfSignedCertificate::generate(&certificateError);
        if (generated.isNull()) {
            if (error)
                *error = tr("Cannot make the gateway simulator's TLS certificate: %1").arg(certificateError);
            return false;
        }
        d->caCertificate = QSslCertificate(generated.caCertificatePem, QSsl::Pem);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(
            {QSslCertificate(generated.certificatePem, QSsl::Pem), d->caCertificate});
        configuration.setPrivateKey(QSslKey(generated.privateKeyPem, QSsl::Ec, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = configuration;
    }
    // Not QHttpServer::listen(): the guard refuses an oversized request before it is buffered.
    d->port = RequestSizeGuard::listen(&d->server, address, port, tls, RequestSizeGuard::Limits());
    if (d->port == 0) {
        if (error)
            *error = tr("The gateway simulator cannot listen on %1:%2.")
                         .arg(address.toString(), QString::number(port));
        return false;
    }
    return true;
}

QUrl GatewaySimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString GatewaySimulator::token() const
{
    return d->options.token;
}

QString GatewaySimulator::secret() const
{
    return d->options.secret;
}

QSslCertificate GatewaySimulator::caCertificate() const
{
    return d->caCertificate;
}

void GatewaySimulator::addManagedDomain(const QString &customer, const QString &domainName,
                                        const QString &forwardingHost)
{
    d->domains[customer].append(
        QJsonObject{{QStringLiteral("domainName"), domainName},
                    {QStringLiteral("forwarding"),
                     QJsonObject{{QStringLiteral("host"), forwardingHost}, {QStringLiteral("port"), 25}}}});
}

void GatewaySimulator::failNextRequests(int count, int errorCode, const QString &errorMessage)
{
    d->failuresLeft = count;
    d->failureCode = errorCode;
    d->failureMessage = errorMessage;
}

QJsonObject GatewaySimulator::managedDomains() const
{
    QJsonObject result;
    for (auto it = d->domains.begin(); it != d->domains.end(); ++it) {
        QJsonArray entries;
        for (const QJsonObject &domain : it.value())
            entries.append(domain);
        result.insert(it.key(), entries);
    }
    return result;
}

int GatewaySimulator::mutatingRequestCount() const
{
    return d->mutatingRequests;
}
