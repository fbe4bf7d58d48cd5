#pragma once

#include "Step.h"

struct ScmValidation;

// `validation`: the organisation's OV S/MIME validation. An existing one is adopted; otherwise it
// is submitted (backendId from the CA backends for an MRAO, else from an existing validation of
// the organisation). PENDING is human vetting at Sectigo (hours to days): the step waits, and each
// poll asks SCM to sync with the CA first. EXPIRED is re-validated; FAILED is an error that shows
// what the CA said.
class ValidationStep : public Step
{
    Q_OBJECT
public:
    explicit ValidationStep(StepContext *context, QObject *parent = nullptr);
    PollPolicy pollPolicy() const override { return PollPolicy::validation(); }

protected:
    void inspect() override;

private:
    void examine(qint64 orgId, const QList<ScmValidation> &validations);
    void judge(qint64 orgId, const ScmValidation &validation);
    void submit(qint64 orgId, qint64 backendId);
    void lookAfterSubmit(qint64 orgId, qint64 validationId);
    void findBackend(qint64 orgId, const QList<ScmValidation> &validations);
};
