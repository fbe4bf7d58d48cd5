#pragma once

#include "ScmTransport.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Clock;
class ScmClient;
class ScmError;
class ScmReply;
class SecretStore;

// How one rotation ended. `message` is translated: what happened, or what to do.
struct RotationResult
{
    enum class Outcome
    {
        Rotated,           // the operator has a new password, in the secret store's current slot
        Recovered,         // an interrupted rotation had reached SCM: its password is now the current one
        NoWorkingPassword, // neither stored password signs in: a reset is needed (see message)
        Refused,           // SCM refused the change (policy, rights)
        Uncertain,         // no answer to the change: run again, both passwords are tried
        SecretStore,       // the secret store could not be read or written; nothing was changed in SCM
        Network,           // SCM could not be reached
    };
    Outcome outcome = Outcome::Network;
    QString message;
    QString password;      // the working password at the end (Rotated, Recovered), never logged
    QDateTime changedAt;   // when the old password stopped working
    QDate expires;         // the new password's expiry, when SCM gives one
    QString passwordState; // ALIVE | EXPIRED | NEVER_EXPIRE
    // The MRAO admin's reset would help (no stored password signs in, or SCM refused the operator's own
    // change) and was not allowed: the caller says how to give consent (a command-line flag, a button).
    bool adminResetWouldHelp = false;

    bool ok() const { return outcome == Outcome::Rotated || outcome == Outcome::Recovered; }
};

// `mpki-setup rotate` and the wizard's "Rotate the operator password": a new generated password for
// the operator, set over the API as the operator itself (POST admin/v1/changepassword, which an
// API-only admin may do), with the onboarding's password slots (DESIGN.md): the new password is kept
// as *pending* before the change is sent and becomes *current* once SCM took it, so that a process
// killed at any point leaves a re-run that tries both and ends with exactly one working password, in
// the secret store. With the admin's credentials and the person's consent (resetWithAdmin), an
// operator whose stored passwords no longer sign in gets a new one from the MRAO admin first.
class OperatorPasswordRotation : public QObject
{
    Q_OBJECT
public:
    struct Operator
    {
        QUrl baseUrl;
        QString customerUri;
        QString login;
    };
    // `transport` and `secrets` must outlive this object; `clock` null: the system clock.
    OperatorPasswordRotation(ScmTransport *transport, SecretStore *secrets, const Operator &who,
                             Clock *clock = nullptr, QObject *parent = nullptr);
    ~OperatorPasswordRotation() override;

    // The MRAO admin's credentials, for an operator none of whose stored passwords signs in. Setting
    // them is the person's consent to reset the operator's password (the gateway's stops working).
    void resetWithAdmin(const ScmCredentials &admin);
    void start();

signals:
    void finished(const RotationResult &result);

private:
    QString key(const QString &slot) const;
    void readSlots();
    void tryPassword(const QStringList &candidates, int index);
    void signsIn(const QString &password, bool fromPending, ScmReply *reply);
    void noneSignsIn();
    void resetAsAdmin();
    void change(const QString &working);
    void changed(const QString &newPassword);
    QString refusalMessage(const ScmError &error) const;
    void verifyNew(const QString &newPassword);
    void storeCurrent(const QString &password, RotationResult::Outcome outcome, const QJsonObject &state);
    void fail(RotationResult::Outcome outcome, const QString &message);
    void finish(const RotationResult &result);

    ScmTransport *m_transport;
    SecretStore *m_secrets;
    Operator m_who;
    Clock *m_clock;
    std::unique_ptr<ScmClient> m_operator;
    std::unique_ptr<ScmClient> m_admin;
    QString m_current, m_pending;
    QDateTime m_changedAt;
    bool m_resetTried = false;
    bool m_changeRefused = false;
    bool m_finished = false;
};
Q_DECLARE_METATYPE(RotationResult)
