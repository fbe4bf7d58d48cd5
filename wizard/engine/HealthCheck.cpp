#include "HealthCheck.h"

#include "Clock.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTypes.h"
#include "ValidationChoice.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace {
const QString wsApiUseOnly = QStringLiteral("wsApiUseOnly");
const QString clientCertRequest = QStringLiteral("clientCertRequest");
constexpr int notRegisteredDomain = -723; // SCM: DCV is only for the registered domain
constexpr int maxParentDepth = 4;

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

HealthCheck::HealthCheck(ScmTransport *transport, const HealthTarget &target,
                         const HealthThresholds &thresholds, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_target(target)
    , m_thresholds(thresholds)
    , m_clock(clock ? clock : Clock::system())
{}

HealthCheck::~HealthCheck()
{
    for (const QPointer<ScmReply> &reply : std::as_const(m_open))
        if (reply)
            reply->disconnect(this);
}

void HealthCheck::start()
{
    const ConnectorConfig &connector = m_target.connector;
    const QUrl baseUrl = ScmTransport::normaliseBaseUrl(connector.scmBaseUrl);
    m_operator = std::make_unique<ScmClient>(
        m_transport, ScmCredentials{baseUrl, connector.customerUri, connector.login, connector.password});
    QTimer::singleShot(m_timeoutMs, this, [this] {
        m_timedOut = true;
        for (const QPointer<ScmReply> &reply : std::as_const(m_open))
            if (reply)
                reply->abort();
    });
    expect(m_operator->passwordState(), [this](ScmReply *reply) { signedIn(reply); });
}

void HealthCheck::expect(ScmReply *reply, Handler handler)
{
    m_open.append(reply);
    connect(reply, &ScmReply::finished, this, [this, reply, handler] {
        m_open.removeAll(reply);
        reply->deleteLater();
        if (m_finished)
            return;
        handler(reply);
        if (m_open.isEmpty())
            finish();
    });
}

void HealthCheck::add(int section, const HealthFinding &finding)
{
    m_findings.append({section, finding});
}

QString HealthCheck::runAction(const QString &steps) const
{
    if (m_target.runCommand.isEmpty())
        return tr("Run the onboarding's step(s) %1 again (mpki-setup run --only %1).").arg(steps);
    return tr("Run %1.").arg(m_target.runCommand.arg(steps));
}

QString HealthCheck::rotateAction() const
{
    if (m_target.rotateCommand.isEmpty())
        return tr("Give the operator a new password (mpki-setup rotate) and type it into the gateway's MPKI "
                  "page.");
    return tr("Give the operator a new password with %1 and type it into the gateway's MPKI page.")
        .arg(m_target.rotateCommand);
}

HealthFinding HealthCheck::expiryFinding(const QString &id, const QString &title, const QDate &expires,
                                         const QString &expiredState, const QString &action) const
{
    HealthFinding finding;
    finding.id = id;
    finding.title = title;
    finding.date = expires;
    const QDate today = m_clock->now().date();
    if (expiredState.compare(QLatin1String("EXPIRED"), Qt::CaseInsensitive) == 0 ||
        (expires.isValid() && expires < today)) {
        finding.level = HealthFinding::Level::Critical;
        finding.detail = expires.isValid() ? tr("expired on %1").arg(isoDate(expires)) : tr("expired");
        finding.action = action;
        return finding;
    }
    if (!expires.isValid()) {
        finding.level = HealthFinding::Level::Ok;
        finding.detail = expiredState.compare(QLatin1String("NEVER_EXPIRE"), Qt::CaseInsensitive) == 0
                             ? tr("never expires")
                             : tr("valid; SCM gives no expiry date");
        return finding;
    }
    const qint64 days = today.daysTo(expires);
    finding.detail = tr("valid until %1 (%n day(s) from today)", nullptr, int(days)).arg(isoDate(expires));
    if (days <= m_thresholds.criticalDays) {
        finding.level = HealthFinding::Level::Critical;
        finding.action = action;
    } else if (days <= m_thresholds.warnDays) {
        finding.level = HealthFinding::Level::Warning;
        finding.action = action;
    } else {
        finding.level = HealthFinding::Level::Ok;
    }
    return finding;
}

HealthFinding HealthCheck::unknown(const QString &id, const QString &title, ScmReply *reply) const
{
    HealthFinding finding;
    finding.id = id;
    finding.title = title;
    finding.level = HealthFinding::Level::Unknown;
    if (m_timedOut && reply->error().kind() == ScmError::Kind::Cancelled)
        finding.detail = tr("SCM did not answer within %n second(s)", nullptr, m_timeoutMs / 1000);
    else
        finding.detail = tr("could not be checked: %1").arg(reply->error().message());
    return finding;
}

void HealthCheck::signedIn(ScmReply *reply)
{
    const QString login = m_target.connector.login;
    const QString signInTitle = tr("The operator %1 signs in").arg(login);
    const QString passwordTitle = tr("The operator's password");
    const ScmError &error = reply->error();
    if (!reply->ok() && error.kind() != ScmError::Kind::PasswordExpired) {
        if (!error.refusesCredentials()) {
            // Nothing else can be learned without SCM: one finding says why.
            add(SignIn, unknown(QStringLiteral("operator-sign-in"), signInTitle, reply));
            checkAdminPassword();
            return;
        }
        HealthFinding refused;
        refused.id = QStringLiteral("operator-sign-in");
        refused.title = signInTitle;
        refused.level = HealthFinding::Level::Critical;
        refused.detail = tr("SCM refuses the operator's password (%1)").arg(error.message());
        refused.action =
            m_target.rotateCommand.isEmpty()
                ? tr("If the password was changed elsewhere, export the connector file again where it was "
                     "changed; otherwise let the MRAO admin set a new one (“Reset it as the MRAO admin…” "
                     "after "
                     "“Rotate the operator password”).")
                : tr("If the password was changed elsewhere, export the connector file again where it was "
                     "changed; otherwise let the MRAO admin set a new one: %1 --reset-operator-password")
                      .arg(m_target.rotateCommand);
        add(SignIn, refused);
        checkAdminPassword();
        return;
    }
    const ScmPasswordState password = ScmPasswordState::fromJson(reply->object());
    if (error.kind() == ScmError::Kind::PasswordExpired) {
        // SCM answers nothing but the password calls now: the rest cannot be checked, and need not be.
        add(SignIn, {QStringLiteral("operator-sign-in"), HealthFinding::Level::Critical, signInTitle,
                     tr("SCM refuses the gateway's requests: the password has expired"),
                     password.expirationDate, rotateAction()});
        add(SignIn, expiryFinding(QStringLiteral("operator-password"), passwordTitle, password.expirationDate,
                                  QStringLiteral("EXPIRED"), rotateAction()));
        checkAdminPassword();
        return;
    }
    add(SignIn, {QStringLiteral("operator-sign-in"),
                 HealthFinding::Level::Ok,
                 signInTitle,
                 tr("signs in with the gateway's password"),
                 {},
                 {}});
    add(SignIn, expiryFinding(QStringLiteral("operator-password"), passwordTitle, password.expirationDate,
                              password.state, rotateAction()));

    checkOperatorRecord();
    checkOrganization();
    checkValidation();
    checkProfile();
    checkDomains();
    checkAdminPassword();
}

void HealthCheck::checkOperatorRecord()
{
    expect(m_operator->findAdminByLogin(m_target.connector.login), [this](ScmReply *reply) {
        const QString title = tr("The operator's record");
        if (!reply->ok()) {
            add(OperatorRecord, unknown(QStringLiteral("operator-record"), title, reply));
            return;
        }
        const qint64 id = ScmAdmin::fromJson(reply->object()).id;
        if (id == 0) {
            HealthFinding missing{QStringLiteral("operator-record"),
                                  HealthFinding::Level::Unknown,
                                  title,
                                  tr("SCM does not list the operator to itself"),
                                  {},
                                  {}};
            add(OperatorRecord, missing);
            return;
        }
        expect(m_operator->getAdmin(id), [this](ScmReply *record) { checkOperator(record); });
    });
}

void HealthCheck::checkOperator(ScmReply *reply)
{
    const QString apiOnlyTitle = tr("The operator is API-only");
    const QString roleTitle = tr("The operator's S/MIME role on the organisation");
    const QString privilegeTitle = tr("The operator may request client certificates");
    if (!reply->ok()) {
        add(OperatorRecord, unknown(QStringLiteral("operator-api-only"), apiOnlyTitle, reply));
        return;
    }
    const ScmAdmin admin = ScmAdmin::fromJson(reply->object());
    const qint64 orgId = m_target.connector.organizationId;

    HealthFinding apiOnly{
        QStringLiteral("operator-api-only"), HealthFinding::Level::Ok, apiOnlyTitle, {}, {}, {}};
    // Current SCM shows it as type API, the legacy dialect as the wsApiUseOnly privilege.
    if (admin.type.compare(QLatin1String("API"), Qt::CaseInsensitive) == 0 ||
        admin.privileges.contains(wsApiUseOnly, Qt::CaseInsensitive)) {
        apiOnly.detail = tr("yes");
    } else {
        apiOnly.level = HealthFinding::Level::Critical;
        apiOnly.detail = tr("no: the operator is a %1 admin now, and can sign in to the web interface")
                             .arg(admin.type.isEmpty() ? QStringLiteral("STANDARD") : admin.type);
        apiOnly.action = runAction(QStringLiteral("api-only"));
    }
    add(OperatorRecord, apiOnly);

    HealthFinding role{
        QStringLiteral("operator-role"), HealthFinding::Level::Critical, roleTitle, {}, {}, {}};
    for (const ScmCredential &credential : admin.credentials) {
        if ((credential.role == QLatin1String("RAO_SMIME") ||
             credential.role == QLatin1String("DRAO_SMIME")) &&
            credential.orgId == orgId) {
            role.level = HealthFinding::Level::Ok;
            role.detail =
                tr("%1 on %2 (id %3)")
                    .arg(credential.role, m_target.connector.organizationName, QString::number(orgId));
        }
    }
    if (role.level != HealthFinding::Level::Ok) {
        role.detail = tr("the operator has no S/MIME role on the organisation %1 (id %2) any more")
                          .arg(m_target.connector.organizationName, QString::number(orgId));
        role.action = runAction(QStringLiteral("operator"));
    }
    add(OperatorRecord, role);

    HealthFinding privilege{
        QStringLiteral("operator-privilege"), HealthFinding::Level::Ok, privilegeTitle, {}, {}, {}};
    if (admin.privileges.contains(clientCertRequest, Qt::CaseInsensitive)) {
        privilege.detail = tr("yes (%1)").arg(clientCertRequest);
    } else {
        privilege.level = HealthFinding::Level::Critical;
        privilege.detail = tr("no: the privilege %1 was taken away").arg(clientCertRequest);
        privilege.action = runAction(QStringLiteral("operator"));
    }
    add(OperatorRecord, privilege);
}

void HealthCheck::checkOrganization()
{
    const qint64 orgId = m_target.connector.organizationId;
    expect(m_operator->getOrganization(orgId), [this, orgId](ScmReply *reply) {
        const QString existsTitle = tr("The organisation %1").arg(m_target.connector.organizationName);
        const QString restTitle = tr("REST access for client certificates");
        if (!reply->ok()) {
            if (reply->error().kind() != ScmError::Kind::NotFound) {
                add(Organization, unknown(QStringLiteral("organization"), existsTitle, reply));
                return;
            }
            add(Organization, {QStringLiteral("organization"),
                               HealthFinding::Level::Critical,
                               existsTitle,
                               tr("SCM knows no organisation with id %1 any more").arg(orgId),
                               {},
                               runAction(QStringLiteral("organization,validation,domains,operator"))});
            return;
        }
        const ScmOrganization org = ScmOrganization::fromJson(reply->object());
        add(Organization, {QStringLiteral("organization"),
                           HealthFinding::Level::Ok,
                           existsTitle,
                           tr("exists (id %1)").arg(orgId),
                           {},
                           {}});
        if (org.clientCertsApiEnabled)
            add(Organization, {QStringLiteral("organization-rest-access"),
                               HealthFinding::Level::Ok,
                               restTitle,
                               tr("switched on"),
                               {},
                               {}});
        else
            add(Organization, {QStringLiteral("organization-rest-access"),
                               HealthFinding::Level::Critical,
                               restTitle,
                               tr("switched off: the gateway's requests are refused"),
                               {},
                               runAction(QStringLiteral("organization"))});
    });
}

void HealthCheck::checkValidation()
{
    expect(m_operator->listValidations(m_target.connector.organizationId), [this](ScmReply *reply) {
        const QString title = tr("The organisation's OV S/MIME validation");
        if (!reply->ok()) {
            add(Validation, unknown(QStringLiteral("organization-validation"), title, reply));
            return;
        }
        QList<ScmValidation> validations;
        for (const QJsonValue &value : reply->array())
            validations << ScmValidation::fromJson(value.toObject());
        const ScmValidation *validation = bestValidationOfLevel(validations, QStringLiteral("OV_SMIME"));
        const QString action = runAction(QStringLiteral("validation"));
        if (!validation) {
            add(Validation, {QStringLiteral("organization-validation"),
                             HealthFinding::Level::Critical,
                             title,
                             tr("SCM lists none"),
                             {},
                             action});
            return;
        }
        const QString status = validation->status.toUpper();
        if (status == QLatin1String("VALIDATED") || status == QLatin1String("EXPIRED")) {
            HealthFinding finding = expiryFinding(QStringLiteral("organization-validation"), title,
                                                  ScmTypes::dateOf(validation->expires), status, action);
            add(Validation, finding);
            return;
        }
        add(Validation, {QStringLiteral("organization-validation"),
                         HealthFinding::Level::Critical,
                         title,
                         tr("%1 (validation %2)").arg(status, QString::number(validation->id)),
                         {},
                         action});
    });
}

void HealthCheck::checkProfile()
{
    expect(m_operator->smimeProfiles(m_target.connector.organizationId), [this](ScmReply *reply) {
        const ConnectorConfig &connector = m_target.connector;
        const QString title = tr("The S/MIME profile %1").arg(connector.profileName);
        if (!reply->ok()) {
            add(Profile, unknown(QStringLiteral("smime-profile"), title, reply));
            return;
        }
        for (const QJsonValue &value : reply->array()) {
            const ScmSmimeProfile profile = ScmSmimeProfile::fromJson(value.toObject());
            if ((connector.profileId != 0 && profile.id == connector.profileId) ||
                (connector.profileId == 0 && profile.name == connector.profileName)) {
                const bool termOffered =
                    connector.term == 0 || profile.terms.isEmpty() || profile.terms.contains(connector.term);
                if (termOffered)
                    add(Profile, {QStringLiteral("smime-profile"),
                                  HealthFinding::Level::Ok,
                                  title,
                                  tr("offered to the organisation"),
                                  {},
                                  {}});
                else
                    add(Profile,
                        {QStringLiteral("smime-profile"),
                         HealthFinding::Level::Critical,
                         title,
                         tr("offered, but no longer with the term of %n day(s)", nullptr, connector.term),
                         {},
                         runAction(QStringLiteral("verify,connector"))});
                return;
            }
        }
        add(Profile, {QStringLiteral("smime-profile"),
                      HealthFinding::Level::Critical,
                      title,
                      tr("no longer offered to the organisation"),
                      {},
                      tr("Choose a profile SCM offers in the plan, then %1")
                          .arg(runAction(QStringLiteral("verify,connector")))});
    });
}

void HealthCheck::checkDomains()
{
    const QStringList &domains = m_target.connector.managedDomains;
    for (const QString &domain : domains) {
        const QString ascii = QString::fromLatin1(QUrl::toAce(domain));
        // SCM's list gives ids and names (and filters by part of the name): the record has the delegations.
        expect(m_operator->listDomains(ascii), [this, domain, ascii](ScmReply *reply) {
            const QString id = QStringLiteral("domain-delegation:") + ascii;
            const QString title = tr("The domain %1 is delegated for S/MIME").arg(domain);
            if (!reply->ok()) {
                add(Domains, unknown(id, title, reply));
                return;
            }
            for (const QJsonValue &value : reply->array()) {
                const ScmDomain listed = ScmDomain::fromJson(value.toObject());
                if (listed.name.compare(ascii, Qt::CaseInsensitive) == 0) {
                    expect(m_operator->getDomain(listed.id),
                           [this, id, title](ScmReply *record) { checkDelegation(id, title, record); });
                    return;
                }
            }
            add(Domains, {id,
                          HealthFinding::Level::Critical,
                          title,
                          tr("SCM does not list the domain any more"),
                          {},
                          runAction(QStringLiteral("domains"))});
        });
    }
    if (!domains.isEmpty())
        checkDcv(0, QString::fromLatin1(QUrl::toAce(domains.first())), 0);
}

void HealthCheck::checkDelegation(const QString &id, const QString &title, ScmReply *reply)
{
    if (!reply->ok()) {
        add(Domains, unknown(id, title, reply));
        return;
    }
    const ScmDomain domain = ScmDomain::fromJson(reply->object());
    const QString organization = m_target.connector.organizationName;
    const QString action = runAction(QStringLiteral("domains"));
    for (const ScmDelegation &delegation : domain.delegations) {
        if (delegation.orgId != m_target.connector.organizationId ||
            !delegation.certTypes.contains(QStringLiteral("SMIME"), Qt::CaseInsensitive))
            continue;
        if (delegation.status.isEmpty() ||
            delegation.status.compare(QLatin1String("ACTIVE"), Qt::CaseInsensitive) == 0)
            add(Domains, {id,
                          HealthFinding::Level::Ok,
                          title,
                          tr("to %1 (domain id %2)").arg(organization, QString::number(domain.id)),
                          {},
                          {}});
        else
            add(Domains, {id,
                          HealthFinding::Level::Critical,
                          title,
                          tr("the delegation is %1, not active").arg(delegation.status),
                          {},
                          action});
        return;
    }
    add(Domains, {id,
                  HealthFinding::Level::Critical,
                  title,
                  tr("no longer delegated to %1 for S/MIME").arg(organization),
                  {},
                  action});
}

// One domain after the other, so that a registered domain shared by several (example.ch for
// mail.example.ch) is asked and reported once.
void HealthCheck::checkDcv(int index, const QString &asked, int depth)
{
    const auto next = [this, index] {
        const QStringList &domains = m_target.connector.managedDomains;
        if (index + 1 < domains.size())
            checkDcv(index + 1, QString::fromLatin1(QUrl::toAce(domains.at(index + 1))), 0);
    };
    if (m_dcvDomainsSeen.contains(asked, Qt::CaseInsensitive)) {
        next();
        return;
    }
    expect(m_operator->dcvStatus(asked), [this, index, asked, depth, next](ScmReply *reply) {
        const QString id = QStringLiteral("domain-dcv:") + asked;
        const QString title = tr("Domain control validation of %1").arg(asked);
        if (!reply->ok()) {
            const QString parent = asked.section(QLatin1Char('.'), 1);
            if (reply->error().scmCode() == notRegisteredDomain && parent.contains(QLatin1Char('.')) &&
                depth < maxParentDepth) {
                checkDcv(index, parent, depth + 1);
                return;
            }
            add(Dcv, unknown(id, title, reply));
            m_dcvDomainsSeen << asked;
            next();
            return;
        }
        m_dcvDomainsSeen << asked;
        const ScmDcvStatus dcv = ScmDcvStatus::fromJson(reply->object());
        const QString status = dcv.status.toUpper();
        const QString action = runAction(QStringLiteral("domains"));
        if (status == QLatin1String("VALIDATED") || status == QLatin1String("EXPIRED"))
            add(Dcv, expiryFinding(id, title, ScmTypes::dateOf(dcv.expirationDate), status, action));
        else
            add(Dcv, {id,
                      HealthFinding::Level::Critical,
                      title,
                      status.isEmpty() ? tr("not validated") : status,
                      {},
                      action});
        next();
    });
}

void HealthCheck::checkAdminPassword()
{
    if (m_target.admin.login.isEmpty() || m_target.admin.password.isEmpty())
        return;
    m_admin = std::make_unique<ScmClient>(m_transport, m_target.admin);
    expect(m_admin->passwordState(), [this](ScmReply *reply) {
        const QString title = tr("The password of the admin %1").arg(m_target.admin.login);
        const QString action = tr("Change it in SCM's web interface before it expires; the wizard and "
                                  "mpki-setup run sign in with it.");
        const ScmError &error = reply->error();
        if (!reply->ok() && error.kind() != ScmError::Kind::PasswordExpired) {
            if (error.refusesCredentials())
                add(AdminPassword, {QStringLiteral("admin-password"),
                                    HealthFinding::Level::Warning,
                                    title,
                                    tr("SCM refuses it (%1)").arg(error.message()),
                                    {},
                                    action});
            else
                add(AdminPassword, unknown(QStringLiteral("admin-password"), title, reply));
            return;
        }
        const ScmPasswordState password = ScmPasswordState::fromJson(reply->object());
        add(AdminPassword,
            expiryFinding(QStringLiteral("admin-password"), title, password.expirationDate,
                          error.kind() == ScmError::Kind::PasswordExpired ? QStringLiteral("EXPIRED")
                                                                          : password.state,
                          action));
    });
}

void HealthCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    HealthReport report;
    report.checked = m_clock->now();
    report.scmBaseUrl = m_target.connector.scmBaseUrl;
    report.customerUri = m_target.connector.customerUri;
    report.operatorLogin = m_target.connector.login;
    for (const auto &entry : std::as_const(m_findings))
        report.findings << entry.second;
    emit finished(report);
}
