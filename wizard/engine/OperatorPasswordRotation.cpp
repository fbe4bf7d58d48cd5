#include "OperatorPasswordRotation.h"

#include "Clock.h"
#include "PasswordGenerator.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "SecretStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRotation, "mpki.rotation")

OperatorPasswordRotation::OperatorPasswordRotation(ScmTransport *transport, SecretStore *secrets,
                                                   const Operator &who, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_secrets(secrets)
    , m_who(who)
    , m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<RotationResult>();
}

OperatorPasswordRotation::~OperatorPasswordRotation() = default;

void OperatorPasswordRotation::resetWithAdmin(const ScmCredentials &admin)
{
    m_admin = std::make_unique<ScmClient>(m_transport, admin);
}

QString OperatorPasswordRotation::key(const QString &slot) const
{
    return SecretStore::key(m_who.baseUrl.host(), m_who.customerUri, m_who.login, slot);
}

void OperatorPasswordRotation::start()
{
    m_operator = std::make_unique<ScmClient>(
        m_transport, ScmCredentials{m_who.baseUrl, m_who.customerUri, m_who.login, QString()});
    readSlots();
}

void OperatorPasswordRotation::readSlots()
{
    m_secrets->read(key(SecretStore::operatorCurrentSlot()), this, [this](const SecretResult &current) {
        if (!current.ok() && current.status != SecretResult::Status::NotFound) {
            fail(RotationResult::Outcome::SecretStore, current.message);
            return;
        }
        m_current = current.ok() ? current.value : QString();
        m_secrets->read(key(SecretStore::operatorPendingSlot()), this, [this](const SecretResult &pending) {
            if (!pending.ok() && pending.status != SecretResult::Status::NotFound) {
                fail(RotationResult::Outcome::SecretStore, pending.message);
                return;
            }
            m_pending = pending.ok() ? pending.value : QString();
            QStringList candidates;
            if (!m_current.isEmpty())
                candidates << m_current;
            if (!m_pending.isEmpty() && m_pending != m_current)
                candidates << m_pending;
            tryPassword(candidates, 0);
        });
    });
}

// The current password first; then the pending one: a rotation killed after SCM took the change
// and before the secret store heard of it left the working password there.
void OperatorPasswordRotation::tryPassword(const QStringList &candidates, int index)
{
    if (index >= candidates.size()) {
        noneSignsIn();
        return;
    }
    const QString password = candidates.at(index);
    const bool fromPending = password != m_current;
    m_operator->setPassword(password);
    ScmReply *reply = m_operator->passwordState();
    connect(reply, &ScmReply::finished, this, [this, reply, candidates, index, password, fromPending] {
        reply->deleteLater();
        const ScmError &error = reply->error();
        // An expired password still may change itself: SCM answers the password calls.
        if (reply->ok() || error.kind() == ScmError::Kind::PasswordExpired) {
            signsIn(password, fromPending, reply);
            return;
        }
        if (error.refusesCredentials()) {
            tryPassword(candidates, index + 1);
            return;
        }
        fail(RotationResult::Outcome::Network, error.message());
    });
}

void OperatorPasswordRotation::signsIn(const QString &password, bool fromPending, ScmReply *reply)
{
    if (fromPending) {
        qCInfo(lcRotation) << "the pending password signs in: an earlier change reached SCM";
        storeCurrent(password, RotationResult::Outcome::Recovered, reply->object());
        return;
    }
    change(password);
}

void OperatorPasswordRotation::noneSignsIn()
{
    if (!m_admin) {
        // How the person gives the admin's credentials and consent is the caller's to say.
        fail(RotationResult::Outcome::NoWorkingPassword,
             m_current.isEmpty()
                 ? tr("The secret store holds no password of the operator %1 (another machine, or a new "
                      "keychain). The MRAO admin can set a new one; the gateway's configured password stops "
                      "working then.")
                       .arg(m_who.login)
                 : tr("SCM refuses every password the secret store holds for the operator %1 (changed "
                      "elsewhere, or reset). If it was changed elsewhere, rotate there; otherwise the MRAO "
                      "admin "
                      "can set a new one, and the gateway's configured password stops working then.")
                       .arg(m_who.login));
        return;
    }
    resetAsAdmin();
}

