#include "ReplayApi.h"

#include "ExchangeRedactor.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
// A recorded value matches an asked-for one when equal or when it was redacted. A redacted value
// that matched is noted in *asked (placeholder -> the value asked for) to answer with it.
bool valueMatches(const QString &recorded, const QString &asked, QHash<QString, QString> *substitutes)
{
    if (recorded == asked)
        return true;
    if (!ExchangeRedactor::isPlaceholder(recorded))
        return false;
    substitutes->insert(recorded, asked);
    return true;
}

bool jsonMatches(const QJsonValue &recorded, const QJsonValue &asked, QHash<QString, QString> *substitutes)
{
    if (recorded.isString() && asked.isString())
        return valueMatches(recorded.toString(), asked.toString(), substitutes);
    if (recorded.isObject() && asked.isObject()) {
        const QJsonObject r = recorded.toObject();
        const QJsonObject a = asked.toObject();
        if (r.keys() != a.keys())
            return false;
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (!jsonMatches(it.value(), a.value(it.key()), substitutes))
                return false;
        }
        return true;
    }
    return recorded == asked;
}

// Redacted strings become a placeholder of their recorded length, or the value a lookup asked for.
QJsonValue expand(const QJsonValue &value, const QHash<QString, QString> &substitutes)
{
    if (value.isString()) {
        qsizetype length = 0;
        if (!ExchangeRedactor::isPlaceholder(value.toString(), &length))
            return value;
        return substitutes.value(value.toString(), QString(length, QLatin1Char('x')));
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(expand(item, substitutes));
        return out;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), expand(it.value(), substitutes));
        return out;
    }
    return value;
}

bool isRead(const QByteArray &method, const QString &path)
{
    // POST dcv/v2/validation/status reads, as SCM's API has it.
    return method == "GET" || (method == "POST" && path.endsWith(QLatin1String("/validation/status")));
}
} // namespace

bool ReplayApi::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || !document.object().value(QLatin1String("exchanges")).isArray()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? parseError.errorString()
                     : QStringLiteral("no \"exchanges\" list: not a file written by mpki-setup probe");
        return false;
    }
    m_exchanges = document.object().value(QLatin1String("exchanges")).toArray();
    return true;
}

void ReplayApi::setCredentials(const QString &customerUri, const QString &login, const QString &password)
{
    m_customerUri = customerUri;
    m_login = login;
    m_password = password;
}

SimResponse ReplayApi::handle(const SimRequest &request)
{
    if (QString::fromUtf8(request.header("customeruri")) != m_customerUri ||
        QString::fromUtf8(request.header("login")) != m_login ||
        QString::fromUtf8(request.header("password")) != m_password) {
        SimResponse refused = SimResponse::error(401, -16, QStringLiteral("Unknown user"));
        return refused;
    }
    if (!isRead(request.method, request.path))
        return SimResponse::error(405, -1,
                                  QStringLiteral("This is a replay of a probe: it answers reads only and "
                                                 "never changes anything."));

    const QJsonDocument bodyDocument = QJsonDocument::fromJson(request.body);
    const QJsonValue askedBody = bodyDocument.isObject() ? QJsonValue(bodyDocument.object()) : QJsonValue();
    QSet<QString> askedKeys;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded))
        askedKeys.insert(item.first);

    qsizetype chosen = -1;
    QHash<QString, QString> substitutes;
    for (qsizetype index = 0; index < m_exchanges.size(); ++index) {
        const QJsonObject exchange = m_exchanges.at(index).toObject();
        if (exchange.value(QLatin1String("method")).toString().toLatin1() != request.method ||
            exchange.value(QLatin1String("path")).toString() != request.path)
            continue;
        QHash<QString, QString> matched;
        const QJsonObject query = exchange.value(QLatin1String("query")).toObject();
        const QStringList recordedKeys = query.keys();
        bool same = QSet<QString>(recordedKeys.begin(), recordedKeys.end()) == askedKeys;
        for (auto it = query.begin(); same && it != query.end(); ++it)
            same = valueMatches(it.value().toString(),
                                request.query.queryItemValue(it.key(), QUrl::FullyDecoded), &matched);
        if (same && exchange.contains(QLatin1String("requestBody")))
            same = jsonMatches(exchange.value(QLatin1String("requestBody")), askedBody, &matched);
        if (!same)
            continue;
        chosen = index;
        substitutes = matched;
        if (!m_answered.contains(index))
            break; // the first one not answered yet; else the last that matches
    }
    if (chosen >= 0) {
        m_answered.insert(chosen);
        const QJsonObject exchange = m_exchanges.at(chosen).toObject();
        const int status = exchange.value(QLatin1String("status")).toInt(200);
        SimResponse response =
            exchange.contains(QLatin1String("body"))
                ? SimResponse::json(status, expand(exchange.value(QLatin1String("body")), substitutes))
                : SimResponse::empty(status);
        const QJsonObject headers = exchange.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                continue; // the body's own
            QString value = it.value().toString();
            if (it.key().compare(QLatin1String("Location"), Qt::CaseInsensitive) == 0) {
                QUrl location(value);
                location.setScheme(m_baseUrl.scheme());
                location.setHost(m_baseUrl.host());
                location.setPort(m_baseUrl.port());
                value = location.toString();
            }
            response.headers.append({it.key().toLatin1(), value.toUtf8()});
        }
        response.login = m_login;
        return response;
    }
    return SimResponse::error(404, -1,
                              QStringLiteral("The probe being replayed recorded no answer to %1 %2.")
                                  .arg(QString::fromLatin1(request.method), request.pathWithQuery));
}
