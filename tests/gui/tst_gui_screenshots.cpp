// Every page rendered to PNG (QWidget::grab) at two window sizes into build*/gui-screenshots/, so
// anyone can look at them; and the shipped `--demo --screenshots DIR` at 200 % scaling.

#include "GuiTestSupport.h"

#include "DemoWalkthrough.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>

class TestGuiScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void everyPageAtTwoSizes();
    void demoScreenshotsAtDoubleScale();

private:
    static QString directory(const QString &name)
    {
        return QDir(QStringLiteral(MPKI_GUI_SCREENSHOTS)).filePath(name);
    }
};

void TestGuiScreenshots::everyPageAtTwoSizes()
{
    auto demo = startDemo(2, 1);
    QVERIFY(demo);
    QTemporaryDir state;
    auto w = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(w);
    const QString out = directory(QStringLiteral("sizes"));
    QDir(out).removeRecursively();
    DemoWalkthrough::Options options;
    options.directory = out;
    options.sizes = {QSize(800, 600), QSize(1280, 900)};
    options.timeoutSeconds = 150;
    DemoWalkthrough walk(w->wizard.get(), options);
    QSignalSpy finished(&walk, &DemoWalkthrough::finished);
    walk.start();
    QVERIFY(finished.wait(160000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // Eleven pages, two sizes each, each a real picture of its own.
    const QStringList files = QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 22);
    QSet<QByteArray> hashes;
    for (const QString &file : files) {
        QFile png(QDir(out).filePath(file));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray bytes = png.readAll();
        QVERIFY2(bytes.size() > 2048, qPrintable(file));
        hashes.insert(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        const QImage image = QImage::fromData(bytes, "PNG");
        const QSize expected = file.contains(QStringLiteral("800x600")) ? QSize(800, 600) : QSize(1280, 900);
        QCOMPARE(image.size() / image.devicePixelRatio(), expected);
    }
    QCOMPARE(hashes.size(), 22);
    for (const QString &page :
         {QStringLiteral("welcome"), QStringLiteral("connection"), QStringLiteral("organization"),
          QStringLiteral("validation"), QStringLiteral("domains"), QStringLiteral("operator"),
          QStringLiteral("password"), QStringLiteral("api-only"), QStringLiteral("verify"),
          QStringLiteral("connector"), QStringLiteral("overview")})
        QVERIFY2(files.filter(QStringLiteral("-%1-").arg(page)).size() == 2, qPrintable(page));
}

void TestGuiScreenshots::demoScreenshotsAtDoubleScale()
{
    const QString out = directory(QStringLiteral("scale-2"));
    QDir(out).removeRecursively();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(MPKI_BINARY),
                  {QStringLiteral("--demo"), QStringLiteral("--screenshots"), out});
    QVERIFY(process.waitForStarted());
    QVERIFY(process.waitForFinished(150000));
    const QByteArray output = process.readAll();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             output.right(2000).constData());
    const QStringList files = QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(files.size(), 11);
    for (const QString &file : files) {
        const QImage image(QDir(out).filePath(file));
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 1800, qPrintable(file)); // 900 logical pixels drawn at twice the size
    }
}

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