// The reset path of DESIGN.md: the MRAO admin sets a temporary password (kept first), the operator
// changes it at once to a new one over the API.
void OperatorPasswordRotation::resetAsAdmin()
{
    m_resetTried = true;
    ScmReply *found = m_admin->findAdminByLogin(m_who.login);
    connect(found, &ScmReply::finished, this, [this, found] {
        found->deleteLater();
        const qint64 id = ScmAdmin::fromJson(found->object()).id;
        if (!found->ok() || id == 0) {
            fail(found->ok() ? RotationResult::Outcome::Refused : RotationResult::Outcome::Network,
                 found->ok() ? tr("SCM knows no admin %1.").arg(m_who.login) : found->error().message());
            return;
        }
        const QString temporary = PasswordGenerator::generate(m_who.login);
        if (temporary.isEmpty()) {
            fail(RotationResult::Outcome::SecretStore, tr("No random password could be made."));
            return;
        }
        m_secrets->write(key(SecretStore::operatorTemporarySlot()), temporary, this,
                         [this, id, temporary](const SecretResult &kept) {
                             if (!kept.ok()) {
                                 fail(RotationResult::Outcome::SecretStore, kept.message);
                                 return;
                             }
                             ScmAdminUpdate update;
                             update.password = temporary;
                             ScmReply *reset = m_admin->updateAdmin(id, update);
                             connect(reset, &ScmReply::finished, this, [this, reset, temporary] {
                                 reset->deleteLater();
                                 if (!reset->ok()) {
                                     fail(reset->error().isTransient() ? RotationResult::Outcome::Uncertain
                                                                       : RotationResult::Outcome::Refused,
                                          tr("The MRAO admin could not set a new password: %1")
                                              .arg(reset->error().message()));
                                     return;
                                 }
                                 m_current = temporary;
                                 change(temporary);
                             });
                         });
    });
}

void OperatorPasswordRotation::change(const QString &working)
{
    const QString newPassword = PasswordGenerator::generate(m_who.login);
    if (newPassword.isEmpty()) {
        fail(RotationResult::Outcome::SecretStore, tr("No random password could be made."));
        return;
    }
    // Kept before it is sent: whatever happens to this process, the password SCM may take is known.
    m_secrets->write(
        key(SecretStore::operatorPendingSlot()), newPassword, this,
        [this, working, newPassword](const SecretResult &kept) {
            if (!kept.ok()) {
                fail(RotationResult::Outcome::SecretStore,
                     tr("The new password could not be kept, so it was not set: %1").arg(kept.message));
                return;
            }
            m_operator->setPassword(working);
            ScmReply *reply = m_operator->changeOwnPassword(newPassword);
            connect(reply, &ScmReply::finished, this, [this, reply, newPassword] {
                reply->deleteLater();
                if (reply->ok()) {
                    m_changedAt = m_clock->now();
                    verifyNew(newPassword);
                    return;
                }
                const ScmError &error = reply->error();
                if (error.isTransient() || error.kind() == ScmError::Kind::Cancelled) {
                    fail(RotationResult::Outcome::Uncertain,
                         tr("SCM did not answer the password change (%1). Run the rotation again: "
                            "it tries the old and the new password and keeps the one that works.")
                             .arg(error.message()));
                    return;
                }
                // SCM said no to the operator's own change although its password signs in (an expired
                // one it no longer lets change, a policy of the customer's): the admin's reset, when the
                // person gave its credentials and consent.
                if (m_admin && !m_resetTried && error.kind() != ScmError::Kind::PasswordPolicy) {
                    m_secrets->remove(key(SecretStore::operatorPendingSlot()), this,
                                      [this](const SecretResult &) { resetAsAdmin(); });
                    return;
                }
                // SCM said no: the pending password was never taken.
                m_changeRefused = error.kind() != ScmError::Kind::PasswordPolicy;
                const QString message = refusalMessage(error);
                m_secrets->remove(key(SecretStore::operatorPendingSlot()), this,
                                  [this, message](const SecretResult &removed) {
                                      if (!removed.ok() && removed.status != SecretResult::Status::NotFound)
                                          qCWarning(lcRotation)
                                              << "the unused pending password could not be removed";
                                      fail(RotationResult::Outcome::Refused, message);
                                  });
            });
        });
}

