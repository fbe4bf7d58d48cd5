#include "ScmCall.h"

#include "Clock.h"
#include "ScmLogging.h"
#include "ScmOneShotBody.h"
#include "ScmReply.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace {

// No SCM answer comes near this (a page holds 200 objects): a larger one is not buffered whole but
// refused while it arrives.
constexpr qint64 MaxAnswerBytes = 32 * 1024 * 1024;

// SCM's documented page limit (OpenAPI: every `size` has maximum 200).
constexpr int PageSize = 200;
// A server that ignores `position` would page forever: 1000 pages are 200 000 objects.
constexpr int MaxPages = 1000;

// The id at the end of Location's path: absolute ("https://host/api/admin/v1/12") or relative
// ("/api/admin/v1/12", "12"), with or without a trailing slash, query or fragment.
qint64 idFromLocation(const QByteArray &location)
{
    static const QRegularExpression trailingId(QStringLiteral("(?:^|/)([0-9]+)/*$"));
    const QString path = QUrl(QString::fromLatin1(location.trimmed())).path();
    const QRegularExpressionMatch match = trailingId.match(path);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// Whether an absolute Location names a host (or port) other than the one asked: its id would be some
// other server's, not the object this call created.
bool locationIsElsewhere(const QByteArray &location, const QUrl &asked)
{
    const QUrl url(QString::fromLatin1(location.trimmed()));
    if (url.host().isEmpty())
        return false; // relative: on the host asked
    const auto portOf = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("http") ? 80 : 443); };
    // localhost and 127.0.0.1 are one host (a simulator may name itself either way).
    const auto isLoopback = [](const QString &host) {
        return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
               QHostAddress(host).isLoopback();
    };
    const bool sameHost = url.host().compare(asked.host(), Qt::CaseInsensitive) == 0 ||
                          (isLoopback(url.host()) && isLoopback(asked.host()));
    return !sameHost || portOf(url) != portOf(asked);
}

// SCM's error object ({code, description} and perhaps items, details) and nothing else, with a code
// that is not 0: an error, whatever the HTTP status said.
bool isScmErrorObject(const QJsonValue &json)
{
    if (!json.isObject())
        return false;
    const QJsonObject object = json.toObject();
    if (!object.contains(QLatin1String("code")) || !object.contains(QLatin1String("description")))
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList errorFields{QStringLiteral("code"), QStringLiteral("description"),
                                             QStringLiteral("items"), QStringLiteral("details")};
        if (!errorFields.contains(it.key()))
            return false;
    }
    const QJsonValue code = object.value(QLatin1String("code"));
    return (code.isDouble() && code.toDouble() != 0) ||
           (code.isString() && code.toString().trimmed().toInt() != 0);
}

// Whether `value` is something: not absent, null or empty, and (for ids) not 0.
bool hasValue(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined() || value.isNull())
        return false;
    const bool isId = field == QLatin1String("id") || field.endsWith(QLatin1String("Id"));
    if (value.isString()) {
        const QString written = value.toString().trimmed();
        if (isId)
            return written.toLongLong() != 0 || (!written.isEmpty() && written.toDouble() != 0);
        return !written.isEmpty();
    }
    if (value.isDouble())
        return !isId || value.toDouble() != 0;
    return true;
}

// The first required field an answer lacks, as "id" or "[3].id"; empty when none is missing.
QString missingField(const QJsonValue &answer, const QStringList &required)
{
    if (required.isEmpty())
        return QString();
    if (answer.isArray()) {
        const QJsonArray items = answer.toArray();
        for (qsizetype index = 0; index < items.size(); ++index)
            for (const QString &field : required)
                if (!hasValue(items.at(index).toObject().value(field), field))
                    return QStringLiteral("[%1].%2").arg(index).arg(field);
        return QString();
    }
    const QJsonObject object = answer.toObject();
    for (const QString &field : required)
        if (!hasValue(object.value(field), field))
            return field;
    return QString();
}

QString encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QByteArray encoded;
    for (const auto &item : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        // '+' in a login must arrive as '+', not as a space: encode everything but unreserved.
        encoded += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return QString::fromLatin1(encoded);
}

} // namespace

