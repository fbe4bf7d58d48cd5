#include "SeppmailClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSeppmail, "mpki.gateway.seppmail", QtInfoMsg)

namespace {
QString normalizedDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain;
}

bool isDefaultCustomer(const QString &customer)
{
    return customer.isEmpty() || customer == QLatin1String("[default]");
}
} // namespace

class SeppmailClient::Private
{
public:
    SeppmailClientOptions options;
    QNetworkAccessManager *network = nullptr;

    using Answer = std::function<void(const SeppmailError &, const QJsonDocument &)>;
    void send(SeppmailClient *client, const QByteArray &method, const QString &path, const QString &query,
              const QJsonValue &body, QObject *context, Answer answer);
    QUrl url(const QString &path, const QString &query) const;
};

QUrl SeppmailClient::Private::url(const QString &path, const QString &query) const
{
    QUrl result = options.baseUrl;
    QString basePath = result.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    result.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        result.setQuery(query, QUrl::TolerantMode);
    return result;
}

void SeppmailClient::Private::send(SeppmailClient *client, const QByteArray &method, const QString &path,
                                   const QString &query, const QJsonValue &body, QObject *context,
                                   Answer answer)
{
    QPointer<QObject> guard(context);
    const auto deliver = [guard, answer](const SeppmailError &error, const QJsonDocument &json) {
        if (guard)
            answer(error, json);
    };
    if (!options.baseUrl.isValid() || (options.baseUrl.scheme() != QLatin1String("https") &&
                                       options.baseUrl.scheme() != QLatin1String("http"))) {
        SeppmailError error;
        error.kind = SeppmailError::Kind::BadInput;
        error.message =
            tr("The gateway API URL \"%1\" is not an http(s) URL such as https://gateway:8445/v1.")
                .arg(options.baseUrl.toString());
        QTimer::singleShot(0, client, [deliver, error] { deliver(error, {}); });
        return;
    }

    const QUrl target = url(path, query);
    QNetworkRequest request(target);
    request.setRawHeader("X-SM-API-TOKEN", options.token.toUtf8());
    request.setRawHeader("X-SM-API-SECRET", options.secret.toUtf8());
    request.setRawHeader("accept", "application/json");
    // No cookies: nothing the gateway sets may ride along on a later call.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (target.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!options.extraCaCertificates.isEmpty())
            tls.setCaCertificates(tls.caCertificates() + options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    QByteArray payload;
    if (!body.isUndefined()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    }
    qCDebug(lcSeppmail).noquote() << method << target.toString(); // never the token or secret headers

    QNetworkReply *reply = network->sendCustomRequest(request, method, payload);
    auto timedOut = std::make_shared<bool>(false);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(options.requestDeadlineMs);

    const QString where = options.baseUrl.toString();
    QObject::connect(
        reply, &QNetworkReply::finished, client, [reply, timedOut, deliver, method, target, where] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray data = reply->readAll();
            SeppmailError error;
            error.httpStatus = status;
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
            const QJsonObject object = json.object();
            if (object.contains(QLatin1String("errorMessage")) ||
                object.contains(QLatin1String("errorCode"))) {
                error.errorCode = object.value(QLatin1String("errorCode")).toInt();
                error.errorMessage = object.value(QLatin1String("errorMessage")).toString();
            }

            if (*timedOut) {
                error.kind = SeppmailError::Kind::Timeout;
                error.message =
                    tr("The gateway at %1 did not answer in time; check that its REST API is enabled "
                       "(System → Advanced view → REST-API) and reachable.")
                        .arg(where);
            } else if (status == 0) {
                const auto networkError = reply->error();
                const bool tls = networkError == QNetworkReply::SslHandshakeFailedError;
                error.kind = tls ? SeppmailError::Kind::Tls : SeppmailError::Kind::Network;
                error.message = tls ? tr("The gateway's TLS certificate at %1 is not trusted (%2); add the "
                                         "appliance's CA "
                                         "certificate instead of ignoring the error.")
                                          .arg(where, reply->errorString())
                                    : tr("Cannot reach the gateway's REST API at %1: %2.")
                                          .arg(where, reply->errorString());
            } else if (status == 401 || status == 403) {
                error.kind = SeppmailError::Kind::Unauthorized;
                error.message =
                    tr("The gateway refused the API token or secret (HTTP %1%2); check the REST-API key "
                       "and secret under System → Advanced view → REST-API.")
                        .arg(QString::number(status), error.errorMessage.isEmpty()
                                                          ? QString()
                                                          : QStringLiteral(": ") + error.errorMessage);
            } else if (status >= 200 && status < 300) {
                if (parseError.error != QJsonParseError::NoError) {
                    error.kind = SeppmailError::Kind::Protocol;
                    error.message = tr("The gateway's answer to %1 %2 is not JSON.")
                                        .arg(QString::fromLatin1(method), target.path());
                }
            } else if (!error.errorMessage.isEmpty()) {
                error.kind = SeppmailError::Kind::Api;
                error.message = tr("The gateway answered %1 %2 with an error: %3 (code %4).")
                                    .arg(QString::fromLatin1(method), target.path(), error.errorMessage,
                                         QString::number(error.errorCode));
            } else {
                error.kind = SeppmailError::Kind::Http;
                error.message =
                    tr("The gateway answered %1 %2 with HTTP %3; is %4 the REST API (port 8445, "
                       "path /v1)?")
                        .arg(QString::fromLatin1(method), target.path(), QString::number(status), where);
            }
            if (error.isError())
                qCDebug(lcSeppmail).noquote() << method << target.path() << "failed:" << error.message;
            deliver(error, json);
        });
}