QString OperatorPasswordRotation::refusalMessage(const ScmError &error) const
{
    if (m_resetTried && error.refusesCredentials())
        return tr(
            "SCM does not let the operator change the password the admin set over the API: it wants the "
            "change in its web interface, which an API-only admin cannot sign in to. The temporary "
            "password is kept in the keychain. Make the operator a standard admin in SCM, then run "
            "mpki-setup run --only password,api-only: it shows the web address and the passwords.");
    if (m_admin || error.kind() == ScmError::Kind::PasswordPolicy)
        return tr("SCM refused the new password: %1").arg(error.message());
    return tr("SCM refused the operator's own password change: %1. The MRAO admin can set a new one; the "
              "gateway's configured password stops working then.")
        .arg(error.message());
}

void OperatorPasswordRotation::verifyNew(const QString &newPassword)
{
    m_operator->setPassword(newPassword);
    ScmReply *reply = m_operator->passwordState();
    connect(reply, &ScmReply::finished, this, [this, reply, newPassword] {
        reply->deleteLater();
        // The change was accepted; its state is what the report needs. Stored whatever this says.
        storeCurrent(newPassword, RotationResult::Outcome::Rotated, reply->object());
    });
}

void OperatorPasswordRotation::storeCurrent(const QString &password, RotationResult::Outcome outcome,
                                            const QJsonObject &state)
{
    m_secrets->write(
        key(SecretStore::operatorCurrentSlot()), password, this,
        [this, password, outcome, state](const SecretResult &kept) {
            if (!kept.ok()) {
                // The pending slot still holds it: the next run finds it there.
                fail(
                    RotationResult::Outcome::SecretStore,
                    tr("SCM took the new password, but the secret store could not keep it as the current one "
                       "(%1). It is still kept as the pending one: run the rotation again.")
                        .arg(kept.message));
                return;
            }
            const auto done = [this, password, outcome, state] {
                const ScmPasswordState parsed = ScmPasswordState::fromJson(state);
                RotationResult result;
                result.outcome = outcome;
                result.password = password;
                result.changedAt = m_changedAt.isValid() ? m_changedAt : m_clock->now();
                result.expires = parsed.expirationDate;
                result.passwordState = parsed.state;
                result.message =
                    outcome == RotationResult::Outcome::Recovered
                        ? tr("An earlier rotation had set the operator's new password; it is now kept as the "
                             "current one.")
                        : tr("The operator %1 has a new password; the old one no longer works.")
                              .arg(m_who.login);
                finish(result);
            };
            // Spent: the pending and temporary passwords (current is what counts now).
            m_secrets->remove(key(SecretStore::operatorPendingSlot()), this,
                              [this, done](const SecretResult &) {
                                  m_secrets->remove(key(SecretStore::operatorTemporarySlot()), this,
                                                    [done](const SecretResult &) { done(); });
                              });
        });
}

void OperatorPasswordRotation::fail(RotationResult::Outcome outcome, const QString &message)
{
    RotationResult result;
    result.outcome = outcome;
    result.message = message;
    result.adminResetWouldHelp =
        !m_admin && (outcome == RotationResult::Outcome::NoWorkingPassword ||
                     (outcome == RotationResult::Outcome::Refused && m_changeRefused));
    finish(result);
}

void OperatorPasswordRotation::finish(const RotationResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcRotation) << "rotation of" << m_who.login << "ended:" << int(result.outcome);
    emit finished(result);
}
