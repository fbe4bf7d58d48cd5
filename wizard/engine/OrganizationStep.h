#pragma once

#include "Step.h"

struct ScmOrganization;

// `organization`: adopts the plan's organisation by name or creates it (id from Location), the
// same for the department a DRAO operator needs; REST/API enrolment switched on. On an adopted
// organisation only `clientCertsApiEnabled` is ever written (editing details can trigger
// re-validation at Sectigo).
class OrganizationStep : public Step
{
    Q_OBJECT
public:
    explicit OrganizationStep(StepContext *context, QObject *parent = nullptr);

protected:
    void reset() override;
    void inspect() override;

private:
    void decide(const QJsonArray &organizations);
    void createOrganization();
    void ensureDepartment(qint64 orgId, qint64 departmentId);
    // Reads the organisation or department; switches clientCertsApiEnabled on when it is off.
    void ensureApiEnabled(qint64 id, const QString &label, std::function<void()> onDone);
    void verify(qint64 orgId, qint64 departmentId);

    bool m_orgCreated = false;
    bool m_departmentCreated = false;
    QList<qint64> m_switchedOn; // adopted ones whose REST/API enrolment this run switched on
};
