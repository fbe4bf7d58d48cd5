#pragma once

// A small synchronous HTTP client for the simulator's tests: plain QNetworkAccessManager, no SCM
// client (the tests check the simulator itself, against the references).

#include "ScmSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QUrlQuery>

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonValue json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    int code() const { return json.toObject().value(QStringLiteral("code")).toInt(); }
    QString description() const { return json.toObject().value(QStringLiteral("description")).toString(); }
    QJsonObject object() const { return json.toObject(); }
    QJsonArray array() const { return json.toArray(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    qint64 locationId() const
    {
        const QByteArray location = header("location");
        return location.mid(location.lastIndexOf('/') + 1).toLongLong();
    }
};

class SimulatorTestClient
{
public:
    explicit SimulatorTestClient(const ScmSimulator &simulator)
        : m_baseUrl(simulator.baseUrl())
        , m_customerUri(simulator.customerUri())
        , m_login(simulator.adminLogin())
        , m_password(simulator.adminPassword())
    {
        m_network.setCookieJar(nullptr);
        if (!simulator.caCertificate().isNull())
            m_ca << simulator.caCertificate();
    }

    void setCaCertificates(const QList<QSslCertificate> &ca) { m_ca = ca; }
    QNetworkAccessManager &network() { return m_network; }
    QString login() const { return m_login; }
    QString password() const { return m_password; }

    QNetworkRequest request(const QString &path, const QString &login, const QString &password) const
    {
        QNetworkRequest request(QUrl(m_baseUrl.toString() + path));
        request.setRawHeader("login", login.toUtf8());
        request.setRawHeader("password", password.toUtf8());
        request.setRawHeader("customerUri", m_customerUri.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!m_ca.isEmpty()) {
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setCaCertificates(m_ca);
            request.setSslConfiguration(configuration);
        }
        return request;
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &login,
                const QString &password, const QByteArray &contentType = "application/json")
    {
        QNetworkRequest r = request(path, login, password);
        if (!body.isNull())
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(r, method, body);
        return wait(reply);
    }

    static Answer wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(15000);
        }
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        if (!answer.body.isEmpty()) {
            const QJsonDocument document = QJsonDocument::fromJson(answer.body);
            answer.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        }
        reply->deleteLater();
        return answer;
    }

    // As the simulator's MRAO admin (or `login`/`password`).
    Answer get(const QString &path) { return send("GET", path, QByteArray(), m_login, m_password); }
    Answer get(const QString &path, const QString &login, const QString &password)
    {
        return send("GET", path, QByteArray(), login, password);
    }
    Answer post(const QString &path, const QJsonValue &body) { return post(path, body, m_login, m_password); }
    Answer post(const QString &path, const QJsonValue &body, const QString &login, const QString &password)
    {
        return send("POST", path, toBytes(body), login, password);
    }
    Answer put(const QString &path, const QJsonValue &body) { return put(path, body, m_login, m_password); }
    Answer put(const QString &path, const QJsonValue &body, const QString &login, const QString &password)
    {
        return send("PUT", path, toBytes(body), login, password);
    }
    Answer del(const QString &path) { return send("DELETE", path, QByteArray(), m_login, m_password); }

    // A form post to the web page (no SCM headers).
    Answer form(const QString &path, const QList<QPair<QString, QString>> &fields)
    {
        QNetworkRequest r(QUrl(m_baseUrl.toString() + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery query;
        for (const auto &[name, value] : fields)
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return wait(m_network.post(r, query.toString(QUrl::FullyEncoded).toUtf8()));
    }

    // A request to the simulator's own controls (/simulator/v1/...): no SCM headers, as a test script
    // sends it.
    Answer control(const QString &path, const QByteArray &body, const QByteArray &method = "POST")
    {
        QNetworkRequest r(QUrl(m_baseUrl.toString() + path));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!m_ca.isEmpty()) {
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setCaCertificates(m_ca);
            r.setSslConfiguration(configuration);
        }
        return wait(m_network.sendCustomRequest(r, method, body));
    }
    Answer control(const QString &path, const QJsonObject &body) { return control(path, toBytes(body)); }

    // Fixtures as the MRAO admin.
    static QJsonObject organizationBody(const QString &name, const QString &parent = QString())
    {
        QJsonObject body{{QStringLiteral("name"), name},
                         {QStringLiteral("address1"), QStringLiteral("Bahnhofstrasse 1")},
                         {QStringLiteral("city"), QStringLiteral("Zurich")},
                         {QStringLiteral("stateProvince"), QStringLiteral("ZH")},
                         {QStringLiteral("postalCode"), QStringLiteral("8001")},
                         {QStringLiteral("country"), QStringLiteral("CH")},
                         {QStringLiteral("clientCertsApiEnabled"), true},
                         {QStringLiteral("clientCertificate"),
                          QJsonObject{{QStringLiteral("allowKeyRecoveryByMasterAdmins"), false},
                                      {QStringLiteral("allowKeyRecoveryByOrgAdmins"), false},
                                      {QStringLiteral("allowKeyRecoveryByDepartmentAdmins"), false}}}};
        if (!parent.isEmpty())
            body.insert(QStringLiteral("parentOrgName"), parent);
        return body;
    }
    qint64 createOrganization(const QString &name, const QString &parent = QString())
    {
        return post(QStringLiteral("/api/organization/v1"), organizationBody(name, parent)).locationId();
    }
    static QJsonObject adminBody(const QString &login, const QString &password, const QString &role,
                                 qint64 orgId, const QStringList &privileges = {})
    {
        return QJsonObject{
            {QStringLiteral("login"), login},
            {QStringLiteral("email"), login + QStringLiteral("@example.ch")},
            {QStringLiteral("forename"), QStringLiteral("Mail")},
            {QStringLiteral("surname"), QStringLiteral("Gateway")},
            {QStringLiteral("password"), password},
            {QStringLiteral("credentials"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("orgId"), orgId}}}},
            {QStringLiteral("privileges"), QJsonArray::fromStringList(privileges)}};
    }
    // Creates an admin and gives it a final password (through an MRAO reset + its own change is not
    // possible over the API in ui-only mode, so the web page does it).
    qint64 createReadyAdmin(const QString &login, const QString &finalPassword, const QString &role,
                            qint64 orgId, const QStringList &privileges = {})
    {
        const QString temporary = QStringLiteral("Temporary-1234");
        const Answer created =
            post(QStringLiteral("/api/admin/v1"), adminBody(login, temporary, role, orgId, privileges));
        form(QStringLiteral("/customer/%1/changepassword").arg(m_customerUri),
             {{QStringLiteral("login"), login},
              {QStringLiteral("password"), temporary},
              {QStringLiteral("newPassword"), finalPassword},
              {QStringLiteral("confirmPassword"), finalPassword}});
        return created.locationId();
    }

    static QByteArray toBytes(const QJsonValue &value)
    {
        if (value.isUndefined())
            return QByteArray();
        return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }

private:
    QUrl m_baseUrl;
    QString m_customerUri;
    QString m_login;
    QString m_password;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_ca;
};
