#pragma once

#include <QDialog>

class CopyableField;
class HealthController;
class HealthReport;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
struct RotationResult;
struct SaveResult;

// The Health view: is the gateway's connection to SCM still good, and for how long? One row per
// finding (its level, what was checked, what was found, the date that applies and the one action that
// fixes it), checked each time the view opens; and "Rotate the operator password" with its result —
// the new password masked with a copy button, when the old one stopped working, the new expiry and a
// new connector file. It only shows what its HealthController says.
class HealthDialog : public QDialog
{
    Q_OBJECT
public:
    // What each cell of the findings table carries besides its text, for tests and accessibility
    // tools: the finding's stable id ("operator-api-only") and its level (OK, WARNING, ...).
    enum FindingRole
    {
        FindingIdRole = Qt::UserRole,
        FindingLevelRole
    };

    explicit HealthDialog(HealthController *health, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void checkAgain();
    void showChecking();
    void showReport(const HealthReport &report);
    void showRotating();
    void showRotation(const RotationResult &result);
    void updateButtons();
    void checkPassphrases();
    void exportConnectorFile();
    void showExported(const SaveResult &result);

    HealthController *m_health;
    QLabel *m_target;
    QLabel *m_unavailable;
    QWidget *m_busy;
    QLabel *m_busyText;
    QProgressBar *m_busyBar;
    QLabel *m_overall;
    QTableWidget *m_findings;
    QPushButton *m_checkAgain;
    QPushButton *m_rotate;
    QPushButton *m_reset;
    QGroupBox *m_rotation;
    QLabel *m_rotationMessage;
    CopyableField *m_password;
    QLabel *m_rotationDates;
    QWidget *m_export;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_passphraseMessage;
    QPushButton *m_exportButton;
    QLabel *m_exportResult;
    bool m_shownOnce = false;
};
