#include "HealthController.h"

#include "ConnectorConfig.h"
#include "HealthCheck.h"
#include "SecretStore.h"

#include <QDateTime>
#include <QPointer>

namespace {
// A report of one finding that says why the check could not be made at all.
HealthReport notChecked(const QString &title, const QString &detail, const QString &action)
{
    HealthReport report;
    report.checked = QDateTime::currentDateTime();
    report.findings << HealthFinding{
        QStringLiteral("not-checked"), HealthFinding::Level::Unknown, title, detail, QDate(), action};
    return report;
}
} // namespace

HealthController::HealthController(WizardController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    qRegisterMetaType<RotationResult>();
    connect(controller, &WizardController::connectorFileExported, this, [this](const SaveResult &result) {
        if (!m_exporting)
            return;
        m_exporting = false;
        emit exported(result);
    });
}

HealthController::~HealthController() = default;

QString HealthController::unavailableReason(const WizardController *controller)
{
    if (!controller->isOpen())
        return tr("No onboarding is open, so there is no connection to check.");
    if (!controller->isDemoReady())
        return tr("The built-in simulator is still starting; try again in a moment.");
    if (!controller->connectorConfig())
        return tr("There is nothing to check yet: the health check needs a finished onboarding, whose "
                  "Connector step has assembled the values the gateway uses. Finish the onboarding first.");
    return QString();
}

QString HealthController::targetDescription() const
{
    const std::optional<ConnectorConfig> config = m_controller->connectorConfig();
    if (!config)
        return QString();
    return tr("The operator %1 at %2 (customer URI %3), as the gateway signs in.")
        .arg(config->login, config->scmBaseUrl, config->customerUri);
}

void HealthController::check()
{
    if (m_checking)
        return;
    m_checking = true;
    emit checkStarted();
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        finishCheck(notChecked(tr("The connection to SCM"), reason, QString()));
        return;
    }
    // The gateway's own credentials: the connector values with the operator's current password.
    const std::optional<ConnectorConfig> config = m_controller->connectorConfig();
    const QString key = SecretStore::key(config->scmHost(), config->customerUri, config->login,
                                         SecretStore::operatorCurrentSlot());
    const QString login = config->login;
    m_controller->secretStore()->read(key, this, [this, login](const SecretResult &secret) {
        if (!secret.ok() || secret.value.isEmpty()) {
            const QString detail = secret.status == SecretResult::Status::NotFound || secret.value.isEmpty()
                                       ? tr("the keychain holds no password of the operator %1").arg(login)
                                       : secret.message;
            finishCheck(notChecked(tr("The operator's password"), detail,
                                   tr("Rotate the operator password: when no stored password signs in, "
                                      "the wizard offers to reset it as the MRAO admin.")));
            return;
        }
        runCheck(secret.value);
    });
}

void HealthController::runCheck(const QString &operatorPassword)
{
    const std::optional<ConnectorConfig> config = m_controller->connectorConfig();
    if (!config) {
        finishCheck(notChecked(tr("The connection to SCM"), unavailableReason(), QString()));
        return;
    }
    HealthTarget target;
    target.connector = *config;
    target.connector.password = operatorPassword;
    // The admin the wizard signed in as, when it did: its own password's expiry is checked too.
    const ScmCredentials admin = m_controller->adminCredentials();
    if (!admin.password.isEmpty())
        target.admin = admin;
    // The actions name what fixes things here, in the wizard, rather than the command line.
    target.rotateCommand = tr("“Rotate the operator password” in this view");
    target.runCommand = tr("the step(s) %1 again from the wizard's step overview");
    auto *check = new HealthCheck(m_controller->scmTransport(), target, HealthThresholds(),
                                  m_controller->clock(), this);
    connect(check, &HealthCheck::finished, this, [this, check](const HealthReport &report) {
        check->deleteLater();
        finishCheck(report);
    });
    check->start();
}

void HealthController::finishCheck(const HealthReport &report)
{
    m_checking = false;
    emit checked(report);
}

