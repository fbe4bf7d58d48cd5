#include "ScmErrorClassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkReply>

#include <algorithm>

namespace {

// SCM's description, or a neutral placeholder when it sent none.
QString said(const QString &description)
{
    return description.isEmpty() ? QCoreApplication::translate("ScmError", "no description") : description;
}

bool mentionsExpiredPassword(const QString &description)
{
    const QString lower = description.toLower();
    return lower.contains(QLatin1String("password")) && lower.contains(QLatin1String("expired"));
}

// SCM documents no code for "an admin with this login exists" or "an organisation of this name
// exists" (sectigo-scm-api.md §1.5), and no code for most "not found" answers: the description is
// what says it. Assumption: a real SCM words these as its documented messages do ("Such domain
// already exists", "Organization '{0}' not found.", "The domain '{0}' does not exist.",
// "Customer {0} cannot be found.").
bool mentionsDuplicate(const QString &description)
{
    const QString lower = description.toLower();
    return lower.contains(QLatin1String("already exist")) || lower.contains(QLatin1String("duplicate"));
}

bool mentionsNotFound(const QString &description)
{
    const QString lower = description.toLower();
    return lower.contains(QLatin1String("not found")) || lower.contains(QLatin1String("does not exist")) ||
           lower.contains(QLatin1String("cannot be found")) || lower.contains(QLatin1String("not exist"));
}

} // namespace

ScmError::Kind ScmErrorClassifier::kindOfScmCode(int code)
{
    using Kind = ScmError::Kind;
    switch (code) {
    case -16:  // Unknown user
    case -970: // Incorrect login credentials
        return Kind::Unauthorized;
    case -3:   // You are not authorized to perform {0}
    case -25:  // You are not authorized to execute {0}
    case -37:  // Access denied
    case -226: // no privileges required to manage <org>
    case -233: // no privilege to create this admin user
    case -234: // no privilege to modify the privileges of this admin
    case -253: // no privilege to modify the role of this admin
    case -256: // no privilege to assign DCV privileges
        return Kind::Forbidden;
    case -1023: // Organization '{0}' not found.
    case -727:  // The domain '{0}' does not exist.
    case -410:  // Customer {0} cannot be found.
        return Kind::NotFound;
    case -700: // Such domain already exists
        return Kind::Conflict;
    // No other "exists" or "not found" code is documented: an admin login or organisation name
    // taken, an admin or validation id unknown are recognised by status and description
    // (mentionsDuplicate, mentionsNotFound), whatever code the server gives them.
    case -7306: // Password policy violated
    case -976:  // New password must be between {0} and 32 characters
    case -977:  // New password length must be 32 characters
    case -982:  // New password must not contain Login
    case -220:  // Password can't be the same
        return Kind::PasswordPolicy;
    case -109:  // Certificate is not available now, please try again later
    case -140:  // CSR decoding temporarily unavailable
    case -195:  // CA is not available now
    case -1400: // The request is being processed by Sectigo
        return Kind::RateLimited;
    default:
        return Kind::None;
    }
}

ScmError ScmErrorClassifier::fromNetworkError(int networkError, const QString &errorString,
                                              const QStringList &tlsProblems, const ScmCallContext &context)
{
    using Kind = ScmError::Kind;
    const auto error = QNetworkReply::NetworkError(networkError);
    const QString host = context.host;

    if (error == QNetworkReply::SslHandshakeFailedError || !tlsProblems.isEmpty()) {
        const QString problem = tlsProblems.isEmpty() ? errorString : tlsProblems.join(QLatin1String("; "));
        return ScmError(
            Kind::Tls, 0, 0, errorString,
            QCoreApplication::translate(
                "ScmError",
                "The TLS certificate of %1 is not trusted (%2). If the server or a TLS-inspecting "
                "proxy uses its own certificate authority, add that CA certificate file.")
                .arg(host, problem));
    }

    QString message;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        message = QCoreApplication::translate(
                      "ScmError",
                      "Cannot find the SCM server %1: check the address and your DNS or proxy settings.")
                      .arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        message = QCoreApplication::translate(
                      "ScmError",
                      "The SCM server %1 refused the connection: check the address and port, and that no "
                      "firewall blocks it.")
                      .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed after reading a changing request: never sent twice
        message =
            QCoreApplication::translate(
                "ScmError", "The SCM server %1 closed the connection before answering: try again later.")
                .arg(host);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        message =
            QCoreApplication::translate(
                "ScmError", "The proxy failed the connection to %1 (%2): check the system proxy settings.")
                .arg(host, errorString);
        break;
    default:
        message = QCoreApplication::translate(
                      "ScmError",
                      "Cannot reach the SCM server %1 (%2): check the network connection and try again.")
                      .arg(host, errorString);
        break;
    }
    return ScmError(Kind::Network, 0, 0, errorString, message);
}

