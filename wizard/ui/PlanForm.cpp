#include "PlanForm.h"

#include "PlanFieldEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PlanForm::PlanForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

PlanFieldEdit *PlanForm::addField(const QString &fieldPath, const QString &objectName, const QString &label,
                                  const QString &accessibleName)
{
    auto *field = new PlanFieldEdit(fieldPath, objectName, accessibleName, this);
    addRow(label, field, field->lineEdit());
    m_fields << field;
    connect(field, &PlanFieldEdit::validityChanged, this, &PlanForm::changed);
    connect(field, &PlanFieldEdit::textEdited, this, &PlanForm::changed);
    return field;
}

void PlanForm::addRow(const QString &label, QWidget *field, QWidget *buddy)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(buddy);
    m_form->addRow(l, field);
}

bool PlanForm::isValid() const
{
    for (const PlanFieldEdit *field : m_fields) {
        if (!field->isValid())
            return false;
    }
    return true;
}
