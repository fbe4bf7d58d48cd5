#include "PasswordStep.h"

#include "Clock.h"
#include "EngineExit.h"
#include "PasswordGenerator.h"
#include "Plan.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "SecretStore.h"
#include "State.h"
#include "StepContext.h"

#include <QCoreApplication>

namespace {
const QString manualKey = QStringLiteral("manualChange");
} // namespace

PasswordStep::PasswordStep(StepContext *context, QObject *parent)
    : Step(StepId::Password, context, parent)
{}

void PasswordStep::reset()
{
    m_operatorId = 0;
    m_current.clear();
    m_pending.clear();
    m_temporary.clear();
    m_trySlots.clear();
}

void PasswordStep::inspect()
{
    // What this run's operator step saw is enough: only the id is needed.
    resolveOperator(OperatorRecord::ThisRunIfKnown, [this](const ScmAdmin &admin) {
        m_operatorId = admin.id;
        readSlots();
    });
}

void PasswordStep::readSlots()
{
    auto value = [](const SecretResult &result) { return result.ok() ? result.value : QString(); };
    readSecret(context().operatorSecretKey(SecretStore::operatorCurrentSlot()), [this,
                                                                                 value](const SecretResult
                                                                                            &current) {
        m_current = value(current);
        readSecret(
            context().operatorSecretKey(SecretStore::operatorPendingSlot()),
            [this, value](const SecretResult &pending) {
                m_pending = value(pending);
                readSecret(
                    context().operatorSecretKey(SecretStore::operatorTemporarySlot()),
                    [this, value](const SecretResult &temporary) {
                        m_temporary = value(temporary);
                        m_trySlots = {SecretStore::operatorCurrentSlot(), SecretStore::operatorPendingSlot()};
                        tryStored(0);
                    });
            });
    });
}

void PasswordStep::tryStored(int index)
{
    if (index >= m_trySlots.size()) {
        noneWorks();
        return;
    }
    const QString slot = m_trySlots.at(index);
    const QString password = slot == SecretStore::operatorCurrentSlot() ? m_current : m_pending;
    if (password.isEmpty() || (slot == SecretStore::operatorPendingSlot() && password == m_current)) {
        tryStored(index + 1);
        return;
    }
    context().operatorClient->setPassword(password);
    call(
        context().operatorClient->passwordState(), tr("Signing in as the operator"),
        [this, slot, password](ScmReply *reply) { works(slot, password, reply->object()); },
        [this, index](ScmReply *reply) {
            if (!reply->error().refusesCredentials())
                return false;
            tryStored(index + 1);
            return true;
        });
}

void PasswordStep::works(const QString &slot, const QString &password, const QJsonObject &passwordState)
{
    if (slot == SecretStore::operatorCurrentSlot()) {
        promote(password, passwordState);
        return;
    }
    // The change reached SCM (over the API or by the person) but was not recorded: record it now.
    writeSecret(context().operatorSecretKey(SecretStore::operatorCurrentSlot()), password,
                [this, password, passwordState] { promote(password, passwordState); });
}

void PasswordStep::promote(const QString &password, const QJsonObject &passwordState)
{
    m_current = password;
    context().operatorClient->setPassword(password);
    const ScmPasswordState parsed = ScmPasswordState::fromJson(passwordState);
    PasswordExpiry expiry;
    expiry.login = context().plan->operatorAdmin.login;
    expiry.expires = parsed.expirationDate;
    expiry.state = parsed.state;
    expiry.checked = context().clock->now();
    context().state->recordPasswordExpiry(StepId::Password, PasswordHolder::Operator, expiry);
    stepState().details.remove(manualKey);
    if (context().operatorFacts && context().operatorFacts->id == m_operatorId)
        context().operatorFacts->reseted = false;
    auto finish = [this] {
        succeed(tr("The operator %1 signs in with its own password (kept in the secret store).")
                    .arg(context().plan->operatorAdmin.login));
    };
    // The temporary and pending passwords are spent: forget them (current is what counts).
    const bool tidy = !m_pending.isEmpty() || !m_temporary.isEmpty();
    if (!tidy) {
        finish();
        return;
    }
    removeSecret(context().operatorSecretKey(SecretStore::operatorPendingSlot()), [this, finish] {
        removeSecret(context().operatorSecretKey(SecretStore::operatorTemporarySlot()), finish);
    });
}

