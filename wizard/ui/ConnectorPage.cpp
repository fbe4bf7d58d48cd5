#include "ConnectorPage.h"

#include "ConnectorConfig.h"
#include "CopyableField.h"
#include "PlanFieldEdit.h"
#include "PlanForm.h"
#include "TickLine.h"
#include "UiIcons.h"
#include "ValuesSheet.h"
#include "WizardController.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
QString htmlList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}
} // namespace

ConnectorPage::ConnectorPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Connector, parent)
    , m_form(new PlanForm(this))
    , m_values(new QGroupBox(tr("MPKI → Sectigo on the gateway"), this))
    , m_valuesLayout(new QFormLayout(m_values))
    , m_notByApi(new QLabel(this))
    , m_gateway(new QLabel(this))
    , m_export(new QGroupBox(tr("Hand over"), this))
    , m_passphrase(new QLineEdit(m_export))
    , m_passphraseAgain(new QLineEdit(m_export))
    , m_passphraseMessage(new QLabel(m_export))
    , m_exportButton(
          new QPushButton(UiIcons::icon(QStringLiteral("save")), tr("E&xport the connector file…"), m_export))
    , m_sheetButton(
          new QPushButton(UiIcons::icon(QStringLiteral("save")), tr("Save the values &sheet…"), m_export))
    , m_saveResult(new QLabel(m_export))
    , m_manualScm(new TickLine(QStringLiteral("connectorDefaultProfileDone"),
                               tr("Done in SCM: the organisation's default profile"), this))
    , m_expiry(new QLabel(this))
    , m_steps(new QGroupBox(tr("Steps on the gateway"), this))
{
    setSubTitle(tr("The values for the gateway's MPKI → Sectigo page."));
    m_renewal = m_form->addField(QStringLiteral("gateway.renewalDays"), QStringLiteral("renewalDays"),
                                 tr("Renewal &overlap in days *:"), tr("Renewal overlap in days"));
    m_gatewayUrl = m_form->addField(QStringLiteral("gateway.api.url"), QStringLiteral("gatewayApiUrl"),
                                    tr("Gate&way REST API:"), tr("Gateway REST API address"));
    m_gatewayUrl->lineEdit()->setPlaceholderText(tr("optional, e.g. https://gateway.example.ch:8445/v1"));
    m_gatewayUrl->setExtraCheck([](const QString &) { return QString(); });
    // The gateway's REST API credentials (SEPPmail: X-SM-API-TOKEN / X-SM-API-SECRET); the demo's
    // gateway is set up already.
    m_gatewayToken = new QLineEdit(m_form);
    m_gatewayToken->setObjectName(QStringLiteral("gatewayToken"));
    m_gatewayToken->setEchoMode(QLineEdit::Password);
    m_gatewayToken->setAccessibleName(tr("Gateway API token"));
    m_gatewaySecret = new QLineEdit(m_form);
    m_gatewaySecret->setObjectName(QStringLiteral("gatewaySecret"));
    m_gatewaySecret->setEchoMode(QLineEdit::Password);
    m_gatewaySecret->setAccessibleName(tr("Gateway API secret"));
    if (!controller->isDemo()) {
        m_form->addRow(tr("Gateway API to&ken:"), m_gatewayToken, m_gatewayToken);
        m_form->addRow(tr("Gateway API secr&et:"), m_gatewaySecret, m_gatewaySecret);
    } else {
        m_gatewayToken->setVisible(false);
        m_gatewaySecret->setVisible(false);
    }
    addFields(m_form);
    registerField(QStringLiteral("renewalDays*"), m_renewal->lineEdit());
    connect(m_form, &PlanForm::changed, this, &ConnectorPage::fieldsChanged);

    m_values->setObjectName(QStringLiteral("connectorValues"));
    m_valuesLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_valuesLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_values->setVisible(false);
    m_notByApi->setObjectName(QStringLiteral("connectorNotByApi"));
    m_notByApi->setWordWrap(true);
    m_notByApi->setTextFormat(Qt::RichText);
    m_notByApi->setVisible(false);
    m_gateway->setObjectName(QStringLiteral("connectorGatewayCheck"));
    m_gateway->setWordWrap(true);
    m_gateway->setTextFormat(Qt::RichText);
    m_gateway->setVisible(false);

    m_export->setObjectName(QStringLiteral("connectorExport"));
    m_export->setVisible(false);
    m_passphrase->setObjectName(QStringLiteral("exportPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the connector file"));
    m_passphraseAgain->setObjectName(QStringLiteral("exportPassphraseAgain"));
    m_passphraseAgain->setEchoMode(QLineEdit::Password);
    m_passphraseAgain->setAccessibleName(tr("Passphrase of the connector file, again"));
    m_passphraseMessage->setObjectName(QStringLiteral("exportPassphraseMessage"));
    m_passphraseMessage->setWordWrap(true);
    m_exportButton->setObjectName(QStringLiteral("exportConnectorFile"));
    m_exportButton->setEnabled(false);
    m_sheetButton->setObjectName(QStringLiteral("saveValuesSheet"));
    m_saveResult->setObjectName(QStringLiteral("saveResult"));
    m_saveResult->setWordWrap(true);
    m_saveResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportForm = new QFormLayout;
    exportForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *passLabel = new QLabel(tr("&Passphrase:"), m_export);
    passLabel->setBuddy(m_passphrase);
    exportForm->addRow(passLabel, m_passphrase);
    auto *againLabel = new QLabel(tr("Passphrase a&gain:"), m_export);
    againLabel->setBuddy(m_passphraseAgain);
    exportForm->addRow(againLabel, m_passphraseAgain);
    exportForm->addRow(QString(), m_passphraseMessage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_sheetButton);
    buttons->addStretch(1);
    auto *exportLayout = new QVBoxLayout(m_export);
    auto *exportNote = new QLabel(tr("The connector file carries the operator's password encrypted with a "
                                     "passphrase; the values sheet shows it masked."),
                                  m_export);
    exportNote->setWordWrap(true);
    exportLayout->addWidget(exportNote);
    exportLayout->addLayout(exportForm);
    exportLayout->addLayout(buttons);
    exportLayout->addWidget(m_saveResult);

    m_manualScm->setVisible(false);
    m_expiry->setObjectName(QStringLiteral("connectorPasswordExpiry"));
    m_expiry->setWordWrap(true);
    m_expiry->setVisible(false);
    m_steps->setObjectName(QStringLiteral("connectorGatewaySteps"));
    new QVBoxLayout(m_steps);
    m_steps->setVisible(false);
    m_reach = new QLabel(this);
    m_reach->setObjectName(QStringLiteral("connectorReachability"));
    m_reach->setWordWrap(true);
    m_reach->setVisible(false);

    // What the person acts on first: the manual SCM action, the files to hand over; then the values
    // in the gateway's order and the steps there.
    addDetails(m_manualScm);
    addDetails(m_expiry);
    addDetails(m_export);
    addDetails(m_values);
    addDetails(m_steps);
    addDetails(m_reach);
    addDetails(m_gateway);
    addDetails(m_notByApi);

    connect(m_passphrase, &QLineEdit::textChanged, this, &ConnectorPage::checkPassphrases);
    connect(m_passphraseAgain, &QLineEdit::textChanged, this, &ConnectorPage::checkPassphrases);
    connect(m_exportButton, &QPushButton::clicked, this, &ConnectorPage::exportFile);
    connect(m_sheetButton, &QPushButton::clicked, this, &ConnectorPage::saveSheet);
    connect(controller, &WizardController::connectorFileExported, this, &ConnectorPage::onSaved);
    connect(controller, &WizardController::valuesSheetSaved, this, &ConnectorPage::onSaved);
    checkPassphrases();
}

