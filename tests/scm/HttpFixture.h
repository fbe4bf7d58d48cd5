#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on a raw QTcpServer, for what the simulator cannot do on purpose:
// dropping a connection right after reading a request, answering with broken bodies, counting
// requests in flight, holding an answer back past a deadline.
struct FixtureRequest
{
    QByteArray method;
    QByteArray target;                     // path and query, as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    int connection = 0; // which TCP connection it came on (1, 2, ...)
};

struct FixtureResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool dropConnection = false; // close the socket instead of answering
    bool keepAlive = true;
};

class HttpFixture : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FixtureResponse(const FixtureRequest &)>;

    explicit HttpFixture(QObject *parent = nullptr);
    bool listen();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<FixtureRequest> requests() const { return m_requests; }
    int requestCount() const { return m_requests.size(); }
    int connectionCount() const { return m_connections; }
    int inFlight() const { return m_inFlight; }
    int maxInFlightSeen() const { return m_maxInFlight; }

    static FixtureResponse json(int status, const QByteArray &body,
                                QList<QPair<QByteArray, QByteArray>> headers = {});

signals:
    void requestReceived(const FixtureRequest &request);

private:
    void onConnection();
    void readFrom(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FixtureResponse &response);

    QTcpServer *m_server;
    Handler m_handler;
    QList<FixtureRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_connectionIds;
    int m_connections = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
