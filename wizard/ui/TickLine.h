#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

// Something the person does by hand and ticks off: a check box and its text, which wraps (a
// QCheckBox's own text does not, and a long one widens the whole page).
class TickLine : public QWidget
{
    Q_OBJECT
public:
    // The check box's objectName is `name` (tests find it), the text's `name + "Text"`; a screen reader
    // says `accessibleName` for the box and reads the text as its description.
    TickLine(const QString &name, const QString &accessibleName, QWidget *parent = nullptr);

    void setText(const QString &text);
    QCheckBox *checkBox() const { return m_box; }

private:
    QCheckBox *m_box;
    QLabel *m_text;
};