void ConnectorPage::loadFromPlan(const Plan &plan)
{
    m_renewal->setText(QString::number(plan.gateway.renewalDays));
    m_gatewayUrl->setText(plan.gateway.api ? plan.gateway.api->url : QString());
}

void ConnectorPage::saveToPlan(Plan *plan) const
{
    plan->gateway.renewalDays = m_renewal->text().toInt();
    if (m_gatewayUrl->text().isEmpty()) {
        plan->gateway.api.reset();
    } else {
        Plan::GatewayApi api = plan->gateway.api.value_or(Plan::GatewayApi());
        api.url = m_gatewayUrl->text();
        plan->gateway.api = api;
    }
}

void ConnectorPage::initializePage()
{
    StepPage::initializePage();
    if (controller()->isDemo() || !m_gatewayToken->text().isEmpty())
        return;
    QPointer<ConnectorPage> self(this);
    controller()->readGatewayCredentials([self](const QString &token, const QString &secret) {
        if (self && self->m_gatewayToken->text().isEmpty()) {
            self->m_gatewayToken->setText(token);
            self->m_gatewaySecret->setText(secret);
        }
    });
}

bool ConnectorPage::validatePage()
{
    if (!mayGoOn() && !controller()->isDemo()) {
        // The plan first (the gateway's address), then the client for it.
        Plan plan = controller()->plan();
        saveToPlan(&plan);
        controller()->setPlan(plan);
        controller()->setGatewayCredentials(m_gatewayToken->text(), m_gatewaySecret->text(), true);
    }
    return StepPage::validatePage();
}