ScmError ScmErrorClassifier::fromHttpAnswer(int httpStatus, const QByteArray &body,
                                            const QByteArray &retryAfterHeader, const ScmCallContext &context,
                                            const QDateTime &now)
{
    using Kind = ScmError::Kind;
    int code = 0;
    QString description;
    // SCM's error body is {code, description}; anything else (an HTML error page of a proxy, an
    // empty body) leaves only the HTTP status to go by. Empty bodies are never parsed.
    if (!body.trimmed().isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (document.isObject()) {
            const QJsonObject object = document.object();
            // A code may come as a string ("-16"), a description may be null or absent.
            const QJsonValue codeValue = object.value(QLatin1String("code"));
            code = codeValue.isString() ? codeValue.toString().trimmed().toInt() : codeValue.toInt();
            description = object.value(QLatin1String("description")).toString();
        }
    }
    const QString operation = QString::fromLatin1(context.method) + QLatin1Char(' ') + context.path;

    Kind kind = kindOfScmCode(code);
    if (httpStatus == 429)
        kind = Kind::RateLimited;
    else if (kind == Kind::None || kind == Kind::Unauthorized) {
        if (mentionsExpiredPassword(description))
            kind = Kind::PasswordExpired;
        else if (kind == Kind::None) {
            if (httpStatus == 401)
                kind = Kind::Unauthorized;
            else if (httpStatus == 403)
                kind = Kind::Forbidden;
            else if (httpStatus == 404)
                kind = Kind::NotFound;
            else if (httpStatus == 409 || (httpStatus == 400 && mentionsDuplicate(description)))
                kind = Kind::Conflict;
            else if (httpStatus == 400 && mentionsNotFound(description))
                kind = Kind::NotFound; // SCM answers most unknown ids with 400 and a text
            else if (httpStatus >= 500)
                kind = Kind::ServerError;
            else if (httpStatus >= 400)
                kind = Kind::InvalidInput;
            else
                kind = Kind::Protocol; // a redirect, or a 1xx where an answer was due
        }
    }

    QString message;
    switch (kind) {
    case Kind::Unauthorized:
        message =
            QCoreApplication::translate(
                "ScmError",
                "SCM at %1 refused the login \"%2\" for customer URI \"%3\" (code %4). Check: the password; "
                "the customer URI and the SCM instance; that the admin is not IdP-only; that the password "
                "has not expired; that this address is not blocked; for a new admin, that its temporary "
                "password was changed in the web interface.")
                .arg(context.host, context.login, context.customerUri,
                     QString::number(code != 0 ? code : httpStatus));
        break;
    case Kind::PasswordExpired:
        return passwordExpired(httpStatus, code, description, context);
    case Kind::Forbidden:
        message = QCoreApplication::translate(
                      "ScmError", "The admin \"%1\" may not do %2: it lacks a role or privilege (SCM: %3).")
                      .arg(context.login, operation, said(description));
        break;
    case Kind::NotFound:
        message = QCoreApplication::translate("ScmError", "SCM does not know what %1 asks for (SCM: %2).")
                      .arg(operation, said(description));
        break;
    case Kind::Conflict:
        message = QCoreApplication::translate(
                      "ScmError", "The object exists already in SCM (SCM: %1): look it up and use it.")
                      .arg(said(description));
        break;
    case Kind::PasswordPolicy:
        message = QCoreApplication::translate(
                      "ScmError", "The new password does not meet SCM's password policy (SCM: %1).")
                      .arg(said(description));
        break;
    case Kind::RateLimited:
        message = QCoreApplication::translate("ScmError",
                                              "SCM is busy or asks for fewer requests (%1): try again later.")
                      .arg(description.isEmpty()
                               ? QCoreApplication::translate("ScmError", "HTTP %1").arg(httpStatus)
                               : description);
        break;
    case Kind::ServerError:
        message =
            QCoreApplication::translate(
                "ScmError", "SCM failed with a server error (HTTP %1) on %2 (SCM: %3): try again later.")
                .arg(QString::number(httpStatus), operation, said(description));
        break;
    case Kind::Protocol:
        return protocol(httpStatus,
                        QCoreApplication::translate("ScmError", "unexpected HTTP status %1").arg(httpStatus),
                        context);
    default:
        message = QCoreApplication::translate("ScmError", "SCM rejected %1 as invalid (SCM: %2).")
                      .arg(operation, said(description));
        break;
    }
    ScmError error(kind, httpStatus, code, description, message);
    error.setRetryAfterSeconds(parseRetryAfter(retryAfterHeader, now));
    return error;
}