SeppmailClient::SeppmailClient(const SeppmailClientOptions &options, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->options = options;
    d->network = new QNetworkAccessManager(this);
    d->network->setCookieJar(nullptr);
    d->network->setAutoDeleteReplies(false);
}

SeppmailClient::~SeppmailClient()
{
    delete d;
}

const SeppmailClientOptions &SeppmailClient::options() const
{
    return d->options;
}

QNetworkAccessManager *SeppmailClient::networkAccessManager() const
{
    return d->network;
}

void SeppmailClient::listManagedDomains(const QString &customer, QObject *context, DomainsDone done)
{
    QString query = QStringLiteral("list=true");
    if (!customer.isEmpty())
        query += QStringLiteral("&customer=") + QString::fromLatin1(QUrl::toPercentEncoding(customer));
    d->send(this, "GET", QStringLiteral("/mailsystem/manageddomain"), query, QJsonValue::Undefined, context,
            [customer, done](const SeppmailError &error, const QJsonDocument &json) {
                if (error.isError())
                    return done(error, {});
                if (!json.isObject()) {
                    SeppmailError shape;
                    shape.kind = SeppmailError::Kind::Protocol;
                    shape.httpStatus = 200;
                    shape.message = tr("The gateway's list of managed domains is not keyed by customer.");
                    return done(shape, {});
                }
                // The answer is keyed by customer; with list=true each value is an array of names
                // (objects with domainName when the gateway ignores list).
                QStringList domains;
                const QJsonObject byCustomer = json.object();
                for (auto it = byCustomer.begin(); it != byCustomer.end(); ++it) {
                    if (!customer.isEmpty() && it.key() != customer)
                        continue;
                    const QJsonArray entries = it.value().toArray();
                    for (const QJsonValue &entry : entries) {
                        const QString name =
                            entry.isString() ? entry.toString()
                                             : entry.toObject().value(QLatin1String("domainName")).toString();
                        if (!name.isEmpty())
                            domains << name;
                    }
                }
                done(SeppmailError(), domains);
            });
}

void SeppmailClient::checkManagedDomains(const QString &customer, const QStringList &domains,
                                         QObject *context, CheckDone done)
{
    listManagedDomains(
        customer, context, [domains, done](const SeppmailError &error, const QStringList &all) {
            ManagedDomainCheck check;
            check.error = error;
            check.all = all;
            if (!error.isError()) {
                QStringList known;
                for (const QString &name : all)
                    known << normalizedDomain(name);
                for (const QString &domain : domains)
                    (known.contains(normalizedDomain(domain)) ? check.present : check.missing) << domain;
            }
            done(check);
        });
}

void SeppmailClient::createManagedDomain(const QString &customer, const ManagedDomainSpec &domain,
                                         bool applyMailconfig, QObject *context, Done done)
{
    if (domain.domainName.trimmed().isEmpty() || domain.forwardingHost.trimmed().isEmpty() ||
        domain.forwardingPort < 1 || domain.forwardingPort > 65535) {
        SeppmailError error;
        error.kind = SeppmailError::Kind::BadInput;
        error.message = tr("Creating the managed domain \"%1\" needs its routing data: a forwarding host and "
                           "port (the mail server the gateway delivers to).")
                            .arg(domain.domainName);
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done, error] {
            if (guard)
                done(error);
        });
        return;
    }
    QJsonObject forwarding{{QStringLiteral("host"), domain.forwardingHost.trimmed()},
                           {QStringLiteral("port"), domain.forwardingPort},
                           {QStringLiteral("noMXLookup"), domain.noMXLookup}};
    const QJsonObject body{{QStringLiteral("domainName"), normalizedDomain(domain.domainName)},
                           {QStringLiteral("forwarding"), forwarding}};
    const QString query =
        QStringLiteral("applyMailconfig=") + QLatin1String(applyMailconfig ? "true" : "false");
    QPointer<SeppmailClient> self(this);
    d->send(this, "POST", QStringLiteral("/mailsystem/manageddomain"), query, body, context,
            [self, customer, domain, context, done](const SeppmailError &error, const QJsonDocument &) {
                if (error.isError() || isDefaultCustomer(customer) || !self)
                    return done(error);
                // OpenAPI 1.0.3 has no customer in the managed-domain body: a domain is given to a
                // customer as one of its mail routes.
                const QJsonObject routes{
                    {QStringLiteral("mailRoutes"), QJsonArray{normalizedDomain(domain.domainName)}}};
                self->d->send(
                    self, "POST",
                    QStringLiteral("/customer/") + QString::fromLatin1(QUrl::toPercentEncoding(customer)) +
                        QStringLiteral("/mailroute"),
                    QString(), routes, context,
                    [done](const SeppmailError &routeError, const QJsonDocument &) { done(routeError); });
            });
}

void SeppmailClient::listCustomers(QObject *context, CustomersDone done)
{
    d->send(this, "GET", QStringLiteral("/customer"), QStringLiteral("list=true"), QJsonValue::Undefined,
            context, [done](const SeppmailError &error, const QJsonDocument &json) {
                if (error.isError())
                    return done(error, {});
                QStringList names;
                if (json.isArray()) {
                    for (const QJsonValue &name : json.array())
                        names << name.toString();
                } else {
                    names = json.object().keys();
                }
                done(SeppmailError(), names);
            });
}