void HealthController::rotateOperatorPassword(QWidget *parent)
{
    confirmAndRotate(parent, false);
}

bool HealthController::canResetWithAdmin() const
{
    const ScmCredentials admin = m_controller->adminCredentials();
    return m_adminResetMayHelp && !admin.login.isEmpty() && !admin.password.isEmpty();
}

void HealthController::resetOperatorPassword(QWidget *parent)
{
    if (canResetWithAdmin())
        confirmAndRotate(parent, true);
}

void HealthController::confirmAndRotate(QWidget *parent, bool resetWithAdmin)
{
    const std::optional<ConnectorConfig> config = m_controller->connectorConfig();
    if (m_rotation || !config)
        return;
    // The consent the rotation needs: the gateway loses its connection until it has the new password.
    ConfirmationRequest question;
    if (resetWithAdmin) {
        question.title = tr("Reset the operator's password?");
        question.question =
            tr("The operator %1 cannot give itself a new password (the rotation's result says why). The "
               "MRAO admin %2 sets a new generated password for it, which is then replaced with another "
               "one. The password configured on the gateway's MPKI page stops working at once and must be "
               "replaced there with the new one. Reset the operator's password now?")
                .arg(config->login, m_controller->adminCredentials().login);
        question.acceptText = tr("&Reset the password");
    } else {
        question.title = tr("Rotate the operator password?");
        question.question =
            tr("The operator %1 gets a new generated password in the Certificate Manager. The password "
               "configured on the gateway's MPKI page stops working at once: the gateway cannot request "
               "certificates until the new password is entered on its MPKI page (or a new connector "
               "file is imported there). Rotate the operator password now?")
                .arg(config->login);
        question.acceptText = tr("&Rotate the password");
    }
    QPointer<HealthController> self(this);
    m_controller->confirmer()(parent, question, [self, resetWithAdmin](bool accepted) {
        if (self && accepted)
            self->rotate(resetWithAdmin);
    });
}

void HealthController::rotate(bool resetWithAdmin)
{
    const std::optional<ConnectorConfig> config = m_controller->connectorConfig();
    if (m_rotation || !config)
        return;
    m_rotation = new OperatorPasswordRotation(
        m_controller->scmTransport(), m_controller->secretStore(),
        {ScmTransport::normaliseBaseUrl(config->scmBaseUrl), config->customerUri, config->login},
        m_controller->clock(), this);
    m_resetting = resetWithAdmin;
    if (resetWithAdmin)
        m_rotation->resetWithAdmin(m_controller->adminCredentials());
    connect(m_rotation, &OperatorPasswordRotation::finished, this, &HealthController::onRotated);
    emit rotationStarted();
    m_rotation->start();
}

void HealthController::onRotated(const RotationResult &result)
{
    m_rotation->deleteLater();
    m_rotation = nullptr;
    // The admin's reset is the way out when the operator's own change cannot be made, unless it was
    // just tried.
    m_adminResetMayHelp = !m_resetting && (result.outcome == RotationResult::Outcome::NoWorkingPassword ||
                                           result.outcome == RotationResult::Outcome::Refused);
    RotationResult shown = result;
    if (result.ok()) {
        // What the state knows about the password now, for the overview, the report, the sheet and the
        // connector file: its expiry.
        const std::optional<ConnectorConfig> config = m_controller->connectorConfig();
        PasswordExpiry expiry;
        expiry.login = config ? config->login : QString();
        expiry.expires = result.expires;
        expiry.state = result.passwordState;
        expiry.checked = result.changedAt;
        QString error;
        if (!m_controller->recordOperatorPasswordExpiry(expiry, &error))
            shown.message += QLatin1Char('\n') + tr("The new password is in the keychain, but the "
                                                    "onboarding's state could not be saved: %1")
                                                     .arg(error);
    }
    emit rotated(shown);
    // What the rotation changed (or did not) shows in a fresh check.
    check();
}

void HealthController::exportConnectorFile(const QString &path, const QString &passphrase)
{
    m_exporting = true;
    m_controller->exportConnectorFile(path, passphrase);
}
