// RichTextView, the welcome page's introduction: word-wrapped rich text whose height follows its
// width and font, that a layout gives its whole height, that paints in the palette's colour, and
// that a screen reader reads without markup.
#include "RichTextView.h"

#include <QImage>
#include <QVBoxLayout>
#include <QtTest>

namespace {
const QString html = QStringLiteral(
    "<p>This wizard sets up MPKI access at Sectigo for your SEPPmail Secure E-Mail Gateway.</p>"
    "<p><b>What you need:</b></p><ul><li>the Certificate Manager's address and your customer URI</li>"
    "<li>the admin user provided by Sectigo</li><li>the e-mail domains, and access to their DNS</li></ul>");

// How many pixels of `image` are clearly red.
int redPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 150 && c.green() < 100 && c.blue() < 100)
                ++count;
        }
    }
    return count;
}
} // namespace

class RichTextViewTest : public QObject
{
    Q_OBJECT

private slots:
    void readsWithoutMarkup()
    {
        RichTextView view;
        view.setHtml(html);
        QVERIFY(view.toPlainText().startsWith(QStringLiteral("This wizard sets up MPKI access")));
        QVERIFY(!view.toPlainText().contains(QLatin1Char('<')));
        QCOMPARE(view.accessibleName(), view.toPlainText());
    }

    void heightFollowsWidthAndFont()
    {
        RichTextView view;
        view.setHtml(html);
        QVERIFY(view.hasHeightForWidth());
        const int wide = view.heightForWidth(900);
        const int narrow = view.heightForWidth(250);
        QVERIFY(wide > 0);
        QVERIFY2(narrow > wide,
                 qPrintable(QStringLiteral("%1 at 250 px, %2 at 900 px").arg(narrow).arg(wide)));
        QCOMPARE(view.heightForWidth(250), narrow); // the same width, the same answer
        // Never narrower than its minimum.
        QCOMPARE(view.heightForWidth(0), view.heightForWidth(view.minimumSizeHint().width()));

        QFont larger = view.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        view.setFont(larger);
        QVERIFY(view.heightForWidth(900) > wide);

        view.setHtml(QStringLiteral("<p>One line.</p>"));
        QVERIFY(view.heightForWidth(900) < wide);
    }

    void aLayoutGivesItsWholeHeight()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new RichTextView(&window);
        view->setHtml(html);
        layout->addWidget(view);
        layout->addStretch(1);
        window.resize(320, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(view->height(), view->heightForWidth(view->width()));

        window.resize(800, 600);
        QTRY_COMPARE(view->height(), view->heightForWidth(view->width()));
        QVERIFY(view->height() < view->heightForWidth(320));
    }

    void paintsInThePalettesTextColour()
    {
        RichTextView view;
        view.setHtml(html);
        QPalette palette = view.palette();
        palette.setColor(QPalette::WindowText, Qt::red);
        view.setPalette(palette);
        view.resize(500, view.heightForWidth(500));
        QVERIFY(redPixels(view.grab().toImage()) > 100);

        palette.setColor(QPalette::WindowText, Qt::black);
        view.setPalette(palette);
        QCOMPARE(redPixels(view.grab().toImage()), 0);
    }
};

QTEST_MAIN(RichTextViewTest)
#include "tst_gui_rich_text_view.moc"
