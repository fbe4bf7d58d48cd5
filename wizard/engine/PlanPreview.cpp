#include "PlanPreview.h"

#include "EngineExit.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "TcsGuard.h"
#include "ValidationChoice.h"

#include <QDate>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace {
const QString smime = QStringLiteral("SMIME");
// A password that expires within this many days would expire during a run that waits for
// Sectigo's vetting: the run would stop half-way.
constexpr int passwordMarginDays = 3;

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The order in which the report lists the objects: as the run's steps reach them.
int kindRank(const QString &kind)
{
    static const QStringList order{
        QStringLiteral("admin"),      QStringLiteral("organization"), QStringLiteral("department"),
        QStringLiteral("validation"), QStringLiteral("profile"),      QStringLiteral("domain"),
        QStringLiteral("delegation"), QStringLiteral("dcv"),          QStringLiteral("operator"),
        QStringLiteral("password"),   QStringLiteral("api-only")};
    const int rank = int(order.indexOf(kind));
    return rank < 0 ? int(order.size()) : rank;
}
} // namespace

PlanPreview::PlanPreview(const Plan &plan, ScmClient *admin, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_admin(admin)
{}

void PlanPreview::start()
{
    if (TcsGuard::isTcsCustomer(m_plan.scm.customerUri))
        m_report.blockers << TcsGuard::explanation(m_plan.scm.customerUri);
    // Held open until every first read is asked, so that an early answer cannot finish the survey.
    ++m_open;
    surveyAdmin();
    read(m_admin->listOrganizations(), tr("Listing the organisations"),
         [this](ScmReply *reply) { surveyOrganization(reply->array()); });
    QTimer::singleShot(0, this, [this] {
        if (--m_open == 0)
            finish();
    });
}

void PlanPreview::read(ScmReply *reply, const QString &what, std::function<void(ScmReply *)> onAnswer,
                       std::function<bool(ScmReply *)> onError)
{
    ++m_open;
    connect(reply, &ScmReply::finished, this, [this, reply, what, onAnswer, onError] {
        reply->deleteLater();
        if (reply->ok())
            onAnswer(reply);
        else if (!(onError && onError(reply)) && m_report.failure.isEmpty()) {
            m_report.failure = QStringLiteral("%1: %2").arg(what, reply->error().message());
            m_report.exitCode = EngineExit::forScmError(reply->error());
        }
        if (--m_open == 0)
            finish();
    });
}

void PlanPreview::surveyAdmin()
{
    const QString login = m_plan.scm.login;
    read(
        m_admin->passwordState(), tr("Reading the admin's password state"),
        [this, login](ScmReply *reply) {
            const ScmPasswordState state = ScmPasswordState::fromJson(reply->object());
            if (state.state.compare(QLatin1String("EXPIRED"), Qt::CaseInsensitive) == 0) {
                m_report.blockers
                    << tr("The password of the admin %1 has expired: change it in SCM first.").arg(login);
            } else if (state.expirationDate.isValid() &&
                       QDate::currentDate().daysTo(state.expirationDate) <= passwordMarginDays) {
                m_report.blockers << tr("The password of the admin %1 expires on %2: change it in SCM before "
                                        "the run.")
                                         .arg(login, state.expirationDate.toString(Qt::ISODate));
            }
        },
        [this, login](ScmReply *reply) {
            // SCM answers an expired password with its state in the body.
            const ScmPasswordState state = ScmPasswordState::fromJson(reply->object());
            if (state.state.compare(QLatin1String("EXPIRED"), Qt::CaseInsensitive) != 0)
                return false;
            m_report.blockers
                << tr("The password of the admin %1 has expired: change it in SCM first.").arg(login);
            return true;
        });
    read(m_admin->findAdminByLogin(login), tr("Looking up the admin %1").arg(login),
         [this, login](ScmReply *reply) {
             const ScmAdmin found = ScmAdmin::fromJson(reply->object());
             if (found.id <= 0) {
                 m_report.add(QStringLiteral("admin"), login, QStringLiteral("none"),
                              tr("not listed (an admin sees only the admins it manages)"));
                 return;
             }
             read(m_admin->getAdmin(found.id), tr("Reading the admin %1").arg(login),
                  [this, login](ScmReply *r) {
                      const ScmAdmin admin = ScmAdmin::fromJson(r->object());
                      m_adminIsMrao = admin.hasRole(QStringLiteral("MRAO"));
                      QStringList roles;
                      for (const ScmCredential &credential : admin.credentials)
                          roles << credential.role;
                      m_report.add(QStringLiteral("admin"), login, QStringLiteral("none"),
                                   tr("roles %1; privileges %2")
                                       .arg(roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", ")),
                                            admin.privileges.isEmpty()
                                                ? tr("none")
                                                : admin.privileges.join(QStringLiteral(", "))));
                  });
         });
}

