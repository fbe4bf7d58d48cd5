#include "RequestSizeGuard.h"

#include <QAbstractHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

Q_LOGGING_CATEGORY(lcSimGuard, "mpki.sim.http.guard")

namespace {
// Hands each accepted socket to `guard` before the HTTP server connects to it: QAbstractHttpServer
// 6.4 takes its connections with nextPendingConnection() and connects its readyRead slot after that,
// so the guard's slot runs first on every read.
template<class Server> class GuardedServer : public Server
{
public:
    GuardedServer(std::function<void(QTcpSocket *)> guard, QObject *parent)
        : Server(parent)
        , m_guard(std::move(guard))
    {}

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = Server::nextPendingConnection();
        if (socket)
            m_guard(socket);
        return socket;
    }

private:
    std::function<void(QTcpSocket *)> m_guard;
};

// The value of a header in a raw request head ("Content-Length: 12\r\n"), lower-cased name; empty when
// absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return QByteArray();
}
} // namespace

quint16 RequestSizeGuard::listen(QAbstractHttpServer *server, const QHostAddress &address, quint16 port,
                                 const std::optional<QSslConfiguration> &tls, const Limits &limits)
{
    auto guard = [server, limits](QTcpSocket *socket) { new RequestSizeGuard(socket, server, limits); };
    QTcpServer *tcpServer = nullptr;
    if (tls) {
        auto *sslServer = new GuardedServer<QSslServer>(guard, server);
        sslServer->setSslConfiguration(*tls);
        tcpServer = sslServer;
    } else {
        tcpServer = new GuardedServer<QTcpServer>(guard, server);
    }
    if (!tcpServer->listen(address, port)) {
        qCWarning(lcSimGuard) << "cannot listen:" << tcpServer->errorString();
        delete tcpServer;
        return 0;
    }
    server->bind(tcpServer);
    return tcpServer->serverPort();
}

RequestSizeGuard::RequestSizeGuard(QTcpSocket *socket, QAbstractHttpServer *server, const Limits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_limits(limits)
{
    connect(socket, &QIODevice::readyRead, this, &RequestSizeGuard::readyRead);
}

void RequestSizeGuard::readyRead()
{
    if (m_refused) {
        drain();
        return;
    }
    // The server reads everything on each readyRead, so what is available now is new.
    QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    while (!data.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qint64 body = std::min<qint64>(m_bodyLeft, data.size());
            m_bodyLeft -= body;
            data.remove(0, body);
            continue;
        }
        const qsizetype before = m_head.size();
        m_head += data;
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                return refuse(431, "Request Header Fields Too Large",
                              QStringLiteral("The request header is larger than %1 bytes.")
                                  .arg(m_limits.maxHeaderBytes));
            return;
        }
        const QByteArray head = m_head.left(end + 4);
        data = data.mid(head.size() - before);
        m_head.clear();
        if (head.size() > m_limits.maxHeaderBytes)
            return refuse(
                431, "Request Header Fields Too Large",
                QStringLiteral("The request header is larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
        if (headerValue(head, "transfer-encoding").toLower().contains("chunked"))
            return refuse(411, "Length Required",
                          QStringLiteral("Send the request body with a Content-Length, not chunked."));
        const QByteArray lengthText = headerValue(head, "content-length");
        bool ok = true;
        const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0)
            return refuse(400, "Bad Request", QStringLiteral("The Content-Length is not a number."));
        if (length > m_limits.maxBodyBytes)
            return refuse(413, "Content Too Large",
                          QStringLiteral("The request body is %1 bytes; this server takes at most %2.")
                              .arg(length)
                              .arg(m_limits.maxBodyBytes));
        m_bodyLeft = length;
    }
}

void RequestSizeGuard::refuse(int status, const QByteArray &reason, const QString &description)
{
    m_refused = true;
    qCInfo(lcSimGuard) << "refused a request with" << status << description;
    // The server's own slot must not read (and buffer) what comes: it is skipped for this read too,
    // as a slot disconnected while a signal is emitted is not called.
    disconnect(m_socket, &QIODevice::readyRead, m_server, nullptr);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), -1}, {QStringLiteral("description"), description}})
            .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    drain();
    m_socket->disconnectFromHost();
}

void RequestSizeGuard::drain()
{
    // What the client still sends is dropped as it comes, never kept.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
}
