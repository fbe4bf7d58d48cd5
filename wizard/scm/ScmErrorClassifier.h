#pragma once

#include "ScmError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// What the classifier needs to know about the call to write a message that names what to check.
struct ScmCallContext
{
    QByteArray method;
    QString path;
    QString host;    // e.g. "cert-manager.com" or "127.0.0.1:4711"
    QString baseUrl; // e.g. "https://cert-manager.com"
    QString login;
    QString customerUri;
};

// Sorts every way an SCM call can fail into one ScmError::Kind with a translated one-line message.
// The single place that knows SCM's error codes. Only codes documented in sectigo-scm-api.md §1.5
// (Sectigo's REST documentation 25.5) are mapped; everything else is sorted by HTTP status and by
// the words of SCM's description ("already exists", "not found", "password ... expired").
class ScmErrorClassifier
{
public:
    // A failure below HTTP: no answer arrived. `networkError` is a QNetworkReply::NetworkError;
    // `tlsProblems` are the QSslError texts reported during the handshake.
    static ScmError fromNetworkError(int networkError, const QString &errorString,
                                     const QStringList &tlsProblems, const ScmCallContext &context);
    // An HTTP answer of status >= 300 (or one whose SCM code says it failed).
    static ScmError fromHttpAnswer(int httpStatus, const QByteArray &body, const QByteArray &retryAfterHeader,
                                   const ScmCallContext &context, const QDateTime &now);
    static ScmError timeout(int deadlineMs, const ScmCallContext &context);
    // The run's deadline (ScmTransport::setRunDeadline) passed before the call could be answered.
    static ScmError runDeadline(const ScmCallContext &context);
    static ScmError cancelled();
    // The answer arrived but is not what SCM sends (bad JSON, missing Location, wrong shape).
    static ScmError protocol(int httpStatus, const QString &what, const ScmCallContext &context);
    // GET admin/v1/password said EXPIRED (or SCM refused a call because the password expired).
    static ScmError passwordExpired(int httpStatus, int scmCode, const QString &description,
                                    const ScmCallContext &context);

    // A successful answer that still means the caller cannot go on (a password state EXPIRED).
    static bool answerMeansPasswordExpired(const QByteArray &method, const QString &path,
                                           const QJsonValue &json);

    // Retry-After as seconds (delta-seconds or an HTTP date); -1 when absent or unreadable.
    // At most a year: nothing waits that long, and the milliseconds of it still fit in 64 bits.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // The kind SCM's own `code` stands for, Kind::None when the code alone does not say.
    static ScmError::Kind kindOfScmCode(int code);
};
