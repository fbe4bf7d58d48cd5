#pragma once

#include "ScmErrorClassifier.h"
#include "ScmRetryPolicy.h"
#include "ScmTransport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class ScmReply;

// What every call of one transport shares.
struct ScmCallSettings
{
    QNetworkAccessManager *network = nullptr;
    bool customTrust = false; // use `tls` on https requests (system CAs + the ones the user added)
    // Built by the transport for the first https request that needs it, never before: a
    // QSslConfiguration loads the TLS backend and OpenSSL, which nothing needs at start-up.
    std::optional<QSslConfiguration> tls;
    int deadlineMs = 30000;
    // When the whole run must be over, in clock time (invalid: no bound): no attempt starts and no
    // retry waits past it, and an attempt gets at most the time left.
    QDateTime runEndsAt;
    ScmRetryPolicy retry;
    Clock *clock = nullptr;
    ScmTransport::ExchangeObserver observer;
};

// The life of one ScmReply inside the transport: its attempts (each with its own deadline), the
// waits between them, its pages, and the end. It never starts an attempt by itself: it asks the
// transport for a slot (wantsSlot) and starts when given one (startAttempt), so the transport's
// bound on calls in flight holds.
class ScmCall : public QObject
{
    Q_OBJECT
public:
    enum class AttemptOutcome
    {
        Success,
        RateLimited,
        Failure
    };

    ScmCall(const ScmCredentials &credentials, const ScmRequest &request, ScmReply *reply,
            const ScmCallSettings &settings, QObject *parent);
    ~ScmCall() override;

    bool isDone() const { return m_done; }
    QByteArray requestId() const { return m_requestId; }

    // Queue for the first attempt.
    void begin();
    // The transport gave this call a slot: send the next attempt.
    void startAttempt();
    // Stop wherever the call is (queued, waiting to retry, on the wire); the reply fails with
    // Cancelled.
    void abort();

signals:
    void wantsSlot(bool resumed); // resumed: a retry or the next page (goes to the queue's front)
    void attemptFinished(ScmCall::AttemptOutcome outcome); // the slot is free again
    void changingRequestSent(const QByteArray &requestId, const QByteArray &method, const QString &path);
    void changingRequestFinished(const QByteArray &requestId, int httpStatus, qint64 createdId);
    void done();

private:
    void onNetworkFinished();
    void onDeadline();
    void handleFailure(const ScmError &error, bool truncatedAnswer,
                       const QJsonValue &errorBody = QJsonValue());
    void handlePage(int httpStatus, const QJsonValue &json, qint64 createdId, qint64 totalCount);
    void finishWith(int httpStatus, const QJsonValue &json, qint64 createdId, qint64 totalCount);
    void failWith(const ScmError &error, const QJsonValue &errorBody);
    void releaseNetworkReply();
    void logAttempt(int httpStatus, const QString &outcome) const;
    QUrl attemptUrl() const;
    // Real milliseconds until settings.runEndsAt; a very large number without one.
    qint64 msLeftInRun() const;

    ScmCredentials m_credentials;
    ScmRequest m_request;
    QPointer<ScmReply> m_reply;
    ScmCallSettings m_settings;
    ScmCallContext m_context;
    QByteArray m_requestId;

    QNetworkReply *m_networkReply = nullptr;
    QTimer *m_deadline = nullptr;
    QTimer *m_backoff = nullptr;
    QElapsedTimer m_attemptTimer;
    QStringList m_tlsProblems;
    qint64 m_attemptBudgetMs = 0;  // the current attempt's deadline (its own, or the run's rest)
    bool m_answerTooLarge = false; // aborted: the answer passed MaxAnswerBytes
    int m_attempt = 0;             // of the current page
    bool m_done = false;
    bool m_changingAnnounced = false;
    bool m_abandoned = false; // aborted while on the wire: its outcome is unknown

    // Paging
    int m_position = 0;
    int m_pages = 0;
    QJsonArray m_collected;
};