void PlanPreview::surveyOrganization(const QJsonArray &organizations)
{
    const QString name = m_plan.organization.name;
    const QString department = m_plan.organization.department;
    for (const QJsonValue &value : organizations) {
        const ScmOrganization org = ScmOrganization::fromJson(value.toObject());
        if (!sameName(org.name, name))
            continue;
        m_orgId = org.id;
        for (const ScmDepartment &candidate : org.departments) {
            if (!department.isEmpty() && sameName(candidate.name, department))
                m_departmentId = candidate.id;
        }
    }
    if (m_orgId <= 0) {
        m_report.add(QStringLiteral("organization"), name, QStringLiteral("create"),
                     tr("with REST/API enrolment of client certificates"));
        if (!department.isEmpty())
            m_report.add(QStringLiteral("department"), department, QStringLiteral("create"));
        m_report.add(QStringLiteral("validation"), m_plan.organization.validation.level,
                     QStringLiteral("create"));
        if (!m_plan.certificate.profile.isEmpty())
            m_report.add(QStringLiteral("profile"), m_plan.certificate.profile, QStringLiteral("none"),
                         tr("offered profiles can be read once the organisation exists"));
        m_validationNeedsSubmit = true;
        m_report.tasks << tr("Sectigo vets the organisation '%1' by hand (%2 validation): hours to days.")
                              .arg(name, m_plan.organization.validation.level);
    } else {
        const auto judgeApi = [this](qint64 id, const QString &kind, const QString &label) {
            read(m_admin->getOrganization(id), tr("Reading '%1'").arg(label),
                 [this, id, kind, label](ScmReply *r) {
                     const ScmOrganization org = ScmOrganization::fromJson(r->object());
                     if (org.clientCertsApiEnabled)
                         m_report.add(kind, label, QStringLiteral("adopt"), tr("exists (id %1)").arg(id));
                     else
                         m_report.add(kind, label, QStringLiteral("update"),
                                      tr("switch on REST/API enrolment of client certificates"));
                 });
        };
        judgeApi(m_orgId, QStringLiteral("organization"), name);
        if (!department.isEmpty()) {
            if (m_departmentId > 0)
                judgeApi(m_departmentId, QStringLiteral("department"), department);
            else
                m_report.add(QStringLiteral("department"), department, QStringLiteral("create"));
        }
        surveyValidations(m_orgId);
        surveyProfiles(m_orgId);
    }
    surveyDomains();
    surveyOperator();
}