bool ConnectorPage::fieldsValid() const
{
    return m_renewal->isValid() && (m_gatewayUrl->text().isEmpty() || m_gatewayUrl->isValid());
}

QStringList ConnectorPage::plannedLines() const
{
    QStringList lines{tr("Assemble the gateway's values: customer URI, operator login and password, "
                         "organisation id, certificate type and term, renewal overlap, managed domains.")};
    if (m_gatewayUrl->text().isEmpty())
        lines << tr(
            "No gateway REST API given: the gateway is not contacted; tick the managed domains by hand.");
    else
        lines << tr("Check on the gateway (%1) that every e-mail domain is a managed domain.")
                     .arg(m_gatewayUrl->text());
    return lines;
}

QString ConnectorPage::actionText() const
{
    return tr("&Assemble the values");
}

void ConnectorPage::refreshDetails()
{
    const std::optional<ConnectorConfig> config = controller()->connectorConfig();
    const bool ready = config.has_value();
    m_values->setVisible(ready);
    m_export->setVisible(ready);
    m_notByApi->setVisible(ready);
    if (!ready) {
        m_gateway->setVisible(false);
        m_manualScm->setVisible(false);
        m_steps->setVisible(false);
        m_expiry->setVisible(false);
        m_reach->setVisible(false);
        return;
    }
    ValuesSheet::Options options;
    options.language = QLocale().name();
    const ValuesSheet sheet(*config, options);
    const QList<ValuesSheet::Field> fields = sheet.fields();
    QString fingerprint;
    for (const ValuesSheet::Field &field : fields)
        fingerprint += field.section + field.label + field.value + QLatin1Char('\n');
    if (fingerprint != m_shownValues) {
        m_shownValues = fingerprint;
        while (m_valuesLayout->rowCount() > 0)
            m_valuesLayout->removeRow(0);
        QString section;
        int index = 0;
        int choiceIndex = 0;
        for (const ValuesSheet::Field &field : fields) {
            if (field.section != section) {
                section = field.section;
                auto *heading =
                    new QLabel(QStringLiteral("<b>%1</b>").arg(section.toHtmlEscaped()), m_values);
                m_valuesLayout->addRow(heading);
            }
            if (!field.typed) {
                // Chosen from the gateway's lists or left as shown: read, not copied.
                auto *shown = new QLabel(tr("Select or keep: %1").arg(field.value), m_values);
                shown->setObjectName(QStringLiteral("connectorChoice%1").arg(choiceIndex++));
                shown->setWordWrap(true);
                shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
                m_valuesLayout->addRow(new QLabel(field.label + QLatin1Char(':'), m_values), shown);
                continue;
            }
            auto *value =
                new CopyableField(QStringLiteral("connectorValue%1").arg(index++), field.label, m_values);
            value->setValue(field.value);
            if (field.secret) {
                // The sheet masks the password; the copy button copies the real one from the keychain.
                value->setSecret(true);
                value->setValue(QString());
                QPointer<CopyableField> target(value);
                controller()->readOperatorPassword([target](const QString &password) {
                    if (target && !password.isEmpty())
                        target->setValue(password);
                });
            }
            auto *label = new QLabel(field.label + QLatin1Char(':'), m_values);
            label->setBuddy(value->lineEdit());
            m_valuesLayout->addRow(label, value);
        }
    }
    QStringList notByApi = sheet.notByApi();
    // The one thing left to do in SCM itself, ticked off at the top of the page.
    m_manualScm->setText(notByApi.takeFirst());
    m_manualScm->setVisible(true);
    m_notByApi->setText(
        QStringLiteral("<b>%1</b>%2")
            .arg(tr("What the REST API cannot do — do it by hand").toHtmlEscaped(), htmlList(notByApi)));
    const QStringList steps = sheet.steps();
    if (steps != m_shownSteps) {
        m_shownSteps = steps;
        qDeleteAll(m_steps->findChildren<TickLine *>(QString(), Qt::FindDirectChildrenOnly));
        int number = 0;
        for (const QString &step : steps) {
            ++number;
            auto *line = new TickLine(QStringLiteral("gatewayStep%1").arg(number),
                                      tr("Step %1 on the gateway done").arg(number), m_steps);
            line->setText(QStringLiteral("%1. %2").arg(QString::number(number), step));
            m_steps->layout()->addWidget(line);
        }
    }
    m_steps->setVisible(true);
    m_reach->setText(
        tr("The gateway talks to %1 itself: make sure it can reach that address (firewall, proxy), "
           "or its MPKI page cannot load the choices from Sectigo.")
            .arg(config->scmBaseUrl));
    m_reach->setVisible(true);
    if (config->passwordExpires.isValid()) {
        m_expiry->setText(
            tr("<b>The operator's password expires on %1.</b> From then on the gateway cannot "
               "request certificates: rotate it before then and enter the new one on the "
               "gateway.")
                .arg(QLocale().toString(config->passwordExpires, QLocale::LongFormat).toHtmlEscaped()));
        m_expiry->setVisible(true);
    }

    const QJsonObject gateway =
        controller()->state().step(StepId::Connector).details.value(QStringLiteral("gateway")).toObject();
    if (gateway.isEmpty()) {
        m_gateway->setText(tr("<b>Managed domains:</b> the gateway was not contacted; tick the domains under "
                              "“MPKI managed domains” by hand."));
    } else {
        QStringList lines;
        if (!gateway.value(QStringLiteral("summary")).toString().isEmpty())
            lines << gateway.value(QStringLiteral("summary")).toString();
        const QStringList present = strings(gateway.value(QStringLiteral("domainsPresent")));
        const QStringList missing = strings(gateway.value(QStringLiteral("domainsMissing")));
        const QStringList created = strings(gateway.value(QStringLiteral("domainsCreated")));
        if (!present.isEmpty())
            lines << tr("Managed domains present: %1").arg(present.join(QStringLiteral(", ")));
        if (!created.isEmpty())
            lines << tr("Managed domains created: %1").arg(created.join(QStringLiteral(", ")));
        if (!missing.isEmpty())
            lines << tr("Missing on the gateway — create them as managed domains: %1")
                         .arg(missing.join(QStringLiteral(", ")));
        m_gateway->setText(
            QStringLiteral("<b>%1</b>%2").arg(tr("Managed-domain check").toHtmlEscaped(), htmlList(lines)));
    }
    m_gateway->setVisible(true);
}

