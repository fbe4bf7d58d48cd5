#pragma once

#include "StepPage.h"

class CopyableField;
class QGroupBox;
class QLabel;
class QPushButton;

// The operator's one-time password change. Tried over the API first; when SCM refuses the temporary
// password, the page shows SCM's login address (opened through the injectable URL opener), the
// operator's login, the temporary and the new password with copy buttons, and waits until the person
// says it is done (each look before is a login SCM refuses). In demo mode a button plays the person.
class PasswordPage : public StepPage
{
    Q_OBJECT
public:
    explicit PasswordPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    QStringList plannedLines() const override;
    QString actionText() const override;
    void refreshDetails() override;

private:
    void showChange();

    QGroupBox *m_manual;
    QLabel *m_instructions;
    CopyableField *m_url;
    QPushButton *m_open;
    CopyableField *m_login;
    CopyableField *m_temporary;
    CopyableField *m_new;
    QPushButton *m_done;
    QPushButton *m_play;
    QLabel *m_playResult;
};
