#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QStringList>

class MpkiWizard;
class QTimer;

// Walks a demo-mode wizard through every page without a person — fills nothing in (the demo's plan
// is already there), presses Next, plays the person's password change — and saves a PNG of each
// page (QWidget::grab) once it shows its result. For `mpki-setup --demo --screenshots DIR` and the
// screenshot tests; without a directory (`mpki-setup --demo --walk`) it walks the same way and saves
// nothing. Driven by a timer: never blocks, never spins a nested event loop.
class DemoWalkthrough : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString directory;        // empty: no screenshots, only the walk
        QList<QSize> sizes;       // empty: the wizard's size as it is; else one PNG per size
        int timeoutSeconds = 240; // the whole walk
    };

    DemoWalkthrough(MpkiWizard *wizard, const Options &options, QObject *parent = nullptr);

    void start();
    QStringList writtenFiles() const { return m_written; }

signals:
    void finished(bool ok, const QString &message);

private:
    void tick();
    void capture(int pageId);
    void finish(bool ok, const QString &message);

    MpkiWizard *m_wizard;
    Options m_options;
    QTimer *m_timer;
    QTimer *m_deadline;
    QSet<int> m_captured;
    QSet<int> m_showsResult;
    QHash<int, int> m_pressed;
    bool m_played = false;
    bool m_finished = false;
    QStringList m_written;
};
