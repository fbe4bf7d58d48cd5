#pragma once

#include "Step.h"

#include <QStringList>

struct ScmAdmin;

// `password`: the operator's one-time change of its temporary password (DESIGN.md, "The
// operator's password"). The new password is generated and kept as *pending* before the change is
// sent; the change is tried over the API as the operator; when SCM refuses the temporary password
// the person changes it at SCM's web page (the Runner shows them what to type) and the step polls
// until the new password works (rarely: each look is a refused login; the person's "done" looks at
// once). On every run the stored passwords are tried — current, then pending — so a crash on either
// side of SCM's commit loses nothing. What the credentials do decides, never the admin's `reseted`
// field (a reset date that stays after the change, or a boolean on older servers): with a temporary
// password in the store the change is tried; only when none is known, and only with the person's
// consent (StepContext::resetOperatorPassword: the gateway's password stops working), does an MRAO
// reset the password (instead of a second operator being made).
class PasswordStep : public Step
{
    Q_OBJECT
public:
    explicit PasswordStep(StepContext *context, QObject *parent = nullptr);

protected:
    PollPolicy pollPolicy() const override { return PollPolicy::manualPasswordChange(); }
    void reset() override;
    void inspect() override;

private:
    void readSlots();
    void tryStored(int index);
    void works(const QString &slot, const QString &password, const QJsonObject &passwordState);
    void noneWorks();
    void change();
    void changeRefused();
    void announce();
    void resetByMrao();
    void promote(const QString &password, const QJsonObject &passwordState);

    qint64 m_operatorId = 0;
    QString m_current, m_pending, m_temporary;
    QStringList m_trySlots;
};