void PlanPreview::surveyValidations(qint64 orgId)
{
    const QString level = m_plan.organization.validation.level;
    read(m_admin->listValidations(orgId), tr("Reading the organisation's validations"),
         [this, level](ScmReply *reply) {
             QList<ScmValidation> validations;
             for (const QJsonValue &value : reply->array())
                 validations << ScmValidation::fromJson(value.toObject());
             const ScmValidation *best = bestValidationOfLevel(validations, level);
             for (const ScmValidation &validation : std::as_const(validations))
                 m_backendKnown = m_backendKnown || validation.backendId > 0;
             const QString status = best ? best->status.toUpper() : QString();
             if (!best || status == QLatin1String("NOT_VALIDATED")) {
                 m_validationNeedsSubmit = true;
                 m_report.add(QStringLiteral("validation"), level, QStringLiteral("create"));
                 m_report.tasks << tr("Sectigo vets the organisation by hand (%1 validation): hours to days.")
                                       .arg(level);
             } else if (status == QLatin1String("VALIDATED")) {
                 m_report.add(QStringLiteral("validation"), level, QStringLiteral("none"),
                              tr("VALIDATED (id %1)").arg(best->id));
             } else if (status == QLatin1String("FAILED")) {
                 m_report.add(QStringLiteral("validation"), level, QStringLiteral("none"), tr("FAILED"));
                 m_report.blockers << tr("Sectigo refused the organisation's %1 validation: %2")
                                          .arg(level, best->lastErrorFromCa.isEmpty()
                                                          ? tr("(no reason given)")
                                                          : best->lastErrorFromCa);
             } else if (status == QLatin1String("EXPIRED")) {
                 m_report.add(QStringLiteral("validation"), level, QStringLiteral("update"),
                              tr("ask Sectigo to validate again"));
                 m_report.tasks << tr("Sectigo vets the organisation again (%1 validation).").arg(level);
             } else {
                 m_report.add(QStringLiteral("validation"), level, QStringLiteral("none"),
                              tr("%1 (id %2): waiting for Sectigo").arg(status).arg(best->id));
                 m_report.tasks << tr("Sectigo is vetting the organisation (%1 validation).").arg(level);
             }
         });
}

void PlanPreview::surveyProfiles(qint64 orgId)
{
    const QString profile = m_plan.certificate.profile;
    if (profile.isEmpty()) // not chosen yet (the wizard's earlier pages)
        return;
    const int term = m_plan.certificate.term;
    read(m_admin->smimeProfiles(orgId), tr("Reading the S/MIME profiles"),
         [this, profile, term](ScmReply *reply) {
             QStringList offered;
             std::optional<ScmSmimeProfile> match;
             for (const QJsonValue &value : reply->array()) {
                 const ScmSmimeProfile candidate = ScmSmimeProfile::fromJson(value.toObject());
                 offered << candidate.name;
                 if (sameName(candidate.name, profile))
                     match = candidate;
             }
             if (!match) {
                 m_report.add(QStringLiteral("profile"), profile, QStringLiteral("none"), tr("not offered"));
                 m_report.blockers
                     << tr("SCM does not offer the S/MIME profile '%1' to the organisation (offered: %2).")
                            .arg(profile,
                                 offered.isEmpty() ? tr("none") : offered.join(QStringLiteral(", ")));
                 return;
             }
             // A profile that lists no terms says nothing about them.
             if (!match->terms.isEmpty() && !match->terms.contains(term)) {
                 QStringList terms;
                 for (int offeredTerm : std::as_const(match->terms))
                     terms << QString::number(offeredTerm);
                 m_report.add(QStringLiteral("profile"), profile, QStringLiteral("none"),
                              tr("offered, but not for %1 days").arg(term));
                 m_report.blockers << tr("The S/MIME profile '%1' is not offered for %2 days (terms: %3).")
                                          .arg(profile, QString::number(term),
                                               terms.join(QStringLiteral(", ")));
                 return;
             }
             m_report.add(QStringLiteral("profile"), profile, QStringLiteral("none"), tr("offered"));
         });
}

void PlanPreview::surveyDomains()
{
    for (const Plan::Domain &domain : std::as_const(m_plan.domains)) {
        const QString name = domain.asciiName();
        read(m_admin->listDomains(name), tr("Looking up the domain %1").arg(name),
             [this, name](ScmReply *reply) {
                 qint64 id = 0;
                 for (const QJsonValue &value : reply->array()) {
                     const ScmDomain candidate = ScmDomain::fromJson(value.toObject());
                     if (sameName(candidate.name, name))
                         id = candidate.id;
                 }
                 surveyDomain(name, id);
             });
    }
}