QString ConnectorPage::passphraseProblem(const QString &passphrase, const QString &again)
{
    if (passphrase.isEmpty())
        return tr("Choose a passphrase for the connector file, and enter it twice.");
    if (passphrase.size() < 8)
        return tr("Use at least 8 characters.");
    if (passphrase != again)
        return tr("The two passphrases differ.");
    return QString();
}

void ConnectorPage::checkPassphrases()
{
    const QString message = ConnectorPage::passphraseProblem(m_passphrase->text(), m_passphraseAgain->text());
    m_passphraseMessage->setText(message);
    m_exportButton->setEnabled(message.isEmpty());
}

void ConnectorPage::exportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the connector file"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(QStringLiteral("mpki-connector.json")),
                                   tr("Connector files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_exportButton->setEnabled(false);
        m_saveResult->setText(tr("Encrypting and writing…"));
        controller()->exportConnectorFile(path, m_passphrase->text());
    });
    dialog->open();
}

void ConnectorPage::saveSheet()
{
    auto *dialog = new QFileDialog(this, tr("Save the values sheet"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(QStringLiteral("mpki-values.pdf")),
                                   tr("PDF (*.pdf);;HTML (*.html)"));
    dialog->setObjectName(QStringLiteral("sheetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { controller()->saveValuesSheet(path); });
    dialog->open();
}

void ConnectorPage::onSaved(const SaveResult &result)
{
    checkPassphrases();
    m_saveResult->setText(result.message);
}
