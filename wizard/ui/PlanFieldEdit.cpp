#include "PlanFieldEdit.h"

#include "PlanValidator.h"

#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

PlanFieldEdit::PlanFieldEdit(const QString &fieldPath, const QString &objectName,
                             const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_fieldPath(fieldPath)
    , m_line(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(objectName + QStringLiteral("Field"));
    m_line->setObjectName(objectName);
    m_line->setAccessibleName(accessibleName);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    QPalette warning = m_message->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_message->setPalette(warning);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_line);
    layout->addWidget(m_message);
    setFocusProxy(m_line);

    connect(m_line, &QLineEdit::textChanged, this, [this] { revalidate(); });
    connect(m_line, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_touched = true;
        revalidate();
        emit textEdited(text);
    });
    connect(m_line, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        revalidate();
    });
    revalidate();
}

QString PlanFieldEdit::text() const
{
    return m_line->text().trimmed();
}

void PlanFieldEdit::setText(const QString &text)
{
    m_line->setText(text);
}

void PlanFieldEdit::setExtraCheck(std::function<QString(const QString &)> check)
{
    m_extraCheck = std::move(check);
    revalidate();
}

void PlanFieldEdit::revalidate()
{
    const QString value = text();
    QString error = PlanValidator::checkField(m_fieldPath, QJsonValue(value));
    if (error.isEmpty() && m_extraCheck)
        error = m_extraCheck(value);
    const bool changed = error.isEmpty() != m_error.isEmpty();
    m_error = error;
    // An untouched empty field is not shouted at; the page still knows it is not valid.
    const bool show = !m_error.isEmpty() && (m_touched || !value.isEmpty());
    m_message->setText(forPerson(m_error));
    m_message->setVisible(show);
    m_line->setProperty("invalid", show);
    m_line->setStyleSheet(show ? QStringLiteral("QLineEdit { border: 2px solid #b71c1c; }") : QString());
    m_line->setAccessibleDescription(show ? forPerson(m_error) : QString());
    if (changed)
        emit validityChanged(m_error.isEmpty());
}

QString PlanFieldEdit::forPerson(const QString &planMessage)
{
    static const QRegularExpression fieldPath(
        QStringLiteral(" \\((scm|organization|domains|operator|certificate|gateway)[A-Za-z0-9_.\\[\\]]*\\)"));
    QString text = planMessage;
    return text.remove(fieldPath);
}
