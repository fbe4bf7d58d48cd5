#pragma once

#include <QList>
#include <QWidget>

class PlanFieldEdit;
class QFormLayout;

// A form of plan fields: each row a label with a mnemonic and a PlanFieldEdit checked as the person
// types. Tells its page when the whole form's validity changed.
class PlanForm : public QWidget
{
    Q_OBJECT
public:
    explicit PlanForm(QWidget *parent = nullptr);

    // `label` carries the mnemonic ("&Name *"); `objectName` names the line edit.
    PlanFieldEdit *addField(const QString &fieldPath, const QString &objectName, const QString &label,
                            const QString &accessibleName);
    void addRow(const QString &label, QWidget *field, QWidget *buddy);

    bool isValid() const;
    QFormLayout *formLayout() const { return m_form; }

signals:
    void changed();

private:
    QFormLayout *m_form;
    QList<PlanFieldEdit *> m_fields;
};
