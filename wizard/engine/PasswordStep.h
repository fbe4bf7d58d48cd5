#pragma once

#include "Step.h"

#include <QStringList>

struct ScmAdmin;

// `password`: the operator's one-time change of its temporary password (DESIGN.md, "The
// operator's password"). The new password is generated and kept as *pending* before the change is
// sent; the change is tried over the API as the operator; when SCM refuses the temporary password
// the person changes it at SCM's web page (the Runner shows them what to type) and the step polls
// until the new password works. On every run the stored passwords are tried — current, then
// pending — so a crash on either side of SCM's commit loses nothing. When none works and the
// operator is not new, an MRAO resets its password instead of a second operator being made.
class PasswordStep : public Step
{
    Q_OBJECT
public:
    explicit PasswordStep(StepContext *context, QObject *parent = nullptr);

protected:
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
    bool m_reseted = false;
    QString m_current, m_pending, m_temporary;
    QStringList m_trySlots;
};
