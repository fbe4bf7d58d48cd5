#pragma once

#include "StepPage.h"

class CopyableField;
class PlanFieldEdit;
class PlanForm;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TickLine;
class QFormLayout;
struct SaveResult;

// The gateway's side: the renewal overlap and the gateway's REST API, then the values of the
// gateway's MPKI → Sectigo form with a copy button per field, what the API cannot do, the export of
// the connector file (passphrase asked twice), the values sheet (PDF/HTML) and the managed-domain
// check against the gateway.
class ConnectorPage : public StepPage
{
    Q_OBJECT
public:
    // What is wrong with a passphrase for a connector file and its repetition (translated), empty when
    // nothing is: the one rule for every place that asks for one.
    static QString passphraseProblem(const QString &passphrase, const QString &again);
    explicit ConnectorPage(WizardController *controller, QWidget *parent = nullptr);

protected:
    void loadFromPlan(const Plan &plan) override;
    void saveToPlan(Plan *plan) const override;
    bool fieldsValid() const override;
    QStringList plannedLines() const override;
    QString actionText() const override;
    bool advancesByItself() const override { return false; }
    void refreshDetails() override;

public:
    bool validatePage() override;
    void initializePage() override;

private:
    void exportFile();
    void saveSheet();
    void onSaved(const SaveResult &result);
    void checkPassphrases();

    PlanForm *m_form;
    PlanFieldEdit *m_renewal;
    PlanFieldEdit *m_gatewayUrl;
    QLineEdit *m_gatewayToken;
    QLineEdit *m_gatewaySecret;
    QGroupBox *m_values;
    QFormLayout *m_valuesLayout;
    QString m_shownValues;
    QLabel *m_notByApi;
    QLabel *m_gateway;
    QGroupBox *m_export;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_passphraseMessage;
    QPushButton *m_exportButton;
    QPushButton *m_sheetButton;
    QLabel *m_saveResult;
    TickLine *m_manualScm;
    QLabel *m_expiry;
    QGroupBox *m_steps;
    QStringList m_shownSteps;
    QLabel *m_reach = nullptr;
};
