#pragma once

#include <QWizardPage>

class PlanFieldEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
struct ConnectionResult;
class WizardController;

// The Certificate Manager's address, the customer URI, the admin's login and password. Checked live
// when the admin goes on: Next stays on the page until SCM answered; a refusal explains its possible
// causes; a TLS problem shows the certificate and offers to trust a CA certificate file (never to
// ignore the problem).
class ConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isChecking() const;

    // Where the wizard goes after a successful check (the welcome page's choice).
    void setNextPage(int id) { m_nextPage = id; }

private:
    void onChecked(const ConnectionResult &result);
    void onBaseUrlEdited(const QString &text);
    void trustCaFile();
    void showError(const QString &html);

    WizardController *m_controller;
    QComboBox *m_baseUrl;
    PlanFieldEdit *m_customerUri;
    PlanFieldEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QLabel *m_certificate;
    QPushButton *m_trust;
    QProgressBar *m_busy;
    QPushButton *m_cancel;
    bool m_checking = false;
    bool m_passed = false;
    int m_nextPage = -1;
};