ScmCall::ScmCall(const ScmCredentials &credentials, const ScmRequest &request, ScmReply *reply,
                 const ScmCallSettings &settings, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_request(request)
    , m_reply(reply)
    , m_settings(settings)
    , m_requestId(reply->requestId())
{
    m_context.method = request.method;
    m_context.path = request.path;
    m_context.host = credentials.baseUrl.authority();
    m_context.baseUrl = credentials.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    m_context.login = credentials.login;
    m_context.customerUri = credentials.customerUri;
    if (!m_settings.clock)
        m_settings.clock = Clock::system();

    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(m_deadline, &QTimer::timeout, this, &ScmCall::onDeadline);
    m_backoff = new QTimer(this);
    m_backoff->setSingleShot(true);
    connect(m_backoff, &QTimer::timeout, this, [this] { emit wantsSlot(true); });
}

ScmCall::~ScmCall()
{
    releaseNetworkReply();
}

void ScmCall::begin()
{
    emit wantsSlot(false);
}

QUrl ScmCall::attemptUrl() const
{
    QUrl url = m_credentials.baseUrl;
    url.setPath(QStringLiteral("/api/") + m_request.path);
    QList<QPair<QString, QString>> query = m_request.query;
    if (m_request.allPages) {
        query.append({QStringLiteral("size"), QString::number(PageSize)});
        query.append({QStringLiteral("position"), QString::number(m_position)});
    }
    if (!query.isEmpty())
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    return url;
}

qint64 ScmCall::msLeftInRun() const
{
    if (!m_settings.runEndsAt.isValid())
        return std::numeric_limits<qint64>::max();
    return m_settings.clock->realDelayMs(m_settings.clock->now().msecsTo(m_settings.runEndsAt));
}

void ScmCall::startAttempt()
{
    if (m_done) {
        emit attemptFinished(AttemptOutcome::Failure);
        return;
    }
    // The run's deadline bounds every request: none starts after it (nothing is sent).
    const qint64 left = msLeftInRun();
    if (left <= 0) {
        emit attemptFinished(AttemptOutcome::Failure);
        failWith(ScmErrorClassifier::runDeadline(m_context), QJsonValue());
        return;
    }
    m_attemptBudgetMs = std::min<qint64>(m_settings.deadlineMs, left);
    ++m_attempt;
    m_tlsProblems.clear();

    const QUrl url = attemptUrl();
    QNetworkRequest request(url);
    request.setRawHeader("login", m_credentials.login.toUtf8());
    request.setRawHeader("password", m_credentials.password.toUtf8());
    request.setRawHeader("customerUri", m_credentials.customerUri.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Request-Id", m_requestId);
    // A redirect would carry the password header to wherever it points: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_settings.customTrust && m_settings.tls && url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*m_settings.tls);

    QByteArray body;
    const bool hasBody = !m_request.body.isUndefined() && !m_request.body.isNull();
    if (hasBody) {
        const QJsonDocument document = m_request.body.isArray() ? QJsonDocument(m_request.body.toArray())
                                                                : QJsonDocument(m_request.body.toObject());
        body = document.toJson(QJsonDocument::Compact);
        request.setRawHeader("Content-Type", "application/json;charset=utf-8");
    }

    if (!m_request.idempotent && !m_changingAnnounced) {
        m_changingAnnounced = true;
        emit changingRequestSent(m_requestId, m_request.method, m_request.path);
        if (m_done) {
            // Aborted by whoever heard "sent" (a journal that could not record it): never send.
            emit attemptFinished(AttemptOutcome::Failure);
            return;
        }
    }

    QNetworkAccessManager *network = m_settings.network;
    const QByteArray &method = m_request.method;
    if (!m_request.idempotent) {
        // Sent at most once, also by Qt itself: see ScmOneShotBody.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *oneShot = new ScmOneShotBody(body);
        m_networkReply = network->sendCustomRequest(request, method, oneShot);
        oneShot->setParent(m_networkReply);
    } else if (method == "GET") {
        m_networkReply = network->get(request);
    } else {
        m_networkReply = network->sendCustomRequest(request, method, body);
    }

    connect(m_networkReply, &QNetworkReply::finished, this, &ScmCall::onNetworkFinished);
    m_answerTooLarge = false;
    connect(m_networkReply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if ((received > MaxAnswerBytes || total > MaxAnswerBytes) && m_networkReply && !m_answerTooLarge) {
            m_answerTooLarge = true;
            m_networkReply->abort(); // finishes the reply: onNetworkFinished() reports it
        }
    });
    // Recorded for the message; never ignored.
    connect(m_networkReply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsProblems.append(error.errorString());
    });
    m_attemptTimer.start();
    m_deadline->start(int(m_attemptBudgetMs));
}

