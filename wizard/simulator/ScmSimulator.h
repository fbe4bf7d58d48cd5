#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class Clock;

// The behaviour the real SCM leaves undocumented, each a named option (DESIGN.md's table; the
// simulator's README says what each default assumes).
struct ScmSimulatorOptions
{
    enum class TempPassword
    {
        UiOnly,
        ApiChange
    };
    enum class Dialect
    {
        Current,
        Legacy
    };
    // How an API call made with a temporary password is refused (SCM's answer is undocumented):
    // 401 {code:-16} (the documented bad-credentials answer), 403, or a 400 whose description
    // speaks of the password.
    enum class TempPasswordRefusal
    {
        Unauthorized401,
        Forbidden403,
        BadRequest400
    };

    // How GET admin/v1/{id} answers `reseted`: Sectigo's schema (a yyyy-MM-dd date while the reset
    // password is temporary; the default), that date kept after the admin set its own (whether SCM
    // clears it is undocumented), a boolean (true while temporary), or never — the engine must decide
    // the same in each.
    enum class ResetedShape
    {
        Date,
        DateKept,
        Boolean,
        Absent
    };

    QString customerUri = QStringLiteral("demo");
    QString adminLogin = QStringLiteral("mrao-admin");
    QString adminPassword; // empty: a random one is generated at start
    TempPassword tempPassword = TempPassword::UiOnly;
    Dialect dialect = Dialect::Current;
    TempPasswordRefusal tempPasswordRefusal = TempPasswordRefusal::Unauthorized401;
    ResetedShape resetedShape = ResetedShape::Date;
    // N consecutive refused logins of one admin lock it (API and web page) until an MRAO sets its
    // password or unlockAdmin() is called; 0: never (SCM's lockout policy is undocumented).
    int lockoutAfter = 0;
    // --operator-password-expires-in-days: the lifetime of every password set for an admin other than
    // the simulator's own MRAO admin (created, reset by another admin, changed over the API or on the
    // web page), instead of SCM's 90 days; so `health` can be tested near an expiry without waiting.
    std::optional<int> operatorPasswordExpiresInDays;
    int validationDelaySeconds = 20;
    QString validationOutcome = QStringLiteral("VALIDATED"); // or FAILED
    // settings.LAST_ERR_MSG_FROM_CA of a FAILED validation.
    QString validationFailureMessage = QStringLiteral("The organization details could not be verified "
                                                      "against an official register (simulated).");
    int dcvDelaySeconds = 5;
    // What Sectigo decides about a submitted DCV order once the delay has passed: VALIDATED, or
    // REJECTED (orderStatus REJECTED, the domain stays NOT_VALIDATED; a new start issues a new record).
    QString dcvOutcome = QStringLiteral("VALIDATED");
    // The answer shape of Sectigo's documents: "25.5" (the REST document: validation list items carry
    // validationLevel) or "25.9" (the OpenAPI: only type and permittedCertTypes).
    QString schemaVersion = QStringLiteral("25.5");
    int latencyMs = 0;
    double faultRate = 0.0; // 0..1: 5xx, 429 with Retry-After, reset connection, truncated JSON
    // Which faults --fault-rate draws (FaultInjector::kindNames()); empty: 503, 429, reset, truncated.
    QStringList faultKinds;
    quint32 seed = 1;
    QString requestLogPath; // every request as one flushed JSON line
    QString statePath;      // JSON file that keeps the state across restarts; empty: memory only
    bool tls = false;       // HTTPS with a self-signed CA generated with OpenSSL at start
    QString replayPath;     // a `probe` file: answer its reads instead of simulating (ReplayApi)
    Clock *clock = nullptr; // nullptr: the wall clock

    // Days from a password change until it expires: SCM's 90, or operatorPasswordExpiresInDays for
    // any admin but the simulator's own MRAO admin.
    int passwordLifetimeDays(bool simulatorsOwnAdmin) const;
};

// A faithful stand-in for Sectigo Certificate Manager's REST API (and the minimal web page at
// /customer/<uri>/ where a new admin changes its temporary password), on QHttpServer.
class ScmSimulator : public QObject
{
    Q_OBJECT
public:
    explicit ScmSimulator(const ScmSimulatorOptions &options, QObject *parent = nullptr);
    ~ScmSimulator() override;

    // Listens on address:port (0 = any free port). False with a message in *error on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);

    QUrl baseUrl() const; // e.g. http://127.0.0.1:40123 (the API is below /api/)
    QString customerUri() const;
    QString adminLogin() const;
    QString adminPassword() const;
    QSslCertificate caCertificate() const; // null unless tls
    const ScmSimulatorOptions &options() const;

    // Test hooks: change what SCM would decide on its own.
    void setValidationOutcome(const QString &status, const QString &lastErrorFromCa = QString());
    void setValidationDelaySeconds(int seconds);
    void setDcvDelaySeconds(int seconds);
    void setDcvOutcome(const QString &outcome); // VALIDATED | REJECTED
    void setFaultRate(double rate);
    // False with *error for an unknown kind (the kinds drawn are then unchanged).
    bool setFaultKinds(const QStringList &kinds, QString *error);
    void setLatencyMs(int ms);
    // What an MRAO does in SCM's web interface for a locked admin: unlock it, failed count reset.
    // False when there is no such admin.
    bool unlockAdmin(const QString &login);
    // The whole state as JSON (the shape of --state FILE), for assertions.
    QJsonObject snapshot() const;

signals:
    // One per request, after it was answered (the request log's line).
    void requestHandled(const QJsonObject &logLine);

private:
    class Private;
    Private *d;
};
