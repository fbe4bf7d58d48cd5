#pragma once

#include "ScmError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

// The answer to one SCM call (after the transport's retries and, for lists, after all pages).
// Emits finished() exactly once, always asynchronously; the caller deletes it (deleteLater()).
class ScmReply : public QObject
{
    Q_OBJECT
public:
    explicit ScmReply(const QByteArray &requestId, QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const ScmError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // The parsed body; Undefined for an empty body (201, 204).
    QJsonValue json() const { return m_json; }
    QJsonObject object() const { return m_json.toObject(); }
    QJsonArray array() const { return m_json.toArray(); }
    // The id at the end of the Location header of a 201, 0 when there was none.
    qint64 createdId() const { return m_createdId; }
    // X-Total-Count of a list, -1 when the server did not send it.
    qint64 totalCount() const { return m_totalCount; }
    // The id the client minted for this call (sent as X-Request-Id, written to the engine's journal).
    QByteArray requestId() const { return m_requestId; }

    // Stops the call; finished() follows with Kind::Cancelled unless it had already finished.
    void abort();

    // Used by the transport to complete the reply.
    void complete(int httpStatus, const QJsonValue &json, qint64 createdId, qint64 totalCount);
    void fail(const ScmError &error);
    // A failure that still has a body worth keeping (SCM's error object, or a password state that
    // says EXPIRED): json() returns it.
    void fail(const ScmError &error, int httpStatus, const QJsonValue &json);

signals:
    void finished();
    void abortRequested();

private:
    QByteArray m_requestId;
    bool m_finished = false;
    ScmError m_error;
    int m_httpStatus = 0;
    QJsonValue m_json;
    qint64 m_createdId = 0;
    qint64 m_totalCount = -1;
};