void PasswordStep::noneWorks()
{
    // A temporary password in the store is tried whatever SCM's reseted field says: resetting here
    // would make the one the person was shown stale, on every look.
    if (!m_temporary.isEmpty()) {
        if (stepState().details.value(manualKey).toBool()) {
            // SCM refused the API change before: the person is on it; keep looking.
            announce();
            return;
        }
        change();
        return;
    }
    if (!context().resetOperatorPassword) {
        // The operator may well have a working password this keychain does not know (another
        // machine, a new keychain): the gateway signs in with it. Changing it without the person's
        // word would break the gateway silently.
        const QString login = context().plan->operatorAdmin.login;
        if (context().operatorPasswordResetNeeded)
            context().operatorPasswordResetNeeded(login);
        fail(EngineExit::BadInput,
             tr("The secret store holds no working password of the operator %1 (another machine, or a new "
                "keychain?). Resetting it through the MRAO admin makes the gateway's configured password "
                "stop working. To set a new one anyway, run again with --reset-operator-password (in the "
                "wizard: confirm the reset), then give the gateway the new connector values.")
                 .arg(login));
        return;
    }
    resetByMrao();
}

void PasswordStep::change()
{
    const QString login = context().plan->operatorAdmin.login;
    auto send = [this, login] {
        say(tr("Changing the operator's temporary password over the API"));
        context().operatorClient->setPassword(m_temporary);
        call(
            context().operatorClient->changeOwnPassword(m_pending), tr("Changing the operator's password"),
            [this](ScmReply *) {
                context().operatorClient->setPassword(m_pending);
                call(context().operatorClient->passwordState(), tr("Signing in with the new password"),
                     [this](ScmReply *reply) {
                         works(SecretStore::operatorPendingSlot(), m_pending, reply->object());
                     });
            },
            [this](ScmReply *reply) {
                // How SCM refuses a temporary password is undocumented (401, 403, a 400 about the
                // password): each means a person must change it at the web page.
                if (!reply->error().refusesCredentials())
                    return false;
                changeRefused();
                return true;
            });
    };
    if (!m_pending.isEmpty() && m_pending != m_current && m_pending != m_temporary) {
        send(); // generated by an earlier run that may have died before SCM answered
        return;
    }
    m_pending = PasswordGenerator::generate(login);
    if (m_pending.isEmpty()) {
        fail(EngineExit::Other, tr("The system's random source failed: no password could be generated."));
        return;
    }
    // Kept before it is sent, so a crash after SCM's commit loses nothing.
    writeSecret(context().operatorSecretKey(SecretStore::operatorPendingSlot()), m_pending, send);
}

void PasswordStep::changeRefused()
{
    stepState().details.insert(manualKey, true);
    saveProgress();
    announce();
}

void PasswordStep::announce()
{
    const QString login = context().plan->operatorAdmin.login;
    const QString url = context().portalUrl().toString();
    if (m_pending.isEmpty()) {
        // Lost between runs: make a new one and keep it before anyone is told to set it.
        stepState().details.remove(manualKey);
        change();
        return;
    }
    if (!context().manualChangeAnnounced.value(m_pending)) {
        context().manualChangeAnnounced.insert(m_pending, true);
        ManualPasswordChange manual;
        manual.url = context().portalUrl();
        manual.login = login;
        manual.temporaryPassword = m_temporary;
        manual.newPassword = m_pending;
        if (context().manualPasswordChange)
            context().manualPasswordChange(manual);
    }
    waitFor(
        tr("SCM does not accept the operator's temporary password over the API. Log in at %1 as %2 with the "
           "temporary password and set the new password shown to you (it is kept in the secret store, never "
           "logged). mpki-setup checks until the new password works, and again at its next start.")
            .arg(url, login));
}

void PasswordStep::resetByMrao()
{
    const QString login = context().plan->operatorAdmin.login;
    resolveAdminFacts([this, login] {
        if (!context().adminFacts->mrao) {
            fail(EngineExit::Refused,
                 tr("None of the operator's stored passwords works, and only an MRAO admin can set a new "
                    "one. Ask an "
                    "MRAO to reset the password of %1, or run this step as an MRAO admin.")
                     .arg(login));
            return;
        }
        const QString temporary = PasswordGenerator::generate(login);
        if (temporary.isEmpty()) {
            fail(EngineExit::Other, tr("The system's random source failed: no password could be generated."));
            return;
        }
        say(tr("None of the operator's stored passwords works: the MRAO admin sets a new temporary one"));
        writeSecret(context().operatorSecretKey(SecretStore::operatorTemporarySlot()), temporary,
                    [this, temporary] {
                        ScmAdminUpdate update;
                        update.password = temporary;
                        call(context().admin->updateAdmin(m_operatorId, update),
                             tr("Resetting the operator's password"), [this, temporary](ScmReply *) {
                                 m_temporary = temporary;
                                 if (context().operatorFacts && context().operatorFacts->id == m_operatorId)
                                     context().operatorFacts->reseted = true;
                                 stepState().details.remove(manualKey);
                                 stepState().details.insert(QStringLiteral("resetByMrao"), true);
                                 saveProgress();
                                 change();
                             });
                    });
    });
}
