#include "DomainsPage.h"

#include "CopyableField.h"
#include "PlanValidator.h"
#include "WizardController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

DomainsPage::DomainsPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Domains, parent)
    , m_domains(new QPlainTextEdit(this))
    , m_method(new QComboBox(this))
    , m_domainsMessage(new QLabel(this))
    , m_records(new QGroupBox(tr("DNS records to publish"), this))
    , m_recordsLayout(new QVBoxLayout(m_records))
{
    setSubTitle(tr("The e-mail domains for which certificates should be received later."));
    m_domains->setObjectName(QStringLiteral("domainsList"));
    m_domains->setAccessibleName(tr("E-mail domains, one per line"));
    m_domains->setTabChangesFocus(true);
    m_domains->setPlaceholderText(tr("example.ch\nmail.example.ch"));
    m_domains->setMaximumBlockCount(200);
    m_domains->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    const int lineHeight = m_domains->fontMetrics().lineSpacing();
    m_domains->setMinimumHeight(lineHeight * 3 + 12);
    m_domains->setMaximumHeight(lineHeight * 6 + 12);
    m_method->setObjectName(QStringLiteral("dcvMethod"));
    m_method->setAccessibleName(tr("Domain control validation method"));
    m_method->setToolTip(
        tr("Domain control validation (DCV): Sectigo checks that you control the domain, here by "
           "a DNS record you publish."));
    m_method->addItem(tr("CNAME record in DNS"), QStringLiteral("CNAME"));
    m_method->addItem(tr("TXT record in DNS"), QStringLiteral("TXT"));
    m_domainsMessage->setObjectName(QStringLiteral("domainsListMessage"));
    m_domainsMessage->setWordWrap(true);
    QPalette warning = m_domainsMessage->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_domainsMessage->setPalette(warning);
    m_domainsMessage->setVisible(false);
    m_records->setObjectName(QStringLiteral("dcvRecords"));
    m_records->setVisible(false);

    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *domainsLabel = new QLabel(tr("E-mail &domains *:"), fields);
    domainsLabel->setBuddy(m_domains);
    auto *column = new QVBoxLayout;
    column->addWidget(m_domains);
    column->addWidget(m_domainsMessage);
    form->addRow(domainsLabel, column);
    auto *methodLabel = new QLabel(tr("Domain control &validation:"), fields);
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, m_method);
    addFields(fields);
    addDetails(m_records);

    registerField(QStringLiteral("domains*"), m_domains, "plainText", SIGNAL(textChanged()));
    connect(m_domains, &QPlainTextEdit::textChanged, this, &DomainsPage::checkDomains);
}

QStringList DomainsPage::domainNames() const
{
    QStringList names;
    const QStringList lines =
        m_domains->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        names << line.trimmed();
    return names;
}

void DomainsPage::checkDomains()
{
    QStringList problems;
    const QStringList names = domainNames();
    QStringList seen;
    for (const QString &name : names) {
        const QString message = PlanValidator::checkField(QStringLiteral("domains[].name"), QJsonValue(name));
        if (!message.isEmpty())
            problems << message;
        if (seen.contains(name, Qt::CaseInsensitive))
            problems << tr("%1 is listed twice.").arg(name);
        seen << name;
    }
    if (names.isEmpty() && !m_domains->toPlainText().isEmpty())
        problems << tr("Enter at least one e-mail domain.");
    m_error = names.isEmpty() ? tr("Enter at least one e-mail domain.") : problems.join(QLatin1Char('\n'));
    const bool show = !problems.isEmpty();
    m_domainsMessage->setText(problems.join(QLatin1Char('\n')));
    m_domainsMessage->setVisible(show);
    m_domains->setStyleSheet(show ? QStringLiteral("QPlainTextEdit { border: 2px solid #b71c1c; }")
                                  : QString());
    m_domains->setAccessibleDescription(show ? problems.join(QLatin1Char(' ')) : QString());
    fieldsChanged();
}

