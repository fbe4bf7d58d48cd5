#pragma once

#include "StepPage.h"

#include <QHash>

class CopyableField;
class QComboBox;
class QFormLayout;
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
    // The listed domains that no other listed domain ends (example.ch for mail.example.ch): the ones
    // validated, and so the ones that need a validation e-mail address.
    QStringList validatedDomains() const;
    QString validatedDomainOf(const QString &name) const;
    bool emailMethod() const;
    void checkDomains();
    // With e-mail DCV: one editable choice per validated domain, offering what SCM offered (from
    // an earlier run) or else the addresses SCM constructs; the person picks or types one.
    void rebuildEmailChoices();
    QStringList emailOptions(const QString &domain) const;

    QPlainTextEdit *m_domains;
    QComboBox *m_method;
    QWidget *m_emails;
    QFormLayout *m_emailsLayout;
    QHash<QString, QString> m_emailChoices; // validated domain -> address picked or typed
    QStringList m_emailDomainsShown;
    QLabel *m_domainsMessage;
    QGroupBox *m_records;
    QVBoxLayout *m_recordsLayout;
    QString m_shownRecords;
    QString m_error;
};
