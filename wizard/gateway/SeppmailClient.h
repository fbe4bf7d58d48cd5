#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// What went wrong with one SEPPmail REST call. SEPPmail answers errors as HTTP 500 with
// {errorCode, errorMessage}; message() then carries errorMessage verbatim.
struct SeppmailError
{
    enum class Kind
    {
        None,
        BadInput,     // the caller's data cannot be sent (bad URL, missing routing data)
        Unauthorized, // token or secret refused
        Api,          // {errorCode, errorMessage} from the gateway
        Http,         // another HTTP status without SEPPmail's error body
        Network,      // connection refused, reset, host not found
        Tls,          // certificate not trusted, handshake failure
        Timeout,      // the request's deadline passed
        Protocol,     // an answer of the wrong shape
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    int errorCode = 0;    // SEPPmail's errorCode, 0 when none
    QString errorMessage; // SEPPmail's errorMessage, verbatim
    QString message;      // one translated line naming what is wrong and what to do

    bool isError() const { return kind != Kind::None; }
};

// Where the gateway's REST API is and how to authenticate. Token and secret come from the caller
// (keychain, MPKI_GATEWAY_TOKEN / MPKI_GATEWAY_SECRET or files — resolved outside this class).
struct SeppmailClientOptions
{
    QUrl baseUrl; // e.g. https://gateway.example.ch:8445/v1
    QString token;
    QString secret;
    QList<QSslCertificate> extraCaCertificates; // e.g. the appliance's self-signed CA
    int requestDeadlineMs = 30000;              // the whole request, not only inactivity
};

// A managed domain to create: only what routing needs (a production change to mail routing).
struct ManagedDomainSpec
{
    QString domainName;
    QString forwardingHost; // where the gateway delivers inbound mail for the domain
    int forwardingPort = 25;
    bool noMXLookup = true;
};

struct ManagedDomainCheck
{
    SeppmailError error;
    QStringList present; // plan domains that are managed domains of the customer
    QStringList missing; // plan domains that are not
    QStringList all;     // every managed domain of the customer
};

// A small async client for the SEPPmail REST API subset mpki-setup uses (managed domains, customers).
// Its own QNetworkAccessManager without a cookie jar; TLS with the system store plus the extra CA
// certificates, never "ignore errors". Every callback runs exactly once, on the thread of `context`,
// and not at all once `context` is destroyed.
class SeppmailClient : public QObject
{
    Q_OBJECT
public:
    explicit SeppmailClient(const SeppmailClientOptions &options, QObject *parent = nullptr);
    ~SeppmailClient() override;

    const SeppmailClientOptions &options() const;

    // GET /mailsystem/manageddomain?list=true&customer=C — the names of the customer's managed domains.
    using DomainsDone = std::function<void(const SeppmailError &, const QStringList &domains)>;
    void listManagedDomains(const QString &customer, QObject *context, DomainsDone done);

    // Which of `domains` are managed domains of `customer` (case-insensitive) and which are missing.
    using CheckDone = std::function<void(const ManagedDomainCheck &)>;
    void checkManagedDomains(const QString &customer, const QStringList &domains, QObject *context,
                             CheckDone done);

    // POST /mailsystem/manageddomain?applyMailconfig=… {domainName, forwarding{host,port,noMXLookup}};
    // then, for a customer other than "[default]", POST /customer/{customer}/mailroute {mailRoutes}.
    using Done = std::function<void(const SeppmailError &)>;
    void createManagedDomain(const QString &customer, const ManagedDomainSpec &domain, bool applyMailconfig,
                             QObject *context, Done done);

    // GET /customer?list=true — the customer names.
    using CustomersDone = std::function<void(const SeppmailError &, const QStringList &customers)>;
    void listCustomers(QObject *context, CustomersDone done);

    QNetworkAccessManager *networkAccessManager() const;

private:
    class Private;
    Private *d;
};
