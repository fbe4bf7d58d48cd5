#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

// The subset of SEPPmail's REST API (OpenAPI 1.0.3) that mpki-setup uses.
struct GatewaySimulatorOptions
{
    QString token;    // X-SM-API-TOKEN; empty: a random one is generated at start
    QString secret;   // X-SM-API-SECRET; empty: random
    bool tls = false; // HTTPS with a self-signed CA generated with OpenSSL at start
    // Customers ("[default]" always exists) and their managed domains at start.
    QMap<QString, QStringList> managedDomains;
    QString requestLogPath; // every request as one flushed JSON line (method, path, status)
};

// A stand-in for a SEPPmail appliance's REST API on QHttpServer, serving below /v1:
//   GET  /mailsystem/manageddomain[?list=&domainName=&customer=]   answer keyed by customer name
//   POST /mailsystem/manageddomain[?applyMailconfig=]   {domainName, forwarding{host,port,noMXLookup}, ...}
//   PUT/DELETE /mailsystem/manageddomain/{domainName}
//   GET  /customer[?list=], POST /customer/{customer}/mailroute {mailRoutes:[domain]}
// Authentication with X-SM-API-TOKEN / X-SM-API-SECRET (a wrong pair: 401 with {errorCode,
// errorMessage}); every other error is HTTP 500 {errorCode, errorMessage}, as the OpenAPI file says.
class GatewaySimulator : public QObject
{
    Q_OBJECT
public:
    explicit GatewaySimulator(const GatewaySimulatorOptions &options = GatewaySimulatorOptions(),
                              QObject *parent = nullptr);
    ~GatewaySimulator() override;

    // Listens on address:port (0 = any free port). False with a message in *error on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);

    QUrl baseUrl() const; // e.g. http://127.0.0.1:40124/v1
    QString token() const;
    QString secret() const;
    QSslCertificate caCertificate() const; // null unless tls

    // Test hooks.
    void addManagedDomain(const QString &customer, const QString &domainName,
                          const QString &forwardingHost = QStringLiteral("mail.internal"));
    // The next `count` requests (any path) fail with HTTP 500 {errorCode, errorMessage}.
    void failNextRequests(int count, int errorCode, const QString &errorMessage);
    // Every managed domain object, keyed by customer (the GET answer without filters).
    QJsonObject managedDomains() const;
    // How many requests changed something (POST/PUT/DELETE).
    int mutatingRequestCount() const;

signals:
    // One per request, after it was answered: {method, path, status}.
    void requestHandled(const QJsonObject &logLine);

private:
    class Private;
    Private *d;
};