void PlanPreview::surveyDomain(const QString &name, qint64 domainId)
{
    QString method = QStringLiteral("CNAME");
    // As DomainsStep::startDcv: a domain under another domain of the plan is validated with that one.
    bool validatedWithParent = false;
    for (const Plan::Domain &domain : std::as_const(m_plan.domains)) {
        if (domain.asciiName() == name)
            method = domain.dcv.toUpper();
        validatedWithParent = validatedWithParent || name.endsWith(QLatin1Char('.') + domain.asciiName());
    }
    const auto dcvTask = [this, name, method, validatedWithParent] {
        if (validatedWithParent)
            return;
        if (method == QLatin1String("CNAME") || method == QLatin1String("TXT"))
            m_report.tasks
                << tr("Publish the DNS %1 record that the run shows for %2 (domain control validation).")
                       .arg(method, name);
        else if (method == QLatin1String("EMAIL"))
            m_report.tasks << tr("Answer Sectigo's validation e-mail for %1.").arg(name);
        else
            m_report.tasks
                << tr("Publish the validation file that the run shows on the web server of %1.").arg(name);
    };
    if (domainId <= 0) {
        m_report.add(QStringLiteral("domain"), name, QStringLiteral("create"));
        m_report.add(QStringLiteral("delegation"), name, QStringLiteral("create"), tr("S/MIME"));
        if (!validatedWithParent)
            m_report.add(QStringLiteral("dcv"), name, QStringLiteral("create"), method);
        dcvTask();
        return;
    }
    read(m_admin->getDomain(domainId), tr("Reading the domain %1").arg(name),
         [this, name, method, dcvTask, validatedWithParent](ScmReply *r) {
             const ScmDomain domain = ScmDomain::fromJson(r->object());
             m_report.add(QStringLiteral("domain"), name, QStringLiteral("adopt"),
                          tr("exists (id %1)").arg(domain.id));
             // The organisation the run delegates to: the department for a DRAO operator (as
             // Step::targetOrgId).
             const qint64 target =
                 m_plan.operatorAdmin.role == QLatin1String("DRAO_SMIME") && m_departmentId > 0
                     ? m_departmentId
                     : m_orgId;
             const ScmDelegation *ours = nullptr;
             QStringList others;
             for (const ScmDelegation &delegation : domain.delegations) {
                 if (target > 0 && delegation.orgId == target)
                     ours = &delegation;
                 else if (delegation.orgId != m_orgId && delegation.orgId != m_departmentId &&
                          delegation.certTypes.contains(smime))
                     others << QString::number(delegation.orgId);
             }
             if (!ours)
                 m_report.add(QStringLiteral("delegation"), name, QStringLiteral("create"), tr("S/MIME"));
             else if (!ours->certTypes.contains(smime))
                 m_report.add(QStringLiteral("delegation"), name, QStringLiteral("update"), tr("add S/MIME"));
             else if (!ours->status.isEmpty() &&
                      ours->status.compare(QLatin1String("ACTIVE"), Qt::CaseInsensitive) != 0)
                 m_report.add(QStringLiteral("delegation"), name, QStringLiteral("update"),
                              tr("approve (%1)").arg(ours->status));
             else
                 m_report.add(QStringLiteral("delegation"), name, QStringLiteral("none"),
                              tr("S/MIME, ACTIVE"));
             if (!others.isEmpty())
                 m_report.blockers
                     << tr("The domain %1 is delegated for S/MIME to another organisation (id %2).")
                            .arg(name, others.join(QStringLiteral(", ")));
             if (validatedWithParent)
                 return;
             if (domain.validationStatus.compare(QLatin1String("VALIDATED"), Qt::CaseInsensitive) == 0) {
                 m_report.add(QStringLiteral("dcv"), name, QStringLiteral("none"), tr("VALIDATED"));
             } else {
                 m_report.add(QStringLiteral("dcv"), name, QStringLiteral("create"), method);
                 dcvTask();
             }
         });
}

