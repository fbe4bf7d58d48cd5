#include "ConnectionPage.h"

#include "PageIds.h"
#include "PlanFieldEdit.h"
#include "ScmTransport.h"
#include "UiIcons.h"
#include "WizardController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString certificateDetails(const QSslCertificate &certificate)
{
    const auto join = [](const QStringList &parts) {
        return parts.join(QStringLiteral(", ")).toHtmlEscaped();
    };
    return ConnectionPage::tr("<b>Subject:</b> %1<br><b>Issued by:</b> %2<br><b>Valid:</b> %3 – %4<br>"
                              "<b>SHA-256 fingerprint:</b> %5")
        .arg(join(certificate.subjectInfo(QSslCertificate::CommonName)),
             join(certificate.issuerInfo(QSslCertificate::CommonName) +
                  certificate.issuerInfo(QSslCertificate::Organization)),
             certificate.effectiveDate().toString(Qt::ISODate),
             certificate.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}
} // namespace

ConnectionPage::ConnectionPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_baseUrl(new QComboBox(this))
    , m_customerUri(new PlanFieldEdit(QStringLiteral("scm.customerUri"), QStringLiteral("customerUri"),
                                      tr("Customer URI"), this))
    , m_login(
          new PlanFieldEdit(QStringLiteral("scm.login"), QStringLiteral("login"), tr("Admin login"), this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this))
    , m_error(new QLabel(this))
    , m_certificate(new QLabel(this))
    , m_trust(new QPushButton(UiIcons::icon(QStringLiteral("certificate")),
                              tr("&Trust a CA certificate file…"), this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Ca&ncel"), this))
{
    setObjectName(QStringLiteral("connectionPage"));
    setTitle(
        tr("Step %1 of %2: %3")
            .arg(QString::number(1), QString::number(Steps::count), Steps::displayName(StepId::Connect)));
    setSubTitle(tr("The access data for the Certificate Manager, as supplied by Sectigo or your reseller. "
                   "Log in with the admin user provided to you."));

    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setEditable(true);
    m_baseUrl->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_baseUrl->setAccessibleName(tr("Certificate Manager address"));
    m_baseUrl->setToolTip(
        tr("You may paste the address of your login page, e.g. "
           "https://cert-manager.com/customer/example/ — the customer URI is taken from it."));
    for (const QUrl &url : ScmTransport::knownInstances())
        m_baseUrl->addItem(url.toString());
    m_baseUrl->setInsertPolicy(QComboBox::NoInsert);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Admin password"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setAccessibleName(tr("Remember the password in the keychain"));
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_certificate->setObjectName(QStringLiteral("connectionCertificate"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextFormat(Qt::RichText);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certificate->setVisible(false);
    m_trust->setObjectName(QStringLiteral("trustCaFile"));
    m_trust->setVisible(false);
    m_busy->setObjectName(QStringLiteral("connectionProgress"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking the connection"));
    m_busy->setVisible(false);
    m_cancel->setObjectName(QStringLiteral("connectionCancel"));
    m_cancel->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [this, form](const QString &label, QWidget *field, QWidget *buddy) {
        auto *l = new QLabel(label, this);
        l->setBuddy(buddy);
        form->addRow(l, field);
    };
    addRow(tr("Certificate Manager &address:"), m_baseUrl, m_baseUrl);
    addRow(tr("C&ustomer URI:"), m_customerUri, m_customerUri->lineEdit());
    addRow(tr("Admin &login:"), m_login, m_login->lineEdit());
    addRow(tr("&Password:"), m_password, m_password);
    form->addRow(QString(), m_remember);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(busyRow);
    layout->addWidget(m_error);
    layout->addWidget(m_certificate);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    layout->addStretch(1);

    registerField(QStringLiteral("customerUri*"), m_customerUri->lineEdit());
    registerField(QStringLiteral("login*"), m_login->lineEdit());
    registerField(QStringLiteral("password*"), m_password);

    connect(m_baseUrl, &QComboBox::editTextChanged, this, &ConnectionPage::onBaseUrlEdited);
    connect(m_customerUri, &PlanFieldEdit::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_login, &PlanFieldEdit::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_password, &QLineEdit::textChanged, this, [this] { m_passed = false; });
    connect(m_trust, &QPushButton::clicked, this, &ConnectionPage::trustCaFile);
    connect(m_cancel, &QPushButton::clicked, m_controller, &WizardController::cancel);
    connect(m_controller, &WizardController::connectionChecked, this, &ConnectionPage::onChecked);
    // The demo's simulators start in the background: their address and password come when they listen.
    connect(m_controller, &WizardController::demoReady, this, [this] {
        if (wizard() && wizard()->currentPage() == this && !m_checking) {
            initializePage();
            emit completeChanged();
        }
    });
}

void ConnectionPage::initializePage()
{
    const Plan &plan = m_controller->plan();
    m_baseUrl->setEditText(plan.scm.baseUrl.isEmpty() ? ScmTransport::defaultBaseUrl().toString()
                                                      : plan.scm.baseUrl);
    m_customerUri->setText(plan.scm.customerUri);
    m_login->setText(plan.scm.login);
    m_remember->setVisible(!m_controller->isDemo());
    if (m_password->text().isEmpty()) {
        QPointer<ConnectionPage> self(this);
        m_controller->readRememberedPassword(
            plan.scm.baseUrl, plan.scm.customerUri, plan.scm.login, [self](const QString &password) {
                if (self && self->m_password->text().isEmpty() && !password.isEmpty()) {
                    self->m_password->setText(password);
                    self->m_remember->setChecked(true);
                }
            });
    }
}

void ConnectionPage::onBaseUrlEdited(const QString &text)
{
    m_passed = false;
    // A pasted portal address (https://host/customer/<uri>/...) carries the customer URI.
    QString customer;
    const QUrl normalised = ScmTransport::normaliseBaseUrl(text, &customer);
    if (normalised.isValid() && !customer.isEmpty() && customer != m_customerUri->text()) {
        m_customerUri->setText(customer);
        const QString base = normalised.toString();
        QMetaObject::invokeMethod(
            this, [this, base] { m_baseUrl->setEditText(base); }, Qt::QueuedConnection);
    }
}

bool ConnectionPage::isChecking() const
{
    return m_checking;
}

bool ConnectionPage::isComplete() const
{
    return !m_checking && m_controller->isDemoReady() && QWizardPage::isComplete() &&
           m_customerUri->isValid() && m_login->isValid();
}

bool ConnectionPage::validatePage()
{
    if (m_passed)
        return true;
    if (m_checking)
        return false;
    m_error->setVisible(false);
    m_certificate->setVisible(false);
    m_trust->setVisible(false);
    m_checking = true;
    m_busy->setVisible(true);
    m_cancel->setVisible(true);
    emit completeChanged();
    ConnectionInput input;
    input.baseUrl = m_baseUrl->currentText().trimmed();
    input.customerUri = m_customerUri->text();
    input.login = m_login->text();
    input.password = m_password->text();
    input.remember = m_remember->isChecked();
    m_controller->checkConnection(input);
    return false;
}

void ConnectionPage::showError(const QString &html)
{
    m_error->setText(html);
    m_error->setVisible(true);
}

void ConnectionPage::onChecked(const ConnectionResult &result)
{
    m_checking = false;
    m_busy->setVisible(false);
    m_cancel->setVisible(false);
    emit completeChanged();
    using Outcome = ConnectionResult::Outcome;
    switch (result.outcome) {
    case Outcome::Connected:
        m_passed = true;
        if (!result.roleWarning.isEmpty())
            showError(result.roleWarning.toHtmlEscaped());
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    case Outcome::Unauthorized:
        showError(tr("<b>The Certificate Manager refused the login.</b> %1<br>Possible causes: the login or "
                     "password is mistyped; the customer URI is not the one of this account; the password "
                     "has expired or the account is locked; the account is “WS API use only” or has no "
                     "access to the REST API. Check them, then press Next again.")
                      .arg(result.message.toHtmlEscaped()));
        m_password->setFocus();
        m_password->selectAll();
        return;
    case Outcome::Tls: {
        showError(
            tr("<b>The Certificate Manager's certificate is not trusted.</b> %1<br>If your organisation "
               "runs its own Certificate Manager with a private CA, trust that CA's certificate file. "
               "Do not go on if you did not expect this: someone may be in between.")
                .arg(result.message.toHtmlEscaped()));
        QStringList details;
        for (const QSslError &error : result.tlsErrors)
            details << error.errorString().toHtmlEscaped();
        if (!result.chain.isEmpty())
            details << certificateDetails(result.chain.first());
        m_certificate->setText(details.join(QStringLiteral("<br>")));
        m_certificate->setVisible(!details.isEmpty());
        m_trust->setVisible(true);
        return;
    }
    case Outcome::Network:
        showError(tr("<b>The Certificate Manager could not be reached.</b> %1<br>Check the address, your "
                     "network and proxy, then press Next again.")
                      .arg(result.message.toHtmlEscaped()));
        return;
    case Outcome::Cancelled:
        showError(tr("The check was cancelled. Press Next to check again."));
        return;
    case Outcome::BadInput:
    case Outcome::Other:
        showError(result.message.toHtmlEscaped());
        return;
    }
}

void ConnectionPage::trustCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Trust a CA certificate file"), QString(),
                                   tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    dialog->setObjectName(QStringLiteral("trustCaDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!m_controller->trustCaCertificateFile(path, &error)) {
            showError(error.toHtmlEscaped());
            return;
        }
        m_certificate->setVisible(false);
        m_trust->setVisible(false);
        showError(tr("The CA certificate is trusted from now on. Press Next to connect again."));
    });
    dialog->open();
}

int ConnectionPage::nextId() const
{
    return m_nextPage >= 0 ? m_nextPage : PageId::of(StepId::Organization);
}
