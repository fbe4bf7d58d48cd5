#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QUrl>

#include <functional>

class Clock;
class QNetworkAccessManager;

class ScmReply;

// Who a call is made as: SCM's header authentication.
struct ScmCredentials
{
    QUrl baseUrl; // normalised, e.g. https://cert-manager.com (no /api, no /customer/...)
    QString customerUri;
    QString login;
    QString password;
};

// One HTTP request as the transport sends it.
struct ScmRequest
{
    QByteArray method; // GET, POST, PUT, DELETE
    QString path;      // below /api/, e.g. "organization/v1/12"
    QList<QPair<QString, QString>> query;
    QJsonValue body; // Undefined: no body
    // May the transport repeat it on a transient failure? GETs and status POSTs are idempotent;
    // a create never is (the caller looks for the object before trying again).
    bool idempotent = false;
    // For a list: fetch every page (size <= 200, position += size) and join the arrays.
    bool allPages = false;

    // What a successful answer must look like; anything else is Kind::Protocol.
    enum class Shape
    {
        Any,
        Object,
        Array
    };
    Shape expect = Shape::Any;
    // A create: the answer must carry the new object's id in Location (Kind::Protocol otherwise).
    bool expectsCreatedId = false;
    // Fields the engine cannot do without, e.g. "id": every item of a list answer (or the object
    // answer) must carry each of them with a value (not absent, null or empty; an id not 0), or the
    // call fails with Kind::Protocol naming the operation and the field. Everything else a server
    // leaves out is read as empty (ScmTypes.h).
    QStringList requiredFields;
    // What the caller gets instead of the (joined) answer, e.g. the one record of a list that SCM's
    // loose filter cannot pick itself. Empty: the answer as it came.
    std::function<QJsonValue(const QJsonValue &)> select;
};

// One HTTP attempt as it went over the wire, for an observer (the compatibility probe): the request
// without its headers (the password is in them) and the answer as it came, before any parsing.
struct ScmExchange
{
    QByteArray method;
    QString path;                                 // below /api/, e.g. "organization/v1/12"
    QList<QPair<QString, QString>> query;         // as sent, paging included
    QJsonValue requestBody;                       // Undefined: none (a status read sends the domain)
    int httpStatus = 0;                           // 0: no HTTP answer (network failure, deadline)
    QList<QPair<QByteArray, QByteArray>> headers; // Location, X-Total-Count, Content-Type when present
    QByteArray body;
};

// The one network stack every SCM call goes through: one QNetworkAccessManager (no cookie jar:
// calls as two admins share it), TLS trust (system store plus CA certificates the user added, never
// "ignore errors"), the engine's own bound on calls in flight (lowered on 429 / Retry-After), a
// deadline per request, and retries with capped exponential backoff and jitter for idempotent calls.
// The password header is never logged.
class ScmTransport : public QObject
{
    Q_OBJECT
public:
    explicit ScmTransport(QObject *parent = nullptr);
    ~ScmTransport() override;

    void addCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const;

    void setMaxInFlight(int max); // default 6
    int maxInFlight() const;
    int inFlight() const;

    void setRequestDeadlineMs(int ms); // default 30000: the whole request, not just inactivity
    int requestDeadlineMs() const;
    // Bounds every call sent from now on (clock time; invalid: no bound): no attempt starts and no
    // retry waits past it, and an attempt's deadline is min(its own, the time left). A call that hits
    // it fails with Kind::Timeout naming the host and what it waited for.
    void setRunDeadline(const QDateTime &clockTime);
    void setMaxAttempts(int attempts);         // default 5 (idempotent calls only)
    void setBackoff(int initialMs, int capMs); // default 500 ms doubling, capped at 8000 ms
    // The clock that backoff waits (and Retry-After) are measured in; default Clock::system().
    void setClock(Clock *clock);
    // The bound in force now: maxInFlight() lowered after 429 / Retry-After, climbing back after
    // successes.
    int effectiveMaxInFlight() const;
    // Requests waiting for a free slot (FIFO).
    int queued() const;

    ScmReply *send(const ScmCredentials &credentials, const ScmRequest &request);

    QNetworkAccessManager *networkAccessManager() const;

    // Called once per attempt that got an HTTP answer, on the transport's thread; empty: none.
    using ExchangeObserver = std::function<void(const ScmExchange &)>;
    void setExchangeObserver(ExchangeObserver observer);

    // Turns what a person pastes (portal URL https://host/customer/<uri>/..., API URL
    // https://host/api/..., a bare host) into the base URL; the customer URI of a portal URL is
    // returned through customerUri when asked for (left untouched when the input names none).
    // Plain http is upgraded to https except for loopback hosts (the simulator). An input that is
    // no http(s) URL gives an invalid QUrl.
    static QUrl normaliseBaseUrl(const QString &input, QString *customerUri = nullptr);
    static QUrl defaultBaseUrl();        // https://cert-manager.com
    static QList<QUrl> knownInstances(); // cert-manager.com, hard.cert-manager.com
    // A fresh id for X-Request-Id (also for replies that fail before anything is sent).
    static QByteArray newRequestId();

signals:
    // For the engine's journal: a changing request (not idempotent) is about to be sent / came back.
    void changingRequestSent(const QByteArray &requestId, const QByteArray &method, const QString &path);
    void changingRequestFinished(const QByteArray &requestId, int httpStatus, qint64 createdId);
    void inFlightChanged(int inFlight);
    // A server's certificate was refused (it is never ignored): what was wrong and the chain it
    // presented, so a person can be shown the certificate and offered to trust a CA file.
    void tlsRefused(const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain);

private:
    class Private;
    Private *d;
};
