#include "ScmReply.h"

#include "ScmErrorClassifier.h"

#include <QMetaObject>

ScmReply::ScmReply(const QByteArray &requestId, QObject *parent)
    : QObject(parent)
    , m_requestId(requestId)
{}

void ScmReply::abort()
{
    if (m_finished)
        return;
    emit abortRequested();
    // Nobody was there to stop (no transport any more, or the call never started): the reply
    // still ends, as promised, with Cancelled.
    if (!m_finished)
        fail(ScmErrorClassifier::cancelled());
}

void ScmReply::complete(int httpStatus, const QJsonValue &json, qint64 createdId, qint64 totalCount)
{
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = httpStatus;
    m_json = json;
    m_createdId = createdId;
    m_totalCount = totalCount;
    // Always asynchronously, even when the transport completes the reply inside send(): callers
    // connect to finished() after the call returns.
    QMetaObject::invokeMethod(this, &ScmReply::finished, Qt::QueuedConnection);
}

void ScmReply::fail(const ScmError &error)
{
    fail(error, error.httpStatus(), QJsonValue(QJsonValue::Undefined));
}

void ScmReply::fail(const ScmError &error, int httpStatus, const QJsonValue &json)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_httpStatus = httpStatus;
    m_json = json;
    QMetaObject::invokeMethod(this, &ScmReply::finished, Qt::QueuedConnection);
}
