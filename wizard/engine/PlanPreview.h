#pragma once

#include "Plan.h"
#include "PlanPreviewReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

class ScmClient;
class ScmReply;

// The read-only survey behind `mpki-setup preview` and the wizard's Preview button: signs in as the
// plan's admin and reads (GET only, never a changing request) who the admin is, the organisation,
// its department, validation and REST access, the domains with their delegations and DCV state, the
// operator and the S/MIME profiles; then says per object what a run would do (see
// PlanPreviewReport). Decides as the steps' inspect() do: same name matching, same target
// organisation for delegations and the operator's role.
class PlanPreview : public QObject
{
    Q_OBJECT
public:
    // `admin` signs in as plan.scm.login; it must outlive the survey.
    PlanPreview(const Plan &plan, ScmClient *admin, QObject *parent = nullptr);

    // Starts the survey; finished() follows exactly once, asynchronously.
    void start();
    const PlanPreviewReport &report() const { return m_report; }

signals:
    void finished();

private:
    void read(ScmReply *reply, const QString &what, std::function<void(ScmReply *)> onAnswer,
              std::function<bool(ScmReply *)> onError = {});
    void surveyAdmin();
    void surveyOrganization(const QJsonArray &organizations);
    void surveyValidations(qint64 orgId);
    void surveyProfiles(qint64 orgId);
    void surveyDomains();
    void surveyDomain(const QString &name, qint64 domainId);
    void surveyOperator();
    void judgeOperator(const QJsonObject &admin);
    void finish();

    Plan m_plan;
    ScmClient *m_admin;
    PlanPreviewReport m_report;
    int m_open = 0;
    bool m_done = false;
    bool m_adminIsMrao = false;
    bool m_validationNeedsSubmit = false;
    bool m_backendKnown = false;
    qint64 m_orgId = 0;
    qint64 m_departmentId = 0;
};