void DomainsPage::loadFromPlan(const Plan &plan)
{
    QStringList names;
    for (const Plan::Domain &domain : plan.domains)
        names << domain.name;
    if (m_domains->toPlainText().trimmed().isEmpty() || domainNames() != names)
        m_domains->setPlainText(names.join(QLatin1Char('\n')));
    if (!plan.domains.isEmpty()) {
        const int index = m_method->findData(plan.domains.first().dcv);
        if (index >= 0)
            m_method->setCurrentIndex(index);
    }
    checkDomains();
}

void DomainsPage::saveToPlan(Plan *plan) const
{
    QList<Plan::Domain> domains;
    for (const QString &name : domainNames()) {
        Plan::Domain domain;
        domain.name = name;
        domain.dcv = m_method->currentData().toString();
        domains << domain;
    }
    plan->domains = domains;
}

bool DomainsPage::fieldsValid() const
{
    return m_error.isEmpty();
}

QStringList DomainsPage::plannedLines() const
{
    QStringList lines;
    for (const QString &name : domainNames())
        lines << tr("Create or adopt %1 and delegate it to the organisation for S/MIME.").arg(name);
    lines << tr("Start domain control validation of each registered domain (e.g. example.ch for "
                "mail.example.ch) and show the DNS record to publish.");
    return lines;
}

QString DomainsPage::actionText() const
{
    return tr("C&reate the domains");
}

void DomainsPage::refreshDetails()
{
    // The records to publish, as the domains step learned them from SCM.
    const StepState &state = controller()->state().step(StepId::Domains);
    const QJsonValue dcv = state.details.value(QStringLiteral("dcv"));
    QJsonArray records;
    if (dcv.isArray()) {
        records = dcv.toArray();
    } else if (dcv.isObject()) {
        const QJsonObject byDomain = dcv.toObject();
        for (auto it = byDomain.constBegin(); it != byDomain.constEnd(); ++it) {
            QJsonObject record = it.value().toObject();
            if (!record.contains(QStringLiteral("domain")))
                record.insert(QStringLiteral("domain"), it.key());
            records.append(record);
        }
    }
    const QString fingerprint = QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Compact));
    if (fingerprint == m_shownRecords)
        return;
    m_shownRecords = fingerprint;
    while (QLayoutItem *item = m_recordsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    for (const QJsonValue &value : std::as_const(records)) {
        const QJsonObject record = value.toObject();
        const QString domain = record.value(QStringLiteral("domain")).toString();
        const QString host = record.value(QStringLiteral("host")).toString();
        const QString point = record.value(QStringLiteral("point")).toString();
        if (host.isEmpty() && point.isEmpty())
            continue;
        const QString method = record.value(QStringLiteral("method")).toString(QStringLiteral("CNAME"));
        const QString status = record.value(QStringLiteral("status")).toString();
        auto *box = new QWidget(m_records);
        auto *boxLayout = new QFormLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        auto *title =
            new QLabel(tr("<b>%1</b> — %2 record, status: %3")
                           .arg(domain.toHtmlEscaped(), method.toHtmlEscaped(),
                                status.isEmpty() ? tr("not validated yet") : status.toHtmlEscaped()),
                       box);
        title->setWordWrap(true);
        boxLayout->addRow(title);
        const QString key = QString(domain).replace(QLatin1Char('.'), QLatin1Char('_'));
        auto *hostField =
            new CopyableField(QStringLiteral("dcvHost_") + key, tr("Record host for %1").arg(domain), box);
        hostField->setValue(host);
        auto *pointField =
            new CopyableField(QStringLiteral("dcvValue_") + key, tr("Record value for %1").arg(domain), box);
        pointField->setValue(point);
        boxLayout->addRow(tr("Host:"), hostField);
        boxLayout->addRow(tr("Value:"), pointField);
        m_recordsLayout->addWidget(box);
        ++shown;
    }
    m_records->setVisible(shown > 0);
}
