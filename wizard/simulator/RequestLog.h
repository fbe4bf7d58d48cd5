#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>

// --request-log FILE: one JSON object per request and line, flushed at once, so a process that
// watches the file (the acceptance checks, the benchmark) sees each request as it is answered.
// Fields: method, path (with query), status, login, requestId (X-Request-Id), t0/t1 (ms since
// the epoch at arrival/answer), inFlight (requests in flight at arrival, this one included), and
// fault when one was injected. Never a password: the line is built from these fields only.
class RequestLog
{
public:
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    void write(const QJsonObject &line);

private:
    QFile m_file;
};