void PlanPreview::surveyOperator()
{
    const QString login = m_plan.operatorAdmin.login;
    // The wizard previews before its operator page was filled: nothing to say about an operator yet.
    if (login.isEmpty())
        return;
    read(m_admin->findAdminByLogin(login), tr("Looking up the operator %1").arg(login),
         [this, login](ScmReply *reply) {
             const ScmAdmin found = ScmAdmin::fromJson(reply->object());
             if (found.id <= 0) {
                 m_report.add(QStringLiteral("operator"), login, QStringLiteral("create"),
                              m_plan.operatorAdmin.role);
                 m_report.add(QStringLiteral("password"), login, QStringLiteral("create"),
                              tr("a temporary password, then a new one"));
                 m_report.add(QStringLiteral("api-only"), login, QStringLiteral("create"));
                 m_report.tasks
                     << tr("If SCM does not let a temporary password be changed over the API, log in "
                           "once as %1 at SCM's web page and set the password the run shows.")
                            .arg(login);
                 return;
             }
             read(m_admin->getAdmin(found.id), tr("Reading the operator %1").arg(login),
                  [this](ScmReply *r) { judgeOperator(r->object()); });
         });
}

void PlanPreview::judgeOperator(const QJsonObject &json)
{
    const ScmAdmin admin = ScmAdmin::fromJson(json);
    const QString role = m_plan.operatorAdmin.role;
    const qint64 target =
        role == QLatin1String("DRAO_SMIME") && m_departmentId > 0 ? m_departmentId : m_orgId;
    bool holdsRole = false;
    QStringList held;
    for (const ScmCredential &credential : admin.credentials) {
        held << QStringLiteral("%1@%2").arg(credential.role, QString::number(credential.orgId));
        holdsRole =
            holdsRole || (credential.role == role && (credential.orgId == target || credential.orgId == 0));
    }
    QStringList missing;
    for (const QString &privilege : std::as_const(m_plan.operatorAdmin.privileges)) {
        if (!admin.privileges.contains(privilege))
            missing << privilege;
    }
    if (!holdsRole)
        m_report.blockers << tr("The admin %1 exists already but is not %2 of the organisation; it has: %3.")
                                 .arg(admin.login, role,
                                      held.isEmpty() ? tr("no role") : held.join(QStringLiteral(", ")));
    if (missing.isEmpty())
        m_report.add(QStringLiteral("operator"), admin.login, QStringLiteral("adopt"),
                     tr("exists (id %1, type %2)").arg(QString::number(admin.id), admin.type));
    else
        m_report.add(QStringLiteral("operator"), admin.login, QStringLiteral("update"),
                     tr("add the privileges %1").arg(missing.join(QStringLiteral(", "))));
    m_report.add(QStringLiteral("password"), admin.login, QStringLiteral("none"));
    const bool apiOnly = admin.type.compare(QLatin1String("API"), Qt::CaseInsensitive) == 0 ||
                         admin.privileges.contains(QStringLiteral("wsApiUseOnly"));
    if (apiOnly)
        m_report.add(QStringLiteral("api-only"), admin.login, QStringLiteral("none"));
    else
        m_report.add(QStringLiteral("api-only"), admin.login, QStringLiteral("update"), tr("make API-only"));
}

void PlanPreview::finish()
{
    if (m_done)
        return;
    m_done = true;
    // As ValidationStep::findBackend: without a backend id from an earlier validation only an MRAO
    // admin can submit.
    if (m_validationNeedsSubmit && !m_backendKnown && !m_adminIsMrao && m_report.failure.isEmpty())
        m_report.blockers << tr(
            "Submitting the organisation's validation needs the CA backend's id, which only "
            "an MRAO admin can read.");
    std::stable_sort(m_report.actions.begin(), m_report.actions.end(),
                     [](const PlanPreviewAction &a, const PlanPreviewAction &b) {
                         const int ra = kindRank(a.kind), rb = kindRank(b.kind);
                         return ra != rb ? ra < rb : a.name < b.name;
                     });
    if (m_report.failure.isEmpty())
        m_report.exitCode = m_report.blockers.isEmpty() ? EngineExit::Complete : EngineExit::Refused;
    emit finished();
}
