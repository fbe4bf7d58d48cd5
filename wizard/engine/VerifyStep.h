#pragma once

#include "Step.h"

#include <QList>

class ScmReply;

// `verify`: proves the gateway's credentials work by doing what the gateway will do, as the
// operator with its current password: the organisation is visible, the plan's S/MIME profile and
// term exist for it, no custom field is mandatory for REST enrolment (the gateway sends none), and
// the password's expiry date is recorded. Reads only.
class VerifyStep : public Step
{
    Q_OBJECT
public:
    explicit VerifyStep(StepContext *context, QObject *parent = nullptr);

protected:
    void inspect() override;

private:
    void check(qint64 orgId, const QList<ScmReply *> &replies);
};
