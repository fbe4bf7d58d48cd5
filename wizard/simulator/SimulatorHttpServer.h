#pragma once

#include "SimulatorHttp.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class FaultInjector;
class QTcpSocket;
class RequestLog;

// The socket side of the simulators: one dispatcher for every request (QAbstractHttpServer, not
// QHttpServer's router) that copies the request, lets the handler answer it at once, and writes the
// answer itself — immediately, or after the injected latency from a timer, so slow answers never
// hold up other requests. It keeps only a QPointer to the socket and drops the answer when the
// client has gone, so a client that disconnects early cannot crash it. Faults (FaultInjector) are
// applied to /api/ requests here, where the connection is.
class SimulatorHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<SimResponse(const SimRequest &)>;

    // faults may be null (no fault injection; e.g. the gateway simulator), log may be null.
    SimulatorHttpServer(Handler handler, FaultInjector *faults, RequestLog *log, QObject *parent = nullptr);

    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Only paths below this prefix get faults (default "/api/").
    void setFaultPathPrefix(const QString &prefix) { m_faultPrefix = prefix; }
    int inFlight() const { return m_inFlight; }

signals:
    void requestHandled(const QJsonObject &logLine);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        SimResponse response;
        int fault = 0; // FaultInjector::Fault
        bool closeAfter = false;
        QJsonObject logLine;
    };
    void deliver(const Pending &pending);
    void drip(QPointer<QTcpSocket> socket, const QByteArray &rest, bool closeAfter);

    Handler m_handler;
    FaultInjector *m_faults;
    RequestLog *m_log;
    QString m_faultPrefix = QStringLiteral("/api/");
    int m_latencyMs = 0;
    int m_inFlight = 0;
};
