#include "OnboardingReport.h"

#include "ConnectorConfig.h"
#include "HtmlDocumentFile.h"
#include "ScmTransport.h"
#include "StateStore.h"
#include "StepId.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOnboardingReport, "mpki.engine.report", QtInfoMsg)

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Dates and times as ISO 8601 in local time with its offset: unambiguous in a change record
// whatever the reader's language, and what a search for a date finds.
QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime local = time.toLocalTime();
    // With the offset written out ("+02:00", "Z"): a local time alone is ambiguous in a record.
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// SCM's dates come as "YYYY-MM-DD" or with a time; shown as they came when they do not parse.
QString scmDateText(const QString &value)
{
    const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(Qt::ISODate) : value;
}

QString idText(const QJsonValue &value)
{
    const qint64 id = qint64(value.toDouble());
    return id > 0 ? QString::number(id) : QString();
}

QString htmlList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>\n");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(escaped(text));
}

// A table of label → value rows (the value already HTML).
class LabelTable
{
public:
    void add(const QString &label, const QString &value)
    {
        m_html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(escaped(label), escaped(value));
    }
    QString html() const { return QStringLiteral("<table>\n") + m_html + QStringLiteral("</table>\n"); }

private:
    QString m_html;
};

// A table with a header row; every cell is escaped.
class GridTable
{
public:
    explicit GridTable(const QStringList &headers)
    {
        m_html = QStringLiteral("<table>\n<tr>");
        for (const QString &header : headers)
            m_html += QStringLiteral("<th>%1</th>").arg(escaped(header));
        m_html += QStringLiteral("</tr>\n");
    }
    void add(const QStringList &cells)
    {
        m_html += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            m_html += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        m_html += QStringLiteral("</tr>\n");
    }
    QString html() const { return m_html + QStringLiteral("</table>\n"); }

private:
    QString m_html;
};

// The DCV record of `domain`: the one of its registered domain (DCV is done once for example.ch and
// covers mail.example.ch), the longest that matches.
QJsonObject dcvRecordFor(const QJsonObject &dcv, const QString &domain, QString *registered)
{
    QString best;
    for (auto it = dcv.begin(); it != dcv.end(); ++it) {
        const QString &candidate = it.key();
        const bool covers = domain.compare(candidate, Qt::CaseInsensitive) == 0 ||
                            domain.endsWith(QLatin1Char('.') + candidate, Qt::CaseInsensitive);
        if (covers && candidate.size() > best.size())
            best = candidate;
    }
    if (registered)
        *registered = best;
    return best.isEmpty() ? QJsonObject() : dcv.value(best).toObject();
}

bool isChangePassword(const JournalEntry &entry)
{
    return entry.method == "POST" && entry.path.endsWith(QLatin1String("admin/v1/changepassword"));
}
} // namespace

OnboardingReport::OnboardingReport(const State &state)
    : m_state(state)
    , m_writtenBy(currentOsUser())
    , m_writtenAt(QDateTime::currentDateTime())
{}

QString OnboardingReport::wizardPlanFileName()
{
    // WizardController keeps the plan it edits there (it names no plan file in the state).
    return QStringLiteral("wizard-plan.json");
}

