#pragma once

#include "HealthReport.h"
#include "OperatorPasswordRotation.h"
#include "WizardController.h"

#include <QObject>

class QWidget;

// The Health view's model: runs the engine's HealthCheck on the connection the finished onboarding
// handed to the gateway (the connector values with the operator's current password from the wizard's
// secret store, over the runner's transport and its trusted CA certificates), and the engine's
// OperatorPasswordRotation after the person's consent, recording the new password's expiry in the
// onboarding's state through WizardController. The view only shows what it says; the controller
// outlives the view, so a rotation under way is recorded even when the view is closed.
class HealthController : public QObject
{
    Q_OBJECT
public:
    explicit HealthController(WizardController *controller, QObject *parent = nullptr);
    ~HealthController() override;

    // Why the connection cannot be checked now (translated), empty when it can: no onboarding with
    // assembled connector values yet, or the demo's simulator is still starting. Static for the entry
    // points, which say it in their tooltip.
    static QString unavailableReason(const WizardController *controller);
    QString unavailableReason() const { return unavailableReason(m_controller); }
    // What is checked, for the view's heading (translated; empty when unavailable).
    QString targetDescription() const;

    // Starts a check unless one runs; checked() follows once, within the HealthCheck's timeout.
    void check();
    bool isChecking() const { return m_checking; }

    // Asks the person first (the gateway's configured password stops working at once), then gives the
    // operator a new password; rotated() follows when the person agreed. `parent`: the question's window.
    void rotateOperatorPassword(QWidget *parent);
    // After a rotation that found no working password, or that SCM refused as the operator's own change:
    // whether the admin the wizard signed in as may reset it, and the reset itself (asks first as well).
    bool canResetWithAdmin() const;
    void resetOperatorPassword(QWidget *parent);
    bool isRotating() const { return m_rotation != nullptr; }

    // A new connector file with the rotated password: the connector page's export (WizardController);
    // exported() follows.
    void exportConnectorFile(const QString &path, const QString &passphrase);

signals:
    void checkStarted();
    void checked(const HealthReport &report);
    void rotationStarted();
    // How the rotation ended; on success its expiry is recorded in the state already (a failure to save
    // that is added to `message`). Carries the new password for the view to show masked.
    void rotated(const RotationResult &result);
    void exported(const SaveResult &result);

private:
    void runCheck(const QString &operatorPassword);
    void finishCheck(const HealthReport &report);
    void confirmAndRotate(QWidget *parent, bool resetWithAdmin);
    void rotate(bool resetWithAdmin);
    void onRotated(const RotationResult &result);

    WizardController *m_controller;
    bool m_checking = false;
    OperatorPasswordRotation *m_rotation = nullptr;
    bool m_adminResetMayHelp = false;
    bool m_resetting = false; // the rotation under way goes through the admin's reset
    bool m_exporting = false; // the connector page exports through the same controller signal
};
