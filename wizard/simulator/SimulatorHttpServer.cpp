#include "SimulatorHttpServer.h"

#include "FaultInjector.h"
#include "RequestLog.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSimHttp, "mpki.sim.http")

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serialize(const SimResponse &response, bool closeAfter)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    return out + response.body;
}
} // namespace

SimulatorHttpServer::SimulatorHttpServer(Handler handler, FaultInjector *faults, RequestLog *log,
                                         QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_log(log)
{}

bool SimulatorHttpServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    ++m_inFlight;

    // Copy everything now: QtHttpServer 6.4 reuses the request object for the connection's next
    // request and frees it with the socket.
    SimRequest request;
    request.method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    request.pathWithQuery = url.path(QUrl::FullyEncoded) +
                            (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    request.body = httpRequest.body();

    Pending pending;
    pending.socket = socket;
    pending.closeAfter = request.header("connection").toLower() == "close";
    pending.logLine = QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.pathWithQuery},
        {QStringLiteral("login"), QString::fromUtf8(request.header("login"))},
        {QStringLiteral("t0"), t0},
        {QStringLiteral("inFlight"), m_inFlight},
    };
    if (!request.header("x-request-id").isEmpty())
        pending.logLine.insert(QStringLiteral("requestId"),
                               QString::fromUtf8(request.header("x-request-id")));

    FaultInjector::Fault fault = FaultInjector::Fault::None;
    if (m_faults && request.path.startsWith(m_faultPrefix))
        fault = m_faults->decide(request);
    switch (fault) {
    case FaultInjector::Fault::ServiceUnavailable:
        pending.response = SimResponse::error(503, -2,
                                              QStringLiteral("Internal error. Please contact Support "
                                                             "(simulated: the service is unavailable, "
                                                             "try again later)."));
        break;
    case FaultInjector::Fault::TooManyRequests:
        pending.response = SimResponse::error(429, -1,
                                              QStringLiteral("Too many requests (simulated); try again "
                                                             "after the Retry-After seconds."));
        pending.response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        break;
    case FaultInjector::Fault::ResetBeforeProcessing:
        pending.response = SimResponse::empty(0);
        break;
    case FaultInjector::Fault::ServerErrorBurst:
        pending.response = SimResponse::error(m_faults->burstStatus(), -2,
                                              QStringLiteral("Internal error. Please contact Support "
                                                             "(simulated: an outage of a few requests)."));
        break;
    default:
        pending.response = m_handler(request);
        break;
    }
    if (fault == FaultInjector::Fault::TruncatedBody && pending.response.body.size() < 2)
        fault = FaultInjector::Fault::ResetBeforeProcessing; // nothing to truncate: drop instead
    if (fault == FaultInjector::Fault::MissingLocation) {
        // Only a create has a Location to lose; any other request is answered as it is.
        const qsizetype before = pending.response.headers.size();
        pending.response.headers.removeIf(
            [](const auto &header) { return header.first.compare("Location", Qt::CaseInsensitive) == 0; });
        if (pending.response.headers.size() == before)
            fault = FaultInjector::Fault::None;
    }
    if (fault == FaultInjector::Fault::MalformedBody && pending.response.status != 204) {
        // What a proxy or a half-deployed SCM sends: JSON's opening, then something that is not.
        pending.response.contentType = "application/json";
        pending.response.body =
            pending.response.body.isEmpty()
                ? QByteArrayLiteral("{\"code\": ,}")
                : QByteArrayLiteral("{\"") + pending.response.body.mid(1).replace(':', ';');
    } else if (fault == FaultInjector::Fault::MalformedBody) {
        fault = FaultInjector::Fault::None;
    }
    pending.fault = int(fault);
    if (fault != FaultInjector::Fault::None)
        pending.logLine.insert(QStringLiteral("fault"), FaultInjector::name(fault));
    if (pending.logLine.value(QStringLiteral("login")).toString().isEmpty() &&
        !pending.response.login.isEmpty())
        pending.logLine.insert(QStringLiteral("login"), pending.response.login);

    if (m_latencyMs <= 0) {
        deliver(pending);
    } else {
        QTimer::singleShot(m_latencyMs, this, [this, pending] { deliver(pending); });
    }
    return true;
}

void SimulatorHttpServer::deliver(const Pending &pending)
{
    --m_inFlight;
    QJsonObject logLine = pending.logLine;
    const auto fault = FaultInjector::Fault(pending.fault);
    const bool dropped = fault == FaultInjector::Fault::ResetBeforeProcessing ||
                         fault == FaultInjector::Fault::DropAfterProcessing;
    logLine.insert(QStringLiteral("status"), dropped ? 0 : pending.response.status);
    logLine.insert(QStringLiteral("t1"), QDateTime::currentMSecsSinceEpoch());

    QTcpSocket *socket = pending.socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        logLine.insert(QStringLiteral("clientGone"), true);
        qCDebug(lcSimHttp) << "client gone before the answer to"
                           << logLine.value(QStringLiteral("path")).toString();
    } else if (dropped) {
        socket->abort();
    } else if (fault == FaultInjector::Fault::SlowDrip) {
        drip(QPointer<QTcpSocket>(socket), serialize(pending.response, pending.closeAfter),
             pending.closeAfter);
    } else {
        SimResponse response = pending.response;
        if (fault == FaultInjector::Fault::TruncatedBody)
            response.body.truncate(response.body.size() / 2);
        socket->write(serialize(response, pending.closeAfter));
        if (pending.closeAfter)
            socket->disconnectFromHost();
    }
    if (m_log)
        m_log->write(logLine);
    emit requestHandled(logLine);
}

void SimulatorHttpServer::drip(QPointer<QTcpSocket> socket, const QByteArray &rest, bool closeAfter)
{
    // About twenty pieces 60 ms apart: about a second and a quarter for any answer, each piece soon
    // enough that an inactivity timeout never fires — only a deadline on the whole call would.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qsizetype piece = qMax<qsizetype>(8, rest.size() / 20 + 1);
    socket->write(rest.left(piece));
    if (rest.size() <= piece) {
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    const QByteArray remaining = rest.mid(piece);
    QTimer::singleShot(60, this,
                       [this, socket, remaining, closeAfter] { drip(socket, remaining, closeAfter); });
}

void SimulatorHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only reached if it ever returns false.
    Q_UNUSED(request);
    if (socket)
        socket->write(serialize(SimResponse::error(404, -1, QStringLiteral("Not found.")), false));
}
