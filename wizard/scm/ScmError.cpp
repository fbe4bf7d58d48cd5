#include "ScmError.h"

ScmError::ScmError(Kind kind, int httpStatus, int scmCode, const QString &description, const QString &message)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_scmCode(scmCode)
    , m_description(description)
    , m_message(message)
{}

bool ScmError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::ServerError:
        return true;
    default:
        return false;
    }
}

bool ScmError::refusesCredentials() const
{
    if (m_kind == Kind::PasswordExpired || m_httpStatus == 401 || m_httpStatus == 403)
        return true;
    if (m_httpStatus != 400)
        return false;
    if (m_scmCode == -16 || m_scmCode == -970) // Unknown user; Incorrect login credentials
        return true;
    const QString lower = m_description.toLower();
    if (!lower.contains(QLatin1String("password")))
        return false;
    // Not the words of a password-policy answer ("Password must contain ...", "can't be the same").
    static const char *const mustChange[] = {
        "expired",     "must be changed", "must change", "has to be changed",
        "change your", "temporary",       "reset"};
    for (const char *words : mustChange)
        if (lower.contains(QLatin1String(words)))
            return true;
    return false;
}

QString ScmError::kindName(Kind kind)
{
    // Stable identifiers (logs, --json output, tests); not translated.
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::PasswordPolicy:
        return QStringLiteral("password-policy");
    case Kind::PasswordExpired:
        return QStringLiteral("password-expired");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
