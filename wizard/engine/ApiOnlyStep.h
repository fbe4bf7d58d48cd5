#pragma once

#include "Step.h"

struct ScmAdmin;

// `api-only`: makes the operator an API-only admin — `type: API` on current SCM, the privilege
// `wsApiUseOnly` (with the full set) in the legacy dialect. Refuses to run before `password` is
// done: an API-only account can no longer log in to the web page, so its temporary password could
// never be changed there.
class ApiOnlyStep : public Step
{
    Q_OBJECT
public:
    explicit ApiOnlyStep(StepContext *context, QObject *parent = nullptr);

    // The refusal, for callers that check before starting anything (the Runner's --only).
    static QString orderRuleMessage();

protected:
    void reset() override { m_legacyByAnswer = false; }
    void inspect() override;

private:
    void ensure(const ScmAdmin &admin, bool changed);
    bool legacy() const;

    // SCM refused `type: API` as invalid: it knows only STANDARD admins (the legacy dialect), although
    // the plan did not say so (the wizard does not ask for the dialect).
    bool m_legacyByAnswer = false;
};
