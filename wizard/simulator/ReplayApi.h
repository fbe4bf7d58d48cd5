#pragma once

#include "SimulatorHttp.h"

#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QUrl>

// `simulate --replay probe.json`: answers SCM API reads the way the server a probe was taken from
// answered them. A request matches a recorded exchange on method, path, query (a redacted value
// matches any value, in any order) and, for a status read, its body; the recorded status, headers
// (Location rebased to this server) and body come back, each redacted string as a placeholder of
// its recorded length — or as the value asked for, where the request looked it up by that redacted
// value (an admin found by login answers with that login). The same read asked again gets the next
// answer recorded for it, in the recorded order (SCM's answer changed between them), then the last
// one again. Nothing recorded: 404. A replay never
// changes anything: any other POST, PUT, DELETE or PATCH is answered 405.
class ReplayApi
{
public:
    // Reads the probe file; false with a reason in *error.
    bool load(const QString &path, QString *error);
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    // Who may call: the credentials the simulator printed (a probe file holds none).
    void setCredentials(const QString &customerUri, const QString &login, const QString &password);

    SimResponse handle(const SimRequest &request);

private:
    QJsonArray m_exchanges;
    QSet<qsizetype> m_answered; // the exchanges that answered once already
    QUrl m_baseUrl;
    QString m_customerUri;
    QString m_login;
    QString m_password;
};