ScmError ScmErrorClassifier::timeout(int deadlineMs, const ScmCallContext &context)
{
    const QString seconds = QLocale().toString(double(deadlineMs) / 1000.0, 'g', 3);
    return ScmError(
        ScmError::Kind::Timeout, 0, 0, QString(),
        QCoreApplication::translate(
            "ScmError",
            "SCM at %1 did not answer %2 %3 within %4 seconds: check the network and try again later.")
            .arg(context.host, QString::fromLatin1(context.method), context.path, seconds));
}

ScmError ScmErrorClassifier::runDeadline(const ScmCallContext &context)
{
    return ScmError(ScmError::Kind::Timeout, 0, 0, QString(),
                    QCoreApplication::translate("ScmError",
                                                "SCM at %1 had not answered %2 %3 when the run's deadline "
                                                "passed: check the network and try again later.")
                        .arg(context.host, QString::fromLatin1(context.method), context.path));
}

ScmError ScmErrorClassifier::cancelled()
{
    return ScmError(ScmError::Kind::Cancelled, 0, 0, QString(),
                    QCoreApplication::translate("ScmError", "The request to SCM was cancelled."));
}

ScmError ScmErrorClassifier::protocol(int httpStatus, const QString &what, const ScmCallContext &context)
{
    return ScmError(
        ScmError::Kind::Protocol, httpStatus, 0, what,
        QCoreApplication::translate(
            "ScmError",
            "The answer of %1 to %2 %3 is not what SCM sends (%4): check that the base URL points at "
            "SCM.")
            .arg(context.host, QString::fromLatin1(context.method), context.path, what));
}

ScmError ScmErrorClassifier::passwordExpired(int httpStatus, int scmCode, const QString &description,
                                             const ScmCallContext &context)
{
    return ScmError(ScmError::Kind::PasswordExpired, httpStatus, scmCode, description,
                    QCoreApplication::translate(
                        "ScmError",
                        "The password of \"%1\" has expired: set a new one (log in at %2/customer/%3/ or "
                        "ask an MRAO admin) and try again.")
                        .arg(context.login, context.baseUrl, context.customerUri));
}

qint64 ScmErrorClassifier::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    constexpr qint64 aYear = 366LL * 24 * 3600;
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::min(seconds, aYear) : -1;
    // More digits than 64 bits hold are still a number of seconds: a very long one.
    if (trimmed.size() > 18 &&
        std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return aYear;
    // An HTTP date (IMF-fixdate): "Wed, 21 May 2025 12:00:30 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    when.setTimeSpec(Qt::UTC);
    if (!when.isValid())
        return -1;
    return std::clamp<qint64>(now.secsTo(when), 0, aYear);
}

bool ScmErrorClassifier::answerMeansPasswordExpired(const QByteArray &method, const QString &path,
                                                    const QJsonValue &json)
{
    // GET admin/v1/password answers 200 even when the caller's password has expired.
    return method == "GET" && path == QLatin1String("admin/v1/password") &&
           json.toObject()
                   .value(QLatin1String("state"))
                   .toString()
                   .trimmed()
                   .compare(QLatin1String("EXPIRED"), Qt::CaseInsensitive) == 0;
}
