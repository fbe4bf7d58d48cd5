#pragma once

#include <QString>

// What went wrong with one SCM call, sorted into kinds a caller can act on. Keeps the HTTP status
// and SCM's own {code, description} so nothing the server said is lost.
class ScmError
{
public:
    enum class Kind
    {
        None,
        Network,         // connection refused, reset, host not found, proxy failure
        Tls,             // certificate not trusted, handshake failure
        Timeout,         // the request's deadline passed
        Unauthorized,    // 401 / -16 / -970: see message() for what that can mean
        Forbidden,       // the admin lacks a role or privilege (-3, -25, -37, -226, -233, ...)
        NotFound,        // 404, unknown org/domain/admin
        Conflict,        // the object exists already (-700 duplicate domain, duplicate name/login)
        InvalidInput,    // 400 with a field problem (-7, -39, -1601, ...)
        PasswordPolicy,  // -7306, -976, -977, -982, -220
        PasswordExpired, // the caller's password has expired
        RateLimited,     // 429 or an SCM "try again later" code (-109, -140, -195, -1400)
        ServerError,     // 5xx
        Protocol,        // bad JSON, missing Location, an answer of the wrong shape
        Cancelled,       // the caller aborted the call
    };

    ScmError() = default;
    ScmError(Kind kind, int httpStatus, int scmCode, const QString &description, const QString &message);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // SCM's numeric `code` from the error body, 0 when there was none.
    int scmCode() const { return m_scmCode; }
    // SCM's `description`, verbatim.
    QString description() const { return m_description; }
    // One line a person can read (translated), naming what to check.
    QString message() const { return m_message; }
    // Seconds the server asked us to wait (Retry-After), -1 when it did not say. 64-bit: a server may
    // say anything, and every wait made of it is capped by whoever waits (ScmRetryPolicy).
    qint64 retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(qint64 seconds) { m_retryAfterSeconds = seconds; }

    // Whether repeating an idempotent request may help (network, timeout, 5xx, rate limits).
    bool isTransient() const;
    // Whether SCM refused the caller's credentials in a way that can mean "a person must set a new
    // password" (a temporary or expired one): any 401, a 403, an expired password, and a 400 whose
    // code is -16 / -970 or whose description speaks of the password being expired, temporary,
    // reset or to be changed. How SCM refuses a temporary password is undocumented (issue 12), so
    // the password step treats every such refusal alike instead of failing hard.
    bool refusesCredentials() const;

    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_scmCode = 0;
    QString m_description;
    QString m_message;
    qint64 m_retryAfterSeconds = -1;
};
