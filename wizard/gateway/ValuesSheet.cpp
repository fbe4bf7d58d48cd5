#include "ValuesSheet.h"

#include "HtmlDocumentFile.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcValuesSheet, "mpki.gateway.sheet", QtInfoMsg)

namespace {
// The SEPPmail page's own labels: quoted, not translated. The English and German handbook pages
// differ ("Organisation ID" / "Organization ID", "Certificate type" / "Certificate Type"); other
// languages of the gateway's GUI are not documented, so they get the English labels.
struct PageLabels
{
    const char *connector;
    const char *managedDomains;
    const char *mpkiType;
    const char *defaultParameters;
    const char *customerUri;
    const char *login;
    const char *password;
    const char *organisationId;
    const char *certificateType;
    const char *fullNameRegex;
    const char *settings;
    const char *renewal;
};

const PageLabels englishLabels = {
    "Connector",        "MPKI managed domains",
    "MPKI type",        "Default parameters",
    "Customer URI",     "Login",
    "Password",         "Organisation ID",
    "Certificate type", "Full name regex",
    "Settings",         "Automatically renew expiring certificates if validity days left less than",
};

const PageLabels germanLabels = {
    "Connector",        "MPKI managed domains",
    "MPKI type",        "Default parameters",
    "Customer URI",     "Login",
    "Password",         "Organization ID",
    "Certificate Type", "Full name regex",
    "Settings",         "Automatically renew expiring certificates if validity days left less than",
};

QString label(const char *text)
{
    return QString::fromUtf8(text);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlList(const QStringList &items, bool ordered)
{
    if (items.isEmpty())
        return {};
    QString html = ordered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + escaped(item) + QStringLiteral("</li>");
    html += ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    return html;
}
} // namespace

ValuesSheet::ValuesSheet(const ConnectorConfig &config, const Options &options)
    : m_config(config)
    , m_options(options)
{}

void ValuesSheet::setGatewayResult(const GatewayApplyResult &result)
{
    m_gatewayResult = result;
}

bool ValuesSheet::german() const
{
    return m_options.language.startsWith(QLatin1String("de"), Qt::CaseInsensitive);
}

QList<ValuesSheet::Field> ValuesSheet::fields() const
{
    const PageLabels &l = german() ? germanLabels : englishLabels;
    const QString organisation =
        m_config.organizationName.isEmpty()
            ? tr("ID %1").arg(m_config.organizationId)
            : tr("%1 (ID %2)").arg(m_config.organizationName).arg(m_config.organizationId);
    const QString profile = m_config.profileName.isEmpty()
                                ? tr("ID %1").arg(m_config.profileId)
                                : tr("%1 (ID %2)").arg(m_config.profileName).arg(m_config.profileId);
    QList<Field> result;
    result << Field{label(l.connector), label(l.managedDomains),
                    m_config.managedDomains.join(QStringLiteral(", ")), false};
    result << Field{label(l.connector), label(l.mpkiType), m_config.provider, false};
    result << Field{label(l.defaultParameters), label(l.customerUri), m_config.customerUri, false, true};
    result << Field{label(l.defaultParameters), label(l.login), m_config.login, false, true};
    result << Field{label(l.defaultParameters), label(l.password),
                    m_options.showPassword ? m_config.password : maskedPassword(), true, true};
    result << Field{label(l.defaultParameters), label(l.organisationId), organisation, false};
    result << Field{label(l.defaultParameters), label(l.certificateType),
                    tr("%1, term %2 days").arg(profile).arg(m_config.term), false};
    result << Field{label(l.defaultParameters), label(l.fullNameRegex), m_config.fullNameRegex, false};
    result << Field{label(l.settings), label(l.renewal), tr("%1 (switched on)").arg(m_config.renewalDays),
                    false};
    return result;
}

QStringList ValuesSheet::steps() const
{
    const PageLabels &l = german() ? germanLabels : englishLabels;
    const auto q = [](const char *text) { return QStringLiteral("\"%1\"").arg(label(text)); };
    QStringList result;
    result << tr("Make sure every domain is a managed domain of the gateway (Mail system → Managed domains): "
                 "%1.")
                  .arg(m_config.managedDomains.join(QStringLiteral(", ")));
    result << tr("Open the gateway's MPKI menu.");
    result << tr("In section %1, under %2, select the managed domains %3.")
                  .arg(q(l.connector), q(l.managedDomains),
                       m_config.managedDomains.join(QStringLiteral(", ")));
    result << tr("Under %1, click \"%2\" and confirm with \"Select…\"; then save section %3 with \"Save\".")
                  .arg(q(l.mpkiType), m_config.provider, q(l.connector));
    result << tr("In section %1, enter %2, %3 and %4 as listed above, and save.")
                  .arg(q(l.defaultParameters), q(l.customerUri), q(l.login), q(l.password));
    result
        << tr("After saving, the gateway loads the choices from Sectigo: choose %1 under %2 and %3 under %4.")
               .arg(m_config.organizationName.isEmpty() ? QString::number(m_config.organizationId)
                                                        : m_config.organizationName,
                    q(l.organisationId),
                    tr("%1 (%2 days)")
                        .arg(m_config.profileName.isEmpty() ? QString::number(m_config.profileId)
                                                            : m_config.profileName)
                        .arg(m_config.term),
                    q(l.certificateType));
    result << tr("Keep %1 as listed unless your users' names are written surname first.")
                  .arg(q(l.fullNameRegex));
    result << tr("In section %1, switch on automatic renewal with an overlap of at least %2 days: enter %3.")
                  .arg(q(l.settings))
                  .arg(ConnectorConfig::minimumRenewalDays)
                  .arg(m_config.renewalDays);
    result << tr("Finish the MPKI configuration with \"Save\".");
    if (m_config.passwordExpires.isValid())
        result << tr("Before %1, change the operator's password in SCM and enter the new one under %2.")
                      .arg(m_config.passwordExpires.toString(Qt::ISODate), q(l.password));
    return result;
}

QStringList ValuesSheet::notByApi() const
{
    QStringList result;
    result << tr("In SCM, set the organisation's \"Default profile\" to %1 (Organizations → edit the "
                 "organisation): "
                 "the SCM REST API has no field for it, and the gateway's certificate types follow it.")
                  .arg(m_config.profileName.isEmpty() ? QString::number(m_config.profileId)
                                                      : m_config.profileName);
    result << tr(
        "The organisation's \"Secret Key\" that older guides ask for is gone since SCM 23.6.1: leave it "
        "out.");
    result << tr(
        "SEPPmail's REST API has no MPKI settings: the MPKI → Sectigo form is entered by hand as above.");
    return result;
}

QString ValuesSheet::toHtml() const
{
    const QString language = german() ? QStringLiteral("de") : QStringLiteral("en");
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                       "<style>table{border-collapse:collapse}td,th{border:1px solid #888;"
                       "padding:4px 8px;text-align:left;vertical-align:top}</style></head><body>\n")
            .arg(language, escaped(tr("SEPPmail MPKI → Sectigo: values")));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("SEPPmail MPKI → Sectigo: values")));
    QStringList about;
    about << tr("Sectigo Certificate Manager: %1, customer URI %2")
                 .arg(m_config.scmBaseUrl, m_config.customerUri);
    if (m_config.createdAt.isValid())
        about << tr("Made on %1").arg(m_config.createdAt.toUTC().toString(Qt::ISODate));
    if (!m_config.plan.isEmpty())
        about << tr("From the plan %1").arg(m_config.plan);
    if (m_config.passwordExpires.isValid())
        about << tr("The operator's password expires on %1")
                     .arg(m_config.passwordExpires.toString(Qt::ISODate));
    html += htmlList(about, false) + QLatin1Char('\n');

    const QStringList warnings = m_config.warnings();
    if (!warnings.isEmpty())
        html +=
            QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Before you start"))) + htmlList(warnings, false);

    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("The gateway's form, in the page's order")));
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(escaped(tr("Section")), escaped(tr("Field")), escaped(tr("Value")));
    for (const Field &field : fields())
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td><code>%3</code></td></tr>\n")
                    .arg(escaped(field.section), escaped(field.label), escaped(field.value));
    html += QStringLiteral("</table>\n");
    if (!m_options.showPassword)
        html +=
            QStringLiteral("<p>%1</p>\n")
                .arg(escaped(tr("The password is masked; \"mpki-setup import --show-password\" shows it.")));

    html +=
        QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Steps on the gateway"))) + htmlList(steps(), true);

    if (m_gatewayResult) {
        QStringList lines = m_gatewayResult->done;
        lines.prepend(m_gatewayResult->summary);
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("What mpki-setup did on the gateway"))) +
                htmlList(lines, false);
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("What the REST APIs cannot do"))) +
            htmlList(notByApi(), false);
    html += QStringLiteral("\n</body></html>\n");
    return html;
}

bool ValuesSheet::writeHtml(const QString &path, QString *error) const
{
    // The sheet may hold the password (--show-password): the writer makes it owner only, like the
    // connector file.
    if (!HtmlDocumentFile::writeHtml(path, toHtml(), error))
        return false;
    qCDebug(lcValuesSheet) << "wrote values sheet" << path;
    return true;
}

bool ValuesSheet::writePdf(const QString &path, QString *error) const
{
    if (!HtmlDocumentFile::writePdf(path, toHtml(), tr("SEPPmail MPKI → Sectigo: values"), error))
        return false;
    qCDebug(lcValuesSheet) << "wrote values sheet" << path;
    return true;
}

bool ValuesSheet::write(const QString &path, QString *error) const
{
    switch (HtmlDocumentFile::formatOf(path)) {
    case HtmlDocumentFile::Format::Pdf:
        return writePdf(path, error);
    case HtmlDocumentFile::Format::Html:
        return writeHtml(path, error);
    case HtmlDocumentFile::Format::Unknown:
        break;
    }
    if (error)
        *error = tr("The values sheet \"%1\" must end in .pdf or .html.").arg(path);
    return false;
}