QString OnboardingReport::currentOsUser()
{
    // getpwuid and not $USER: su, sudo and services leave $USER as it was.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

std::optional<OnboardingReport> OnboardingReport::fromStateDirectory(const QString &directory, QString *error)
{
    State state;
    if (!StateStore::read(directory, &state, error))
        return std::nullopt;
    return fromState(state, directory);
}

OnboardingReport OnboardingReport::fromState(const State &state, const QString &directory)
{
    const QDir dir(directory);
    OnboardingReport report(state);
    report.setStateDirectory(dir.absolutePath());
    // The state directory is made 0700 by the run: its owner is the OS user who ran it.
    report.setRunBy(QFileInfo(dir.absoluteFilePath(StateStore::stateFileName())).owner());
    // The journal file is made by its first line: without one, no change was sent to SCM.
    const QString journalPath = dir.absoluteFilePath(StateStore::journalFileName());
    report.setJournal(QFileInfo::exists(journalPath) ? Journal::read(journalPath) : QList<JournalEntry>());

    QString planPath = state.planPath;
    const bool wizardPlan = planPath.isEmpty();
    if (wizardPlan)
        planPath = dir.absoluteFilePath(wizardPlanFileName());
    if (!QFileInfo::exists(planPath)) {
        report.addPlanNote(
            wizardPlan
                ? tr("The state names no plan file and there is no wizard plan beside it: what only the "
                     "plan holds (the operator's role and privileges, the validation level) is missing "
                     "below.")
                : tr("The plan file %1 that the run used no longer exists: what only the plan holds "
                     "(the operator's role and privileges, the validation level) is missing below.")
                      .arg(QDir::toNativeSeparators(planPath)));
        return report;
    }
    Plan plan;
    QString planError;
    if (!Plan::load(planPath, &plan, &planError)) {
        report.addPlanNote(
            tr("The plan file %1 cannot be read (%2): what only the plan holds is missing below.")
                .arg(QDir::toNativeSeparators(planPath), planError));
        return report;
    }
    report.setPlan(plan, QDir::toNativeSeparators(planPath));
    if (!state.planFingerprint.isEmpty() && plan.fingerprint() != state.planFingerprint)
        report.addPlanNote(
            tr("The plan file %1 changed after the run (its fingerprint differs from the one the "
               "state recorded): values below taken from it may not be what the run used.")
                .arg(QDir::toNativeSeparators(planPath)));
    return report;
}

void OnboardingReport::setJournal(const QList<JournalEntry> &journal)
{
    m_journal = journal;
    m_hasJournal = true;
}

void OnboardingReport::setPlan(const Plan &plan, const QString &origin)
{
    m_plan = plan;
    m_planOrigin = origin;
}

void OnboardingReport::addPlanNote(const QString &note)
{
    m_planNotes << note;
}

void OnboardingReport::setStateDirectory(const QString &directory)
{
    m_stateDirectory = directory;
}

void OnboardingReport::setRunBy(const QString &osUser)
{
    m_runBy = osUser;
}

void OnboardingReport::setWrittenBy(const QString &osUser, const QDateTime &when)
{
    m_writtenBy = osUser;
    m_writtenAt = when;
}

QString OnboardingReport::title() const
{
    return tr("Onboarding report: SEPPmail gateway → Sectigo Certificate Manager");
}

// --- what the state, the plan and the connector values say, in that order of trust ------------

QString OnboardingReport::adminLogin() const
{
    if (const auto expiry = m_state.passwordExpiry(PasswordHolder::Admin); expiry && !expiry->login.isEmpty())
        return expiry->login;
    return m_plan ? m_plan->scm.login : QString();
}

QString OnboardingReport::operatorLogin() const
{
    if (const auto expiry = m_state.passwordExpiry(PasswordHolder::Operator);
        expiry && !expiry->login.isEmpty())
        return expiry->login;
    const QJsonObject connector =
        m_state.step(StepId::Connector).details.value(QStringLiteral("connector")).toObject();
    if (const QString login = connector.value(QStringLiteral("login")).toString(); !login.isEmpty())
        return login;
    return m_plan ? m_plan->operatorAdmin.login : QString();
}

// The connector values record what the run used (--demo points the plan at its simulator); the plan
// what it was asked to use.
QString OnboardingReport::scmBaseUrl() const
{
    const QString used = m_state.step(StepId::Connector)
                             .details.value(QStringLiteral("connector"))
                             .toObject()
                             .value(QStringLiteral("scmBaseUrl"))
                             .toString();
    if (!used.isEmpty() || !m_plan)
        return used;
    return m_plan->scm.baseUrl;
}

QString OnboardingReport::customerUri() const
{
    const QString used = m_state.step(StepId::Connector)
                             .details.value(QStringLiteral("connector"))
                             .toObject()
                             .value(QStringLiteral("customerUri"))
                             .toString();
    if (!used.isEmpty() || !m_plan)
        return used;
    return m_plan->scm.customerUri;
}

bool OnboardingReport::createdByJournal(qint64 id) const
{
    return id > 0 && std::any_of(m_journal.begin(), m_journal.end(), [id](const JournalEntry &entry) {
               return entry.outcome == QLatin1String("ok") && entry.createdId == id;
           });
}

QString OnboardingReport::createdOrAdopted(bool created, qint64 id) const
{
    if (id <= 0)
        return tr("not yet");
    if (created || createdByJournal(id))
        return tr("created");
    return m_hasJournal ? tr("adopted (it existed)") : tr("not known (no journal)");
}

// --- the sections ---------------------------------------------------------------------------

QString OnboardingReport::runSection() const
{
    LabelTable table;
    if (!m_stateDirectory.isEmpty())
        table.add(tr("State directory"), QDir::toNativeSeparators(m_stateDirectory));
    table.add(tr("Run by (OS user)"), m_runBy.isEmpty() ? tr("not known") : m_runBy);
    QString admin = adminLogin().isEmpty() ? tr("not known") : adminLogin();
    const StepState &connect = m_state.step(StepId::Connect);
    if (const QString id = idText(connect.ids.value(QStringLiteral("admin"))); !id.isEmpty())
        admin = tr("%1 (id %2)").arg(admin, id);
    QStringList roles;
    for (const QJsonValue &role : connect.details.value(QStringLiteral("roles")).toArray())
        roles << role.toString();
    if (!roles.isEmpty())
        admin = tr("%1, role %2").arg(admin, roles.join(QStringLiteral(", ")));
    table.add(tr("SCM admin who ran the steps"), admin);
    table.add(tr("SCM base URL"), scmBaseUrl().isEmpty() ? tr("not known") : scmBaseUrl());
    table.add(tr("Customer URI"), customerUri().isEmpty() ? tr("not known") : customerUri());
    if (m_plan)
        table.add(tr("Plan"), m_planOrigin);
    else if (!m_state.planPath.isEmpty())
        table.add(tr("Plan"), QDir::toNativeSeparators(m_state.planPath));
    if (!m_state.planFingerprint.isEmpty())
        table.add(tr("Plan fingerprint (SHA-256)"), m_state.planFingerprint);
    table.add(tr("Started"), m_state.created.isValid() ? timeText(m_state.created) : tr("not known"));

    int done = 0;
    QDateTime lastFinished;
    for (StepId id : Steps::all()) {
        const StepState &step = m_state.step(id);
        if (step.status == StepStatus::Done)
            ++done;
        if (step.finished.isValid() && (!lastFinished.isValid() || step.finished > lastFinished))
            lastFinished = step.finished;
    }
    if (m_state.allDone())
        table.add(tr("Finished"), timeText(lastFinished));
    else
        table.add(tr("Finished"), tr("not finished: %1 of %2 steps done").arg(done).arg(Steps::count));
    if (m_state.updated.isValid())
        table.add(tr("Last change of the state"), timeText(m_state.updated));
    table.add(
        tr("Report written"),
        tr("%1 by %2").arg(timeText(m_writtenAt), m_writtenBy.isEmpty() ? tr("not known") : m_writtenBy));
    return heading(tr("The run")) + table.html() + htmlList(m_planNotes);
}

QString OnboardingReport::objectsSection() const
{
    GridTable table({tr("Object"), tr("Name"), tr("ID"), tr("Created or adopted"), tr("Status"),
                     tr("Details and dates")});
    const StepState &organization = m_state.step(StepId::Organization);
    const QJsonObject connector =
        m_state.step(StepId::Connector).details.value(QStringLiteral("connector")).toObject();

    // The organisation (and its department): REST enrolment is switched on when the step is done.
    const qint64 orgId = qint64(organization.ids.value(QStringLiteral("organization")).toDouble());
    QString orgName =
        m_plan ? m_plan->organization.name : connector.value(QStringLiteral("organizationName")).toString();
    table.add(
        {tr("Organisation"), orgName, idText(organization.ids.value(QStringLiteral("organization"))),
         createdOrAdopted(organization.details.value(QStringLiteral("organizationCreated")).toBool(), orgId),
         StepStatuses::displayName(organization.status),
         organization.status == StepStatus::Done
             ? tr("REST enrolment of client certificates switched on; recorded %1")
                   .arg(timeText(organization.finished))
             : QString()});
    const qint64 departmentId = qint64(organization.ids.value(QStringLiteral("department")).toDouble());
    if (departmentId > 0)
        table.add({tr("Department"), m_plan ? m_plan->organization.department : QString(),
                   QString::number(departmentId),
                   createdOrAdopted(organization.details.value(QStringLiteral("departmentCreated")).toBool(),
                                    departmentId),
                   StepStatuses::displayName(organization.status), QString()});

    // The validation: asked for by this onboarding when the journal shows its submit.
    const StepState &validation = m_state.step(StepId::Validation);
    const qint64 validationId = qint64(validation.ids.value(QStringLiteral("validation")).toDouble());
    const bool submitted = std::any_of(m_journal.begin(), m_journal.end(), [](const JournalEntry &entry) {
        return entry.outcome == QLatin1String("ok") &&
               (entry.path.endsWith(QLatin1String("/validations/submit")) ||
                entry.path.endsWith(QLatin1String("/revalidate")));
    });
    QStringList validationDates;
    if (validation.started.isValid())
        validationDates << tr("checked from %1").arg(timeText(validation.started));
    if (validation.status == StepStatus::Done)
        validationDates << tr("validated by %1").arg(timeText(validation.finished));
    if (const QString expires = validation.details.value(QStringLiteral("expires")).toString();
        !expires.isEmpty())
        validationDates << tr("expires %1").arg(scmDateText(expires));
    table.add({tr("Validation"),
               m_plan ? m_plan->organization.validation.level : tr("level not known (no plan)"),
               idText(validation.ids.value(QStringLiteral("validation"))),
               validationId <= 0 ? tr("not yet")
               : submitted       ? tr("requested by this onboarding")
               : m_hasJournal    ? tr("adopted (it existed)")
                                 : tr("not known (no journal)"),
               validation.details.value(QStringLiteral("status"))
                   .toString(StepStatuses::displayName(validation.status)),
               validationDates.join(QStringLiteral("; "))});

    // Every domain: the plan's in its order, then any other the state has an id for.
    const StepState &domains = m_state.step(StepId::Domains);
    const QJsonObject domainIds = domains.ids.value(QStringLiteral("domains")).toObject();
    const QJsonObject dcv = domains.details.value(QStringLiteral("dcv")).toObject();
    QStringList names;
    QHash<QString, QString> plannedMethod;
    if (m_plan) {
        for (const Plan::Domain &domain : m_plan->domains) {
            names << domain.asciiName();
            plannedMethod.insert(domain.asciiName(), domain.dcv);
        }
    }
    for (auto it = domainIds.begin(); it != domainIds.end(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    for (const QString &name : std::as_const(names)) {
        QString registered;
        const QJsonObject record = dcvRecordFor(dcv, name, &registered);
        const QString method = record.value(QStringLiteral("method")).toString(plannedMethod.value(name));
        QStringList details;
        details << tr("DCV method %1").arg(method.isEmpty() ? tr("not known") : method);
        if (!registered.isEmpty() && registered.compare(name, Qt::CaseInsensitive) != 0)
            details << tr("DCV of the registered domain %1").arg(registered);
        if (const QString email = record.value(QStringLiteral("email")).toString(); !email.isEmpty())
            details << tr("validation mail to %1").arg(email);
        if (domains.status == StepStatus::Done)
            details << tr("delegated for S/MIME and validated by %1").arg(timeText(domains.finished));
        if (const QString expires = record.value(QStringLiteral("expires")).toString(); !expires.isEmpty())
            details << tr("DCV expires %1").arg(scmDateText(expires));
        const qint64 id = qint64(domainIds.value(name).toDouble());
        table.add({tr("Domain"), name, idText(domainIds.value(name)), createdOrAdopted(false, id),
                   record.value(QStringLiteral("status"))
                       .toString(record.isEmpty() ? StepStatuses::displayName(domains.status) : QString()),
                   details.join(QStringLiteral("; "))});
    }

    // The operator: role and privileges are the plan's (the state keeps only the id).
    const StepState &operatorStep = m_state.step(StepId::Operator);
    const StepState &apiOnly = m_state.step(StepId::ApiOnly);
    const qint64 operatorId = qint64(operatorStep.ids.value(QStringLiteral("operator")).toDouble());
    QStringList operatorDetails;
    if (m_plan) {
        operatorDetails << tr("role %1").arg(m_plan->operatorAdmin.role);
        operatorDetails
            << tr("privileges %1").arg(m_plan->operatorAdmin.privileges.join(QStringLiteral(", ")));
        if (!m_plan->operatorAdmin.email.isEmpty())
            operatorDetails << tr("e-mail %1").arg(m_plan->operatorAdmin.email);
    } else {
        operatorDetails << tr("role and privileges not known (no plan)");
    }
    if (apiOnly.status == StepStatus::Done)
        operatorDetails
            << (apiOnly.details.value(QStringLiteral("dialect")).toString() == QLatin1String("legacy")
                    ? tr("API only (privilege wsApiUseOnly) since %1").arg(timeText(apiOnly.finished))
                    : tr("API only (type API) since %1").arg(timeText(apiOnly.finished)));
    else
        operatorDetails << tr("not API-only yet");
    table.add({tr("Operator (the gateway's SCM admin)"), operatorLogin(),
               idText(operatorStep.ids.value(QStringLiteral("operator"))),
               createdOrAdopted(operatorStep.details.value(QStringLiteral("created")).toBool(), operatorId),
               StepStatuses::displayName(operatorStep.status), operatorDetails.join(QStringLiteral("; "))});

    // The S/MIME profile the gateway will request (found, never made).
    const StepState &verify = m_state.step(StepId::Verify);
    if (const QString profileId = idText(verify.ids.value(QStringLiteral("profile"))); !profileId.isEmpty()) {
        const int term = verify.details.value(QStringLiteral("term")).toInt();
        table.add({tr("S/MIME profile"), verify.details.value(QStringLiteral("profileName")).toString(),
                   profileId, tr("offered by SCM"), StepStatuses::displayName(verify.status),
                   term > 0 ? tr("term %1 days").arg(term) : QString()});
    }
    return heading(tr("Created or adopted in SCM")) + table.html();
}

QString OnboardingReport::manualSection() const
{
    const StepState &password = m_state.step(StepId::Password);
    const QString login = operatorLogin();
    QString portal;
    if (!scmBaseUrl().isEmpty()) {
        QUrl url = ScmTransport::normaliseBaseUrl(scmBaseUrl());
        url.setPath(QStringLiteral("/customer/%1/").arg(customerUri()));
        portal = url.toString();
    }
    // The password step forgets "manualChange" once the new password works; the journal keeps the
    // refused API change that sent the person to the web page.
    const QString passwordStep = Steps::name(StepId::Password);
    int lastRefused = -1;
    int lastChanged = -1;
    for (int i = 0; i < m_journal.size(); ++i) {
        const JournalEntry &entry = m_journal.at(i);
        if (entry.step != passwordStep || !isChangePassword(entry))
            continue;
        if (entry.outcome == QLatin1String("refused"))
            lastRefused = i;
        else if (entry.outcome == QLatin1String("ok"))
            lastChanged = i;
    }

    QStringList lines;
    if (password.details.value(QStringLiteral("resetByMrao")).toBool())
        lines << tr("None of the operator's stored passwords worked: the admin set a new temporary password "
                    "for %1 over the API.")
                     .arg(login);
    if (password.details.value(QStringLiteral("manualChange")).toBool())
        lines
            << tr("Waiting for a person: the operator %1 must log in once at %2 with the temporary password "
                  "and set the new password mpki-setup generated. This has not been confirmed yet.")
                   .arg(login, portal);
    else if (password.status == StepStatus::Done && lastRefused > lastChanged)
        lines << tr("The operator %1 logged in once at SCM's web interface (%2) and set the password "
                    "mpki-setup generated, because SCM refused the temporary password over the API "
                    "(refused %3). mpki-setup confirmed the new password on %4.")
                     .arg(login, portal, timeText(m_journal.at(lastRefused).time),
                          timeText(password.finished));
    else if (lastChanged >= 0)
        lines << tr("The operator's temporary password was changed over the API (%1): no web login was "
                    "needed.")
                     .arg(timeText(m_journal.at(lastChanged).time));
    else if (password.status == StepStatus::Done)
        lines << tr("No password change was needed: the operator %1 signed in with its stored password.")
                     .arg(login);
    else
        lines << tr("The operator's password step has not run yet.");
    lines << tr("Still by hand after this report: the MPKI → Sectigo form on the gateway and the "
                "organisation's default profile in SCM (the values sheet lists both; "
                "\"mpki-setup export --sheet\" writes it).");
    return heading(tr("Done by hand")) + htmlList(lines);
}

QString OnboardingReport::expirySection() const
{
    QStringList lines;
    const auto passwordLine = [](const std::optional<PasswordExpiry> &expiry, PasswordHolder holder) {
        const bool admin = holder == PasswordHolder::Admin;
        if (!expiry)
            return admin ? tr("Password of the admin: not recorded yet.")
                         : tr("Password of the operator: not recorded yet.");
        const QString checked = timeText(expiry->checked);
        if (!expiry->expires.isValid())
            return admin ? tr("Password of the admin %1: does not expire (%2, checked %3).")
                               .arg(expiry->login, expiry->state, checked)
                         : tr("Password of the operator %1: does not expire (%2, checked %3).")
                               .arg(expiry->login, expiry->state, checked);
        const QString date = expiry->expires.toString(Qt::ISODate);
        return admin ? tr("Password of the admin %1: expires on %2 (%3, checked %4).")
                           .arg(expiry->login, date, expiry->state, checked)
                     : tr("Password of the operator %1: expires on %2 (%3, checked %4). The gateway stops "
                          "getting certificates that day unless a new password is set in SCM and on the "
                          "gateway before.")
                           .arg(expiry->login, date, expiry->state, checked);
    };
    lines << passwordLine(m_state.passwordExpiry(PasswordHolder::Operator), PasswordHolder::Operator);
    lines << passwordLine(m_state.passwordExpiry(PasswordHolder::Admin), PasswordHolder::Admin);
    const QString validationExpires =
        m_state.step(StepId::Validation).details.value(QStringLiteral("expires")).toString();
    lines << (validationExpires.isEmpty()
                  ? tr("Organisation validation: SCM reported no expiry date.")
                  : tr("Organisation validation: expires on %1.").arg(scmDateText(validationExpires)));
    const QJsonObject dcv = m_state.step(StepId::Domains).details.value(QStringLiteral("dcv")).toObject();
    for (auto it = dcv.begin(); it != dcv.end(); ++it) {
        const QString expires = it.value().toObject().value(QStringLiteral("expires")).toString();
        lines << (expires.isEmpty() ? tr("DCV of %1: SCM reported no expiry date.").arg(it.key())
                                    : tr("DCV of %1: expires on %2.").arg(it.key(), scmDateText(expires)));
    }
    lines << tr("\"mpki-setup status\" shows the password expiry dates again; run it before they pass.");
    return heading(tr("Expiry dates that matter")) + htmlList(lines);
}

QString OnboardingReport::gatewaySection() const
{
    const StepState &step = m_state.step(StepId::Connector);
    const QJsonObject values = step.details.value(QStringLiteral("connector")).toObject();
    QString ignored;
    const std::optional<ConnectorConfig> config =
        values.isEmpty() ? std::nullopt : ConnectorConfig::fromPlainJson(values, &ignored);
    if (!config)
        return heading(tr("The gateway's values")) +
               htmlList({tr("Not assembled yet: the connector step has not run.")});
    LabelTable table;
    table.add(tr("MPKI type"), config->provider);
    table.add(tr("SCM base URL"), config->scmBaseUrl);
    table.add(tr("Customer URI"), config->customerUri);
    table.add(tr("Login"), config->login);
    table.add(tr("Password"), tr("not in this report (kept in the secret store; \"mpki-setup export\" hands "
                                 "it over)"));
    table.add(tr("Organisation"),
              config->organizationName.isEmpty()
                  ? tr("ID %1").arg(config->organizationId)
                  : tr("%1 (ID %2)").arg(config->organizationName).arg(config->organizationId));
    table.add(tr("Certificate type"), config->profileName.isEmpty()
                                          ? tr("ID %1, term %2 days").arg(config->profileId).arg(config->term)
                                          : tr("%1 (ID %2), term %3 days")
                                                .arg(config->profileName)
                                                .arg(config->profileId)
                                                .arg(config->term));
    table.add(tr("Full name regex"), config->fullNameRegex);
    table.add(tr("Renewal (days before expiry)"), QString::number(config->renewalDays));
    table.add(tr("Managed domains"), config->managedDomains.join(QStringLiteral(", ")));
    if (m_plan && m_plan->gateway.api)
        table.add(tr("Gateway REST API"), m_plan->gateway.api->url);
    const QString gatewaySummary =
        step.details.value(QStringLiteral("gateway")).toObject().value(QStringLiteral("summary")).toString();
    if (!gatewaySummary.isEmpty())
        table.add(tr("Checked on the gateway"), gatewaySummary);
    return heading(tr("The gateway's values")) + table.html();
}

QString OnboardingReport::stepsSection() const
{
    GridTable table({tr("Step"), tr("Status"), tr("Finished"), tr("Message")});
    for (StepId id : Steps::all()) {
        const StepState &step = m_state.step(id);
        table.add({Steps::displayName(id), StepStatuses::displayName(step.status), timeText(step.finished),
                   step.message});
    }
    return heading(tr("The steps")) + table.html();
}

QString OnboardingReport::journalSection() const
{
    if (!m_hasJournal)
        return heading(tr("Changes sent to SCM")) +
               htmlList({tr("The journal of the run is missing: the changes cannot be listed.")});
    // One row per request: its outcome line, or the "sent" line when no answer was recorded (a crash).
    QHash<QByteArray, int> answered;
    for (const JournalEntry &entry : m_journal) {
        if (entry.outcome != QLatin1String("sent"))
            answered[entry.requestId] += 1;
    }
    GridTable table({tr("Time"), tr("Step"), tr("Request"), tr("Outcome"), tr("Created ID")});
    int rows = 0;
    for (const JournalEntry &entry : m_journal) {
        const bool sent = entry.outcome == QLatin1String("sent");
        if (sent && answered.contains(entry.requestId))
            continue;
        QString outcome;
        if (sent)
            outcome = tr("sent; no answer recorded");
        else if (entry.outcome == QLatin1String("ok"))
            outcome = tr("done (HTTP %1)").arg(entry.httpStatus);
        else if (entry.outcome == QLatin1String("refused"))
            outcome = tr("refused (HTTP %1)").arg(entry.httpStatus);
        else
            outcome = tr("no answer");
        StepId stepId;
        const QString step = Steps::fromName(entry.step, &stepId) ? Steps::displayName(stepId) : entry.step;
        table.add({timeText(entry.time), step,
                   QStringLiteral("%1 /api/%2").arg(QString::fromLatin1(entry.method), entry.path), outcome,
                   entry.createdId > 0 ? QString::number(entry.createdId) : QString()});
        ++rows;
    }
    if (rows == 0)
        return heading(tr("Changes sent to SCM")) + htmlList({tr("None: everything existed already.")});
    return heading(tr("Changes sent to SCM")) + table.html();
}

QString OnboardingReport::toHtml() const
{
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                       "<style>table{border-collapse:collapse;margin-bottom:8px}td,th{border:1px solid #888;"
                       "padding:4px 8px;text-align:left;vertical-align:top}</style></head><body>\n")
            .arg(QLocale().bcp47Name(), escaped(title()));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(title()));
    html +=
        QStringLiteral("<p>%1</p>\n")
            .arg(escaped(tr("For the change record. This report holds no password, token or passphrase.")));
    html += runSection();
    html += objectsSection();
    html += manualSection();
    html += expirySection();
    html += gatewaySection();
    html += stepsSection();
    html += journalSection();
    html += QStringLiteral("</body></html>\n");
    return html;
}

bool OnboardingReport::isSupportedPath(const QString &path)
{
    return HtmlDocumentFile::formatOf(path) != HtmlDocumentFile::Format::Unknown;
}

bool OnboardingReport::write(const QString &path, QString *error) const
{
    if (!isSupportedPath(path)) {
        if (error)
            *error = tr("The report %1 must end in .pdf or .html.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!HtmlDocumentFile::write(path, toHtml(), title(), error))
        return false;
    qCDebug(lcOnboardingReport) << "wrote the onboarding report" << path;
    return true;
}
