#include "HttpFixture.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

HttpFixture::HttpFixture(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_handler = [](const FixtureRequest &) { return json(200, "{}"); };
    connect(m_server, &QTcpServer::newConnection, this, &HttpFixture::onConnection);
}

bool HttpFixture::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl HttpFixture::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

FixtureResponse HttpFixture::json(int status, const QByteArray &body,
                                  QList<QPair<QByteArray, QByteArray>> headers)
{
    FixtureResponse response;
    response.status = status;
    response.body = body;
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    response.headers = headers;
    return response;
}

void HttpFixture::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_connectionIds.insert(socket, ++m_connections);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_connectionIds.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpFixture::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FixtureRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.connection = m_connectionIds.value(socket);
        m_requests.append(request);
        m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
        emit requestReceived(request);

        const FixtureResponse response = m_handler(request);
        if (response.delayMs > 0) {
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
                if (guarded)
                    answer(guarded, response);
                else
                    --m_inFlight;
            });
        } else {
            answer(socket, response);
        }
        if (response.dropConnection)
            return;
    }
}

void HttpFixture::answer(QTcpSocket *socket, const FixtureResponse &response)
{
    --m_inFlight;
    if (response.dropConnection) {
        socket->close();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fixture\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    bool hasLength = false;
    for (const auto &header : response.headers)
        hasLength = hasLength || header.first.toLower() == "content-length";
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += response.keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    if (!response.keepAlive || hasLength)
        socket->disconnectFromHost();
}
