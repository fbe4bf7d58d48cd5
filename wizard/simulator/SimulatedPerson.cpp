#include "SimulatedPerson.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSimPerson, "mpki.sim.person")

namespace {
// The text of the element with this id (the simulator's page marks results and errors so).
QString elementText(const QByteArray &html, const QString &id)
{
    const QRegularExpression element(QStringLiteral("id=\"%1\"[^>]*>([^<]*)<").arg(id));
    const QRegularExpressionMatch match = element.match(QString::fromUtf8(html));
    if (!match.hasMatch())
        return QString();
    QString text = match.captured(1);
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString describe(QNetworkReply *reply, const QByteArray &body)
{
    const QString error = elementText(body, QStringLiteral("error"));
    if (!error.isEmpty())
        return error;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status ? QObject::tr("The page answered HTTP %1.").arg(status) : reply->errorString();
}
} // namespace

SimulatedPerson::SimulatedPerson(QObject *parent)
    : QObject(parent)
{}

SimulatedPerson::~SimulatedPerson() = default;

void SimulatedPerson::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

QUrl SimulatedPerson::portalUrlFor(const QUrl &baseUrl, const QString &customerUri)
{
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/customer/%1/").arg(customerUri));
    return url;
}

void SimulatedPerson::changePassword(const QUrl &portalUrl, const QString &login,
                                     const QString &currentPassword, const QString &newPassword)
{
    if (m_running) {
        qCWarning(lcSimPerson) << "changePassword() while a change is running: ignored";
        return;
    }
    m_running = true;
    m_portalUrl = portalUrl;
    if (!m_portalUrl.path().endsWith(QLatin1Char('/')))
        m_portalUrl.setPath(m_portalUrl.path() + QLatin1Char('/'));
    m_login = login;
    m_currentPassword = currentPassword;
    m_newPassword = newPassword;
    // A new manager per run: no cookie or connection of an earlier login carries over.
    if (m_network)
        m_network->deleteLater();
    m_network = new QNetworkAccessManager(this);
    m_network->setCookieJar(nullptr);
    openPage();
}

QNetworkRequest SimulatedPerson::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(configuration.caCertificates() + m_caCertificates);
        request.setSslConfiguration(configuration);
    }
    return request;
}

void SimulatedPerson::openPage()
{
    QNetworkReply *reply = m_network->get(makeRequest(m_portalUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || !body.contains("id=\"login-form\"")) {
            finish(false, tr("The web page %1 shows no login form: %2")
                              .arg(m_portalUrl.toString(), describe(reply, body)));
            return;
        }
        logIn();
    });
}

QNetworkReply *SimulatedPerson::post(const QString &action, const QList<QPair<QString, QString>> &fields)
{
    QUrl url = m_portalUrl;
    url.setPath(m_portalUrl.path() + action);
    QNetworkRequest request = makeRequest(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return m_network->post(request, body);
}

void SimulatedPerson::logIn()
{
    QNetworkReply *reply = post(QStringLiteral("login"), {{QStringLiteral("login"), m_login},
                                                          {QStringLiteral("password"), m_currentPassword}});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || !body.contains("id=\"change-password-form\"")) {
            finish(false, tr("Logging in as %1 failed: %2").arg(m_login, describe(reply, body)));
            return;
        }
        submitNewPassword();
    });
}

void SimulatedPerson::submitNewPassword()
{
    QNetworkReply *reply =
        post(QStringLiteral("changepassword"), {{QStringLiteral("login"), m_login},
                                                {QStringLiteral("password"), m_currentPassword},
                                                {QStringLiteral("newPassword"), m_newPassword},
                                                {QStringLiteral("confirmPassword"), m_newPassword}});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QString result = elementText(body, QStringLiteral("result"));
        if (reply->error() != QNetworkReply::NoError || result.isEmpty()) {
            finish(false,
                   tr("Setting the new password of %1 failed: %2").arg(m_login, describe(reply, body)));
            return;
        }
        finish(true, result);
    });
}

void SimulatedPerson::finish(bool ok, const QString &message)
{
    m_running = false;
    m_currentPassword.clear();
    m_newPassword.clear();
    emit finished(ok, message);
}
