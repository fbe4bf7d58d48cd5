#include "TickLine.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>

TickLine::TickLine(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_box(new QCheckBox(this))
    , m_text(new QLabel(this))
{
    m_box->setObjectName(name);
    m_box->setAccessibleName(accessibleName);
    m_text->setObjectName(name + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void TickLine::setText(const QString &text)
{
    m_text->setText(text);
    m_box->setAccessibleDescription(text);
}
