#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the simulator's handlers see it: a copy of everything they need, taken from
// QHttpServerRequest before the server's handler returns (QtHttpServer 6.4 reuses and frees its
// request object, so nothing may keep a reference to it).
struct SimRequest
{
    QByteArray method;     // GET, POST, PUT, DELETE, ...
    QString path;          // decoded path, e.g. /api/organization/v1/12
    QString pathWithQuery; // as it appears in the request log
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // keys lower-case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// The answer a handler produces; the HTTP server writes it (later, when latency is injected).
struct SimResponse
{
    int status = 200;
    QByteArray contentType; // empty: no body
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Location, X-Total-Count, Retry-After, ...
    QString login; // who made the request (the request log's `login`), never the password

    static SimResponse json(int status, const QJsonValue &value);
    static SimResponse empty(int status);
    // SCM's error body {code, description}.
    static SimResponse error(int status, int code, const QString &description);
    static SimResponse html(int status, const QString &page);
};

// A refusal raised inside a handler and turned into SCM's error body by the dispatcher. Handlers
// check all input before changing anything, so throwing never leaves the state half-changed.
struct ScmFailure
{
    int status;
    int code;
    QString description;
};

[[noreturn]] inline void failWith(int status, int code, const QString &description)
{
    throw ScmFailure{status, code, description};
}
