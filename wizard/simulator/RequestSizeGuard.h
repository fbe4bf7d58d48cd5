#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

class QAbstractHttpServer;
class QTcpSocket;

// QtHttpServer 6.4 keeps a request's every byte in memory until the request is complete, and only then
// shows it to a handler: a client announcing a 200 MB body costs the simulator 200 MB before any route
// can refuse it. This guard sees each connection's bytes first (its slot is connected before the
// server's, on a socket handed over by its own QTcpServer), follows the requests on it by their
// Content-Length, and answers 413 (body too large), 431 (header too large) or 411 (a chunked body,
// which no client of the simulators sends) and closes the connection before the server buffers more.
class RequestSizeGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 1024 * 1024; // SCM's and SEPPmail's request bodies are a few KiB
    };

    // What QAbstractHttpServer::listen() does (a QTcpServer, or a QSslServer when `tls` is given, bound
    // to `server`), with every connection guarded. Returns the port, 0 when it cannot listen.
    static quint16 listen(QAbstractHttpServer *server, const QHostAddress &address, quint16 port,
                          const std::optional<QSslConfiguration> &tls, const Limits &limits);

private:
    RequestSizeGuard(QTcpSocket *socket, QAbstractHttpServer *server, const Limits &limits);
    void readyRead();
    void refuse(int status, const QByteArray &reason, const QString &description);
    void drain();

    QTcpSocket *m_socket;
    QAbstractHttpServer *m_server;
    Limits m_limits;
    QByteArray m_head;     // the current request's bytes up to the end of its header
    qint64 m_bodyLeft = 0; // bytes of the current request's body still to come
    bool m_refused = false;
};
