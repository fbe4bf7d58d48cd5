#pragma once

#include "Step.h"

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
    void create();
    void sendCreate(const QString &temporaryPassword);
    void verify(qint64 id);
    QString role() const;

    qint64 m_orgId = 0;
    bool m_created = false;
    bool m_adoptAfterConflict = false;
};
