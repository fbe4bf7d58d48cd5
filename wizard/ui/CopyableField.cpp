#include "CopyableField.h"

#include "UiIcons.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

CopyableField::CopyableField(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_copy(new QToolButton(this))
    , m_accessibleName(accessibleName)
{
    setObjectName(name + QStringLiteral("Field"));
    m_line->setObjectName(name);
    m_line->setReadOnly(true);
    m_line->setAccessibleName(accessibleName);
    m_copy->setObjectName(name + QStringLiteral("Copy"));
    m_copy->setIcon(UiIcons::icon(QStringLiteral("copy")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy %1 to the clipboard").arg(accessibleName));
    m_copy->setAccessibleName(tr("Copy %1").arg(accessibleName));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_copy);
    setFocusProxy(m_line);

    connect(m_copy, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_line->text());
        // Seen where the person looks: the button says so for a moment.
        m_copy->setText(tr("Copied"));
        QTimer::singleShot(2000, m_copy, [copy = m_copy] { copy->setText(tr("Copy")); });
        emit copied(m_accessibleName);
    });
}

void CopyableField::setValue(const QString &value)
{
    m_line->setText(value);
    m_line->setCursorPosition(0);
    m_copy->setEnabled(!value.isEmpty());
}

QString CopyableField::value() const
{
    return m_line->text();
}

void CopyableField::setSecret(bool secret)
{
    m_line->setEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
    if (secret && !m_show) {
        m_show = new QToolButton(this);
        m_show->setObjectName(m_line->objectName() + QStringLiteral("Show"));
        m_show->setText(tr("Show"));
        m_show->setCheckable(true);
        m_show->setAccessibleName(tr("Show %1").arg(m_accessibleName));
        static_cast<QHBoxLayout *>(layout())->insertWidget(1, m_show);
        connect(m_show, &QToolButton::toggled, this, [this](bool shown) {
            m_line->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
            m_show->setText(shown ? tr("Hide") : tr("Show"));
        });
    }
    if (m_show)
        m_show->setVisible(secret);
}