void ScmCall::releaseNetworkReply()
{
    m_deadline->stop();
    if (!m_networkReply)
        return;
    QNetworkReply *reply = m_networkReply;
    m_networkReply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void ScmCall::logAttempt(int httpStatus, const QString &outcome) const
{
    qCDebug(lcScm).noquote() << m_request.method << m_request.path << "->" << httpStatus << outcome << "in"
                             << m_attemptTimer.elapsed() << "ms, attempt" << m_attempt << "id" << m_requestId;
}

void ScmCall::onDeadline()
{
    if (!m_networkReply)
        return;
    releaseNetworkReply();
    logAttempt(0, QStringLiteral("deadline"));
    emit attemptFinished(AttemptOutcome::Failure);
    handleFailure(ScmErrorClassifier::timeout(int(m_attemptBudgetMs), m_context), false);
}

void ScmCall::onNetworkFinished()
{
    QNetworkReply *reply = m_networkReply;
    if (!reply)
        return;
    m_deadline->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_answerTooLarge) {
        // Aborted while it arrived (nothing left to read). Not a network failure to retry: the same
        // server would send the same answer.
        releaseNetworkReply();
        handleFailure(ScmErrorClassifier::protocol(
                          status,
                          QCoreApplication::translate("ScmError", "the answer is larger than %1 MiB")
                              .arg(MaxAnswerBytes / (1024 * 1024)),
                          m_context),
                      false);
        return;
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    const QByteArray body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    const QByteArray totalHeader = reply->rawHeader("X-Total-Count");
    if (m_settings.observer && status != 0) {
        ScmExchange exchange;
        exchange.method = m_request.method;
        exchange.path = m_request.path;
        exchange.query = QUrlQuery(reply->url()).queryItems(QUrl::FullyDecoded);
        exchange.requestBody = m_request.body;
        exchange.httpStatus = status;
        for (const QByteArray &name :
             {QByteArray("Location"), QByteArray("X-Total-Count"), QByteArray("Content-Type")}) {
            if (reply->hasRawHeader(name))
                exchange.headers.append({name, reply->rawHeader(name)});
        }
        exchange.body = body;
        m_settings.observer(exchange);
    }
    releaseNetworkReply();

    if (status == 0 || (status >= 200 && status < 300 && networkError != QNetworkReply::NoError)) {
        // No answer, or one cut off mid-body: both below HTTP.
        logAttempt(status, QStringLiteral("network error %1").arg(int(networkError)));
        emit attemptFinished(AttemptOutcome::Failure);
        handleFailure(
            ScmErrorClassifier::fromNetworkError(networkError, errorString, m_tlsProblems, m_context),
            status != 0);
        return;
    }

    if (status < 200 || status >= 300) {
        const ScmError error =
            ScmErrorClassifier::fromHttpAnswer(status, body, retryAfter, m_context, m_settings.clock->now());
        logAttempt(status, ScmError::kindName(error.kind()));
        emit attemptFinished(error.kind() == ScmError::Kind::RateLimited ? AttemptOutcome::RateLimited
                                                                         : AttemptOutcome::Failure);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        handleFailure(error, false, document.isObject() ? QJsonValue(document.object()) : QJsonValue());
        return;
    }

    logAttempt(status, QStringLiteral("ok"));
    emit attemptFinished(AttemptOutcome::Success);

    // Empty bodies (201, 204, a 200 without content) are never parsed.
    QJsonValue json(QJsonValue::Undefined);
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            handleFailure(
                ScmErrorClassifier::protocol(
                    status,
                    QCoreApplication::translate("ScmError", "invalid JSON: %1").arg(parseError.errorString()),
                    m_context),
                true);
            return;
        }
        json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

    if (isScmErrorObject(json)) {
        // A 200 that carries SCM's error object (a gateway or an old SCM that answers errors so) is
        // the error it describes, classified as SCM's usual 400 would be.
        const ScmError asError =
            ScmErrorClassifier::fromHttpAnswer(400, body, retryAfter, m_context, m_settings.clock->now());
        failWith(
            ScmError(asError.kind(), status, asError.scmCode(), asError.description(), asError.message()),
            json);
        return;
    }
    if (locationIsElsewhere(location, m_credentials.baseUrl)) {
        handleFailure(
            ScmErrorClassifier::protocol(
                status,
                QCoreApplication::translate("ScmError", "the Location header \"%1\" points at another host")
                    .arg(QString::fromLatin1(location.trimmed())),
                m_context),
            false);
        return;
    }
    const qint64 createdId = idFromLocation(location);
    if ((status == 201 || m_request.expectsCreatedId) && createdId == 0) {
        handleFailure(
            ScmErrorClassifier::protocol(
                status,
                QCoreApplication::translate("ScmError", "no object id in the Location header \"%1\"")
                    .arg(QString::fromLatin1(location.trimmed())),
                m_context),
            false);
        return;
    }
    const bool wantsArray = m_request.allPages || m_request.expect == ScmRequest::Shape::Array;
    if ((wantsArray && !json.isArray()) ||
        (m_request.expect == ScmRequest::Shape::Object && !json.isObject())) {
        handleFailure(ScmErrorClassifier::protocol(
                          status,
                          wantsArray ? QCoreApplication::translate("ScmError", "a JSON array was expected")
                                     : QCoreApplication::translate("ScmError", "a JSON object was expected"),
                          m_context),
                      false);
        return;
    }
    if (ScmErrorClassifier::answerMeansPasswordExpired(m_request.method, m_request.path, json)) {
        failWith(ScmErrorClassifier::passwordExpired(status, 0, QString(), m_context), json);
        return;
    }

    bool totalKnown = false;
    const qint64 total = totalHeader.trimmed().toLongLong(&totalKnown);
    handlePage(status, json, createdId, totalKnown ? total : -1);
}

