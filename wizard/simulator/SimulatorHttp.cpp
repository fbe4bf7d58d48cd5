#include "SimulatorHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SimResponse SimResponse::json(int status, const QJsonValue &value)
{
    SimResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json;charset=UTF-8");
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse response;
    response.status = status;
    return response;
}

SimResponse SimResponse::error(int status, int code, const QString &description)
{
    return json(status,
                QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("description"), description}});
}

SimResponse SimResponse::html(int status, const QString &page)
{
    SimResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/html;charset=UTF-8");
    response.body = page.toUtf8();
    return response;
}
