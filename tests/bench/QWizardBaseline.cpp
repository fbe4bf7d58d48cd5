// The Qt baseline of figure 4: what any Qt Widgets wizard costs before it does anything — a bare
// QApplication and a QWizard with one page, linked against the same Qt modules as mpki-setup. Like
// the wizard, it writes the milliseconds from the top of main() to its first painted page into
// $MPKI_STARTUP_MARK_FILE and quits right after when MPKI_EXIT_AFTER_FIRST_PAINT=1.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHttpServer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace {
// Started first thing in main(), as mpki-setup's startup clock is (app/WizardCommand.cpp).
QElapsedTimer &processClock()
{
    static QElapsedTimer clock;
    return clock;
}

class FirstPaintWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            // After this paint has been delivered, like a person would see it.
            QTimer::singleShot(0, this, [] {
                const QString path = qEnvironmentVariable("MPKI_STARTUP_MARK_FILE");
                if (!path.isEmpty()) {
                    QFile mark(path);
                    if (mark.open(QIODevice::WriteOnly | QIODevice::Truncate))
                        mark.write(QByteArray::number(double(processClock().nsecsElapsed()) / 1e6, 'f', 3) +
                                   '\n');
                }
                if (qEnvironmentVariableIntValue("MPKI_EXIT_AFTER_FIRST_PAINT") == 1)
                    QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    processClock().start();
    QApplication app(argc, argv);
    // Referenced so that the linker keeps the same Qt libraries mpki-setup loads at start.
    [[maybe_unused]] volatile const void *keep[] = {&QNetworkAccessManager::staticMetaObject,
                                                    &QHttpServer::staticMetaObject};

    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Qt baseline"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A QWizard with one page.")));
    wizard.addPage(page);
    FirstPaintWatcher watcher;
    wizard.installEventFilter(&watcher);
    wizard.resize(900, 720); // mpki-setup's window size
    wizard.show();
    return app.exec();
}
