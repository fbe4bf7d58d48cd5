#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// One value the person copies somewhere else (a gateway form field, a DNS record, a password): a
// read-only line with a copy button. Secrets are masked until "Show" is pressed; copying never needs
// them shown.
class CopyableField : public QWidget
{
    Q_OBJECT
public:
    // `name` is the objectName base: the line is `name`, the button `name + "Copy"` (tests find them).
    // `accessibleName` is what a screen reader says for the value (e.g. "Customer URI").
    CopyableField(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    // Masked with a "Show" toggle.
    void setSecret(bool secret);

    QLineEdit *lineEdit() const { return m_line; }
    QToolButton *copyButton() const { return m_copy; }

signals:
    void copied(const QString &what);

private:
    QLineEdit *m_line;
    QToolButton *m_copy;
    QToolButton *m_show = nullptr;
    QString m_accessibleName;
};
