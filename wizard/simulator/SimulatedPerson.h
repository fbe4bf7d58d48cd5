#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// Plays the person at SCM's web page for the demo: opens /customer/<uri>/, logs in as an admin
// with its temporary password and sets the given new password, exactly as the wizard asks a person
// to do. Works against the simulator's page (see the simulator's README for the forms); a fresh
// QNetworkAccessManager per run, so nothing (no cookie) carries over between logins.
//
//   auto *person = new SimulatedPerson(this);
//   person->setCaCertificates({simulator.caCertificate()}); // with --tls
//   connect(person, &SimulatedPerson::finished, ...);
//   person->changePassword(portalUrl, login, temporaryPassword, newPassword);
class SimulatedPerson : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedPerson(QObject *parent = nullptr);
    ~SimulatedPerson() override;

    void setCaCertificates(const QList<QSslCertificate> &certificates);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // portalUrl: https://host/customer/<uri>/ (a base URL with the customer URI works too:
    // use portalUrlFor()). Emits finished() once, when done or failed.
    void changePassword(const QUrl &portalUrl, const QString &login, const QString &currentPassword,
                        const QString &newPassword);

    static QUrl portalUrlFor(const QUrl &baseUrl, const QString &customerUri);

signals:
    // ok: the page confirmed the change. message: what the page said (never a password).
    void finished(bool ok, const QString &message);

private:
    void openPage();
    void logIn();
    void submitNewPassword();
    QNetworkReply *post(const QString &action, const QList<QPair<QString, QString>> &fields);
    QNetworkRequest makeRequest(const QUrl &url) const;
    void finish(bool ok, const QString &message);

    QNetworkAccessManager *m_network = nullptr;
    QList<QSslCertificate> m_caCertificates;
    QUrl m_portalUrl;
    QString m_login, m_currentPassword, m_newPassword;
    int m_timeoutMs = 30000;
    bool m_running = false;
};
