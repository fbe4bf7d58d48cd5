#include "RichTextView.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace {
// The width a paragraph reads well at, and the narrowest the text is still readable at, in average
// characters of the widget's font.
constexpr int preferredColumns = 70;
constexpr int minimumColumns = 20;
} // namespace

RichTextView::RichTextView(QWidget *parent)
    : QWidget(parent)
    , m_document(new QTextDocument(this))
{
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(font());
    m_document->setUndoRedoEnabled(false);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void RichTextView::setHtml(const QString &html)
{
    m_document->setHtml(html);
    m_heights.clear();
    setAccessibleName(m_document->toPlainText());
    updateGeometry();
    update();
}

QString RichTextView::toPlainText() const
{
    return m_document->toPlainText();
}

void RichTextView::layOutAt(int width) const
{
    if (m_document->textWidth() != width)
        m_document->setTextWidth(width);
}

int RichTextView::heightForWidth(int width) const
{
    // Layouts also ask for widths below the minimum (0 while they add up minimum sizes); the view is
    // never that narrow, and each new width is a layout of the whole document.
    width = qMax(width, minimumSizeHint().width());
    const auto cached = m_heights.constFind(width);
    if (cached != m_heights.constEnd())
        return *cached;
    layOutAt(width);
    const int height = int(std::ceil(m_document->size().height()));
    m_heights.insert(width, height);
    return height;
}

QSize RichTextView::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * preferredColumns;
    return {width, heightForWidth(width)};
}

QSize RichTextView::minimumSizeHint() const
{
    // Like a word-wrapped QLabel: narrow, one line high; the layout asks heightForWidth for the rest.
    return {fontMetrics().averageCharWidth() * minimumColumns, fontMetrics().lineSpacing()};
}

void RichTextView::paintEvent(QPaintEvent *event)
{
    layOutAt(width());
    QPainter painter(this);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(foregroundRole()));
    context.clip = event->rect();
    painter.setClipRect(event->rect());
    m_document->documentLayout()->draw(&painter, context);
}

void RichTextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_document->setDefaultFont(font());
        m_heights.clear();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}