void ScmCall::handlePage(int httpStatus, const QJsonValue &json, qint64 createdId, qint64 totalCount)
{
    if (!m_request.allPages) {
        finishWith(httpStatus, json, createdId, totalCount);
        return;
    }
    const QJsonArray page = json.toArray();
    for (const QJsonValue &item : page)
        m_collected.append(item);
    ++m_pages;
    const bool shortPage = page.size() < PageSize;
    const bool reachedTotal = totalCount >= 0 && m_collected.size() >= totalCount;
    if (shortPage || reachedTotal) {
        finishWith(httpStatus, m_collected, 0, totalCount);
        return;
    }
    if (m_pages >= MaxPages) {
        failWith(ScmErrorClassifier::protocol(
                     httpStatus, QCoreApplication::translate("ScmError", "the list does not end"), m_context),
                 QJsonValue());
        return;
    }
    m_position += PageSize;
    m_attempt = 0;
    emit wantsSlot(true);
}

void ScmCall::handleFailure(const ScmError &error, bool truncatedAnswer, const QJsonValue &errorBody)
{
    if (m_settings.retry.shouldRetry(error, m_request.idempotent, m_attempt, truncatedAnswer)) {
        const qint64 delay = m_settings.retry.delayMs(error, m_attempt, QRandomGenerator::global());
        const qint64 realDelay = m_settings.clock->realDelayMs(delay);
        // A retry that could only start after the run's deadline is not made: this error ends it.
        if (realDelay < msLeftInRun()) {
            qCInfo(lcScm).noquote() << m_request.method << m_request.path << "failed with"
                                    << ScmError::kindName(error.kind()) << "- retrying in" << delay
                                    << "ms, id" << m_requestId;
            m_backoff->start(int(std::clamp<qint64>(realDelay, 0, std::numeric_limits<int>::max())));
            return;
        }
    }
    failWith(error, errorBody);
}

void ScmCall::finishWith(int httpStatus, const QJsonValue &json, qint64 createdId, qint64 totalCount)
{
    if (m_done)
        return;
    if (const QString missing = missingField(json, m_request.requiredFields); !missing.isEmpty()) {
        failWith(
            ScmErrorClassifier::protocol(
                httpStatus,
                QCoreApplication::translate("ScmError", "the field \"%1\" is missing or empty").arg(missing),
                m_context),
            json);
        return;
    }
    m_done = true;
    if (m_reply)
        m_reply->complete(httpStatus, m_request.select ? m_request.select(json) : json, createdId,
                          totalCount);
    if (m_changingAnnounced)
        emit changingRequestFinished(m_requestId, httpStatus, createdId);
    emit done();
}

void ScmCall::failWith(const ScmError &error, const QJsonValue &errorBody)
{
    if (m_done)
        return;
    m_done = true;
    qCDebug(lcScm).noquote() << m_request.method << m_request.path
                             << "failed:" << ScmError::kindName(error.kind()) << "status"
                             << error.httpStatus() << "code" << error.scmCode() << "id" << m_requestId;
    if (m_reply)
        m_reply->fail(error, error.httpStatus(), errorBody);
    // An abandoned change has no outcome: the journal keeps it as "sent" (it may have reached SCM).
    if (m_changingAnnounced && !m_abandoned)
        emit changingRequestFinished(m_requestId, error.httpStatus(), 0);
    emit done();
}

void ScmCall::abort()
{
    if (m_done)
        return;
    m_backoff->stop();
    const bool onTheWire = m_networkReply != nullptr;
    m_abandoned = onTheWire;
    releaseNetworkReply();
    if (onTheWire) {
        logAttempt(0, QStringLiteral("aborted"));
        emit attemptFinished(AttemptOutcome::Failure);
    }
    failWith(ScmErrorClassifier::cancelled(), QJsonValue());
}
