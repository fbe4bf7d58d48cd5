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
    , m_emails(new QWidget(this))
    , m_emailsLayout(new QFormLayout(m_emails))
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
    m_method->addItem(tr("E-mail to an address of the domain"), QStringLiteral("EMAIL"));
    m_emails->setObjectName(QStringLiteral("dcvEmails"));
    m_emailsLayout->setContentsMargins(0, 0, 0, 0);
    m_emailsLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_emails->setVisible(false);
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
    form->addRow(m_emails);
    addFields(fields);
    addDetails(m_records);

    registerField(QStringLiteral("domains*"), m_domains, "plainText", SIGNAL(textChanged()));
    connect(m_domains, &QPlainTextEdit::textChanged, this, &DomainsPage::checkDomains);
    connect(m_method, &QComboBox::currentIndexChanged, this, &DomainsPage::checkDomains);
}

bool DomainsPage::emailMethod() const
{
    return m_method->currentData().toString() == QLatin1String("EMAIL");
}

QString DomainsPage::validatedDomainOf(const QString &name) const
{
    QString target = name.toLower();
    for (const QString &other : domainNames()) {
        const QString lower = other.toLower();
        if (target.endsWith(QLatin1Char('.') + lower) && lower.size() < target.size())
            target = lower;
    }
    return target;
}

QStringList DomainsPage::validatedDomains() const
{
    QStringList domains;
    for (const QString &name : domainNames()) {
        const QString target = validatedDomainOf(name);
        if (!domains.contains(target))
            domains << target;
    }
    return domains;
}

QStringList DomainsPage::emailOptions(const QString &domain) const
{
    // What SCM offered at the last start (the domains step keeps it) is the real choice; before
    // that, the addresses SCM constructs for every registered domain.
    const QJsonObject record = controller()
                                   ->state()
                                   .step(StepId::Domains)
                                   .details.value(QStringLiteral("dcv"))
                                   .toObject()
                                   .value(domain)
                                   .toObject();
    QStringList options = record.value(QStringLiteral("offeredEmails")).toVariant().toStringList();
    if (options.isEmpty()) {
        for (const char *local : {"webmaster", "admin", "administrator", "hostmaster", "postmaster"})
            options << QString::fromLatin1(local) + QLatin1Char('@') + domain;
    }
    return options;
}

void DomainsPage::rebuildEmailChoices()
{
    const QStringList domains = emailMethod() ? validatedDomains() : QStringList();
    m_emails->setVisible(!domains.isEmpty());
    if (domains == m_emailDomainsShown)
        return;
    m_emailDomainsShown = domains;
    while (m_emailsLayout->rowCount() > 0)
        m_emailsLayout->removeRow(0);
    for (const QString &domain : domains) {
        auto *choice = new QComboBox(m_emails);
        choice->setObjectName(QStringLiteral("dcvEmail_") +
                              QString(domain).replace(QLatin1Char('.'), QLatin1Char('_')));
        choice->setProperty("dcvDomain", domain);
        choice->setEditable(true);
        choice->setInsertPolicy(QComboBox::NoInsert);
        choice->setAccessibleName(tr("Validation e-mail address for %1").arg(domain));
        choice->setToolTip(
            tr("Sectigo sends the validation mail for %1 to this address; a person who reads it "
               "confirms. Pick one of the addresses SCM offers.")
                .arg(domain));
        choice->addItems(emailOptions(domain));
        choice->setCurrentIndex(-1);
        choice->setEditText(m_emailChoices.value(domain));
        connect(choice, &QComboBox::currentTextChanged, this, [this, domain](const QString &text) {
            m_emailChoices.insert(domain, text.trimmed());
            checkDomains();
        });
        m_emailsLayout->addRow(tr("Validation e-mail for %1:").arg(domain), choice);
    }
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
    rebuildEmailChoices();
    if (emailMethod()) {
        for (const QString &domain : validatedDomains()) {
            const QString email = m_emailChoices.value(domain);
            if (email.isEmpty())
                problems << tr("Choose the address Sectigo's validation mail for %1 goes to.").arg(domain);
            else if (!PlanValidator::isValidEmail(email))
                problems << tr("\"%1\" is not a valid e-mail address.").arg(email);
        }
    }
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
    for (const Plan::Domain &domain : plan.domains) {
        if (!domain.dcvEmail.isEmpty())
            m_emailChoices.insert(validatedDomainOf(domain.name), domain.dcvEmail);
    }
    m_emailDomainsShown.clear(); // the choices show the plan's addresses
    if (!plan.domains.isEmpty()) {
        const int index = m_method->findData(plan.domains.first().dcv.toUpper());
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
        if (emailMethod())
            domain.dcvEmail = m_emailChoices.value(validatedDomainOf(name));
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
    if (emailMethod()) {
        for (const QString &domain : validatedDomains())
            lines << tr("Start domain control validation of %1 by e-mail to %2.")
                         .arg(domain, m_emailChoices.value(domain));
    } else {
        lines << tr("Start domain control validation of each registered domain (e.g. example.ch for "
                    "mail.example.ch) and show the DNS record to publish.");
    }
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
    // Addresses SCM offered since the choices were made join them.
    for (QComboBox *choice : m_emails->findChildren<QComboBox *>()) {
        const QString domain = choice->property("dcvDomain").toString();
        for (const QString &email : emailOptions(domain)) {
            if (choice->findText(email, Qt::MatchFixedString) < 0)
                choice->addItem(email);
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
        const QString method = record.value(QStringLiteral("method")).toString(QStringLiteral("CNAME"));
        const QString status = record.value(QStringLiteral("status")).toString();
        const QString email = record.value(QStringLiteral("email")).toString();
        if (method == QLatin1String("EMAIL") && !email.isEmpty()) {
            auto *line =
                new QLabel(tr("<b>%1</b> — validation mail sent to %2, status: %3")
                               .arg(domain.toHtmlEscaped(), email.toHtmlEscaped(),
                                    status.isEmpty() ? tr("not validated yet") : status.toHtmlEscaped()),
                           m_records);
            line->setWordWrap(true);
            m_recordsLayout->addWidget(line);
            ++shown;
            continue;
        }
        if (host.isEmpty() && point.isEmpty())
            continue;
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
        if (record.value(QStringLiteral("earlierOrderRejected")).toBool()) {
            auto *rejected =
                new QLabel(tr("Sectigo rejected the earlier validation order. This record is new: "
                              "publish it in place of the one published before."),
                           box);
            rejected->setObjectName(QStringLiteral("dcvRejected_") +
                                    QString(domain).replace(QLatin1Char('.'), QLatin1Char('_')));
            rejected->setWordWrap(true);
            boxLayout->addRow(rejected);
        }
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
