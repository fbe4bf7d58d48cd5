#pragma once

#include "Step.h"

#include "ScmError.h"

#include <QStringList>

#include <optional>

struct ScmAdmin;

// `operator`: the admin the gateway will log in as. Adopted by login (its role on the organisation
// — or department — checked, missing privileges added with a full-set update) or created as a
// STANDARD admin: RAO_SMIME on the organisation (DRAO_SMIME on the department) with the plan's
// privileges, checked against what SCM lets this role have. Never API-only here: the operator
// still has to change its temporary password (see `password`). The temporary password is generated
// only when no such admin exists, and kept in the secret store before the create is sent.
class OperatorStep : public Step
{
    Q_OBJECT
public:
    explicit OperatorStep(StepContext *context, QObject *parent = nullptr);

protected:
    void reset() override;
    void inspect() override;

private:
    void adopt(const ScmAdmin &admin);
    // Both answers of the look-up (the admin by login, the role's assignable privileges) are in.
    void lookedUp();
    void create();
    void sendCreate(const QString &temporaryPassword);
    void verify(qint64 id);
    void remember(const ScmAdmin &admin);
    QString role() const;

    qint64 m_orgId = 0;
    bool m_created = false;
    // The look-up's two answers, sent together.
    int m_lookUpsOpen = 0;
    qint64 m_foundId = 0;
    QStringList m_assignable;
    std::optional<ScmError> m_privilegesError;
};
