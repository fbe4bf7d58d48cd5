#pragma once

#include "StepPage.h"

class CopyableField;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

// The e-mail domains: one per line, checked as typed; created or adopted, delegated to the
// organisation for S/MIME; then the DNS record each registered domain must publish for domain control
// validation (host and value with copy buttons), and waiting until Sectigo sees it.
class DomainsPage : public StepPage
{
    Q_OBJECT
public:
    explicit DomainsPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void loadFromPlan(const Plan &plan) override;
    void saveToPlan(Plan *plan) const override;
    bool fieldsValid() const override;
    QStringList plannedLines() const override;
    QString actionText() const override;
    bool mayGoOnWhileWaiting() const override { return true; }
    void refreshDetails() override;

private:
    QStringList domainNames() const;
    void checkDomains();

    QPlainTextEdit *m_domains;
    QComboBox *m_method;
    QLabel *m_domainsMessage;
    QGroupBox *m_records;
    QVBoxLayout *m_recordsLayout;
    QString m_shownRecords;
    QString m_error;
};
