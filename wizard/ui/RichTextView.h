#pragma once

#include <QHash>
#include <QWidget>

class QTextDocument;

// A block of read-only, word-wrapped rich text (an introduction, a note) that lays its document out
// once per width. A word-wrapped rich-text QLabel lays its whole document out again for every size
// question and for every paint (Qt 6.4's QTextDocument::setTextWidth does so even when the width has
// not changed): on the welcome page that was most of the time to the first paint.
class RichTextView : public QWidget
{
    Q_OBJECT
public:
    explicit RichTextView(QWidget *parent = nullptr);

    void setHtml(const QString &html);
    // What a screen reader reads and a test compares: the text without its markup.
    QString toPlainText() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Lays the document out at `width` unless it already is.
    void layOutAt(int width) const;

    QTextDocument *m_document;
    mutable QHash<int, int> m_heights;
};
