#include "PasswordPage.h"

#include "CopyableField.h"
#include "UiIcons.h"
#include "UrlOpener.h"
#include "WizardController.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordPage::PasswordPage(WizardController *controller, QWidget *parent)
    : StepPage(controller, StepId::Password, parent)
    , m_manual(new QGroupBox(tr("Change the password at the Certificate Manager"), this))
    , m_instructions(new QLabel(m_manual))
    , m_url(new CopyableField(QStringLiteral("manualUrl"), tr("Certificate Manager login address"), m_manual))
    , m_open(
          new QPushButton(UiIcons::icon(QStringLiteral("open-link")), tr("&Open the login page"), m_manual))
    , m_login(new CopyableField(QStringLiteral("manualLogin"), tr("Operator login"), m_manual))
    , m_temporary(
          new CopyableField(QStringLiteral("manualTemporaryPassword"), tr("Temporary password"), m_manual))
    , m_new(new CopyableField(QStringLiteral("manualNewPassword"), tr("New password"), m_manual))
    , m_done(new QPushButton(tr("I have &set the new password"), m_manual))
    , m_play(new QPushButton(UiIcons::icon(QStringLiteral("simulator")), tr("&Play the person's part"),
                             m_manual))
    , m_playResult(new QLabel(m_manual))
{
    setSubTitle(tr("The operator's one-time password change."));
    m_manual->setObjectName(QStringLiteral("manualPasswordChange"));
    m_manual->setVisible(false);
    m_instructions->setObjectName(QStringLiteral("manualInstructions"));
    m_instructions->setWordWrap(true);
    m_instructions->setText(
        tr("The Certificate Manager does not let the new operator change its start password over the API. "
           "Please do it once in the web interface: open the login page, log in as the operator with the "
           "temporary password, click the user name at the top right, choose “My Profile”, under “Password” "
           "click “Change”, enter the old password once and the new one below twice, and confirm with "
           "“Save”. Then log out. Use exactly the new password shown here: the gateway will use it. Then "
           "click “I have set the new password”: until then the wizard looks only a few times an hour, "
           "because each look before the change is a login the Certificate Manager refuses, and it may "
           "lock the operator after several."));
    m_open->setObjectName(QStringLiteral("manualOpenUrl"));
    m_temporary->setSecret(true);
    m_new->setSecret(true);
    m_done->setObjectName(QStringLiteral("manualPasswordDone"));
    m_play->setObjectName(QStringLiteral("playPersonsPart"));
    m_play->setVisible(controller->isDemo());
    m_play->setToolTip(tr("Demo only: the simulator's person logs in and sets the new password."));
    m_playResult->setObjectName(QStringLiteral("playPersonsPartResult"));
    m_playResult->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *urlLabel = new QLabel(tr("Login &address:"), m_manual);
    urlLabel->setBuddy(m_url->lineEdit());
    form->addRow(urlLabel, m_url);
    form->addRow(QString(), m_open);
    auto *loginLabel = new QLabel(tr("&Login:"), m_manual);
    loginLabel->setBuddy(m_login->lineEdit());
    form->addRow(loginLabel, m_login);
    auto *temporaryLabel = new QLabel(tr("&Temporary password:"), m_manual);
    temporaryLabel->setBuddy(m_temporary->lineEdit());
    form->addRow(temporaryLabel, m_temporary);
    auto *newLabel = new QLabel(tr("N&ew password:"), m_manual);
    newLabel->setBuddy(m_new->lineEdit());
    form->addRow(newLabel, m_new);
    auto *layout = new QVBoxLayout(m_manual);
    layout->addWidget(m_instructions);
    layout->addLayout(form);
    layout->addWidget(m_done, 0, Qt::AlignLeft);
    layout->addWidget(m_play, 0, Qt::AlignLeft);
    layout->addWidget(m_playResult);
    addDetails(m_manual);

    // The person decides whether the operator's working password may be replaced, not the engine.
    connect(controller, &WizardController::operatorPasswordResetNeeded, this,
            [this] { this->controller()->confirmOperatorPasswordReset(this); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!this->controller()->urlOpener()->open(QUrl(m_url->value())))
            m_playResult->setText(tr("No browser could be started: copy the address into one."));
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_playResult->setText(tr("Checking whether the new password works…"));
        this->controller()->checkNow(StepId::Password);
    });
    connect(m_play, &QPushButton::clicked, this, [this] {
        m_play->setEnabled(false);
        m_playResult->setText(tr("The simulated person logs in and changes the password…"));
        this->controller()->playPersonsPart();
    });
    connect(controller, &WizardController::personsPartPlayed, this, [this](bool ok, const QString &message) {
        m_play->setEnabled(!ok);
        m_playResult->setText(
            ok ? tr("Done: %1 Waiting for the Certificate Manager to accept the new password.").arg(message)
               : message);
    });
    connect(controller, &WizardController::manualPasswordChangeRequired, this, &PasswordPage::showChange);
}

void PasswordPage::showChange()
{
    const std::optional<ManualPasswordChange> change = controller()->manualPasswordChange();
    if (!change)
        return;
    m_url->setValue(change->url.toString());
    m_login->setValue(change->login);
    m_temporary->setValue(change->temporaryPassword);
    m_new->setValue(change->newPassword);
    refreshDetails();
}

void PasswordPage::refreshDetails()
{
    const bool waitingForPerson = controller()->manualPasswordChange().has_value() &&
                                  controller()->state().step(StepId::Password).status != StepStatus::Done;
    if (waitingForPerson && m_new->value().isEmpty())
        showChange();
    m_manual->setVisible(waitingForPerson);
    if (!waitingForPerson) {
        // The secrets leave the screen once they are no longer needed.
        m_temporary->setValue(QString());
        m_new->setValue(QString());
    }
}

QStringList PasswordPage::plannedLines() const
{
    const Plan &plan = controller()->plan();
    return {tr("Generate a new password for “%1” and keep it in the keychain before it is set.")
                .arg(plan.operatorAdmin.login),
            tr("Change the temporary password over the API as the operator; if the Certificate Manager "
               "refuses, you do it once at its login page with the values shown here."),
            tr("Check that the new password works.")};
}

QString PasswordPage::actionText() const
{
    return tr("C&hange the password");
}
