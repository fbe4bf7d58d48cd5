#include "StepPresenter.h"

#include "UiIcons.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

QIcon StepPresenter::statusIcon(StepStatus status)
{
    switch (status) {
    case StepStatus::Done:
        return UiIcons::icon(QStringLiteral("step-done"));
    case StepStatus::Failed:
        return UiIcons::icon(QStringLiteral("step-failed"));
    case StepStatus::Waiting:
        return UiIcons::icon(QStringLiteral("step-waiting"));
    case StepStatus::Running:
        return UiIcons::icon(QStringLiteral("step-running"));
    case StepStatus::Pending:
        break;
    }
    return UiIcons::icon(QStringLiteral("step-pending"));
}

QString StepPresenter::statusText(StepStatus status)
{
    return StepStatuses::displayName(status);
}

namespace {
QString idLabel(const QString &key)
{
    if (key == QLatin1String("organization"))
        return StepPresenter::tr("Organisation id");
    if (key == QLatin1String("department"))
        return StepPresenter::tr("Department id");
    if (key == QLatin1String("validation"))
        return StepPresenter::tr("Validation id");
    if (key == QLatin1String("operator"))
        return StepPresenter::tr("Operator admin id");
    if (key == QLatin1String("admin"))
        return StepPresenter::tr("Admin id");
    if (key == QLatin1String("profile"))
        return StepPresenter::tr("S/MIME profile id");
    return key;
}

QString scalar(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? StepPresenter::tr("yes") : StepPresenter::tr("no");
    return value.toString();
}
} // namespace

QStringList StepPresenter::idLines(StepId step, const StepState &state)
{
    Q_UNUSED(step)
    QStringList lines;
    for (auto it = state.ids.constBegin(); it != state.ids.constEnd(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject nested = it.value().toObject();
            for (auto n = nested.constBegin(); n != nested.constEnd(); ++n) {
                if (it.key() == QLatin1String("domains"))
                    lines << tr("Domain %1: id %2").arg(n.key(), scalar(n.value()));
                else
                    lines << QStringLiteral("%1 %2: %3").arg(idLabel(it.key()), n.key(), scalar(n.value()));
            }
        } else if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &v : it.value().toArray())
                items << scalar(v);
            lines << QStringLiteral("%1: %2").arg(idLabel(it.key()), items.join(QStringLiteral(", ")));
        } else {
            lines << QStringLiteral("%1: %2").arg(idLabel(it.key()), scalar(it.value()));
        }
    }
    return lines;
}

QString StepPresenter::when(const QDateTime &time)
{
    if (!time.isValid())
        return tr("—");
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return tr("today %1").arg(locale.toString(local.time(), QStringLiteral("HH:mm:ss")));
    return locale.toString(local, QLocale::ShortFormat);
}

QString StepPresenter::helpText(StepId step)
{
    switch (step) {
    case StepId::Connect:
        return tr("Log in with the admin user provided by Sectigo (an MRAO admin). The wizard checks the "
                  "account and its rights before it changes anything.");
    case StepId::Organization:
        return tr("To begin with, the organisation must be set up. Fill in at least the mandatory fields "
                  "(marked with *). The wizard creates the organisation in the Certificate Manager — or "
                  "adopts it when it exists already — and activates the Web API (REST enrolment) for it.");
    case StepId::Validation:
        return tr("In the next step, the newly created organisation needs to be validated. The wizard "
                  "starts the external validation process (OV S/MIME). After successful validation the "
                  "status “VALIDATED” appears. Sectigo's vetting can take hours or days: you may go on "
                  "with the next steps, or close the wizard and come back later.");
    case StepId::Domains:
        return tr("Create the domain for which e-mail certificates should be received later, and select "
                  "the organisation created above. The wizard delegates each domain to the organisation "
                  "for S/MIME and starts domain control validation (DCV) of the registered domain.");
    case StepId::Operator:
        return tr("Create the “Operator” user via which the SEPPmail MPKI interface accesses the "
                  "Certificate Manager in the future, with the privilege for client certificates. Do NOT "
                  "yet select the privilege “WS API use only”: the operator must log in once first.");
    case StepId::Password:
        return tr("The new user needs to log in once to change their password. The wizard tries this "
                  "over the API; when the Certificate Manager refuses, log in as the operator at the "
                  "address below and set exactly the new password shown.");
    case StepId::ApiOnly:
        return tr("Now the operator is given the necessary right “WS API use only”. Only now: an "
                  "API-only account can no longer log in to the web interface.");
    case StepId::Verify:
        return tr("The wizard logs in as the operator, as the gateway will, and checks that the chosen "
                  "S/MIME certificate type and term exist and that no mandatory custom field is unmet.");
    case StepId::Connector:
        return tr("Next, the connection must be set up on the side of the SEPPmail Secure E-Mail Gateway: "
                  "in the MPKI menu, section “Connector”, choose the MPKI type SECTIGO and enter the "
                  "values below under “Default parameters”. Activate the automatic renewal of "
                  "certificates with an overlap of at least 30 days.");
    }
    return {};
}
