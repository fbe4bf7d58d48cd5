#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

// A line edit for one plan field, checked as the person types with the plan's own rules
// (PlanValidator::checkField): a wrong value marks the field and the message under it says what is
// wrong — the same words the plan file's check uses.
class PlanFieldEdit : public QWidget
{
    Q_OBJECT
public:
    // `fieldPath` is the plan's path ("organization.country"); the line's objectName is `objectName`.
    PlanFieldEdit(const QString &fieldPath, const QString &objectName, const QString &accessibleName,
                  QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_line; }
    QString text() const;
    void setText(const QString &text);
    QString fieldPath() const { return m_fieldPath; }
    // A rule of the page on top of the plan's field rule (e.g. "required here"); returns a message.
    void setExtraCheck(std::function<QString(const QString &)> check);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Checks again (e.g. after another field it depends on changed).
    void revalidate();

    // A plan message as a person reads it in the wizard: without the plan file's field paths
    // ("(organization.city)"), which name the field for whoever edits a plan file.
    static QString forPerson(const QString &planMessage);

signals:
    void validityChanged(bool valid);
    void textEdited(const QString &text);

private:
    QString m_fieldPath;
    QLineEdit *m_line;
    QLabel *m_message;
    QString m_error;
    bool m_touched = false;
    std::function<QString(const QString &)> m_extraCheck;
};
