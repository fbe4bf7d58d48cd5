#pragma once

#include "Step.h"

// `connect`: checks the account the wizard runs as — its password works (and when it expires), and
// its role and privileges are enough for the plan (creating the organisation needs MRAO or
// addOrganizationAndDepartments). Reads only.
class ConnectStep : public Step
{
    Q_OBJECT
public:
    explicit ConnectStep(StepContext *context, QObject *parent = nullptr);

protected:
    void inspect() override;

private:
    void checkRights(const QJsonArray &organizations);
};
