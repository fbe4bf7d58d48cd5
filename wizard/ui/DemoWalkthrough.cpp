#include "DemoWalkthrough.h"

#include "ConnectionPage.h"
#include "MpkiWizard.h"
#include "PageIds.h"
#include "StepPage.h"
#include "WizardController.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>

DemoWalkthrough::DemoWalkthrough(MpkiWizard *wizard, const Options &options, QObject *parent)
    : QObject(parent)
    , m_wizard(wizard)
    , m_options(options)
    , m_timer(new QTimer(this))
    , m_deadline(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &DemoWalkthrough::tick);
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(m_options.timeoutSeconds * 1000);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finish(false,
               tr("The demo walk did not reach the overview within %1 s (it stopped at the page “%2”).")
                   .arg(m_options.timeoutSeconds)
                   .arg(MpkiWizard::pageName(m_wizard->currentId())));
    });
}

void DemoWalkthrough::start()
{
    if (!m_options.directory.isEmpty())
        QDir().mkpath(m_options.directory);
    m_timer->start();
    m_deadline->start();
}

void DemoWalkthrough::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_deadline->stop();
    emit finished(ok, message);
}

void DemoWalkthrough::capture(int pageId)
{
    m_captured.insert(pageId);
    if (m_options.directory.isEmpty())
        return; // a walk without screenshots: the page was seen, nothing is saved
    m_capturingPage = pageId;
    m_originalSize = m_wizard->size();
    m_captureQueue = m_options.sizes.isEmpty() ? QList<QSize>{m_originalSize} : m_options.sizes;
}

// One size per tick, so the layouts settle after a resize before the page is grabbed.
bool DemoWalkthrough::captureStep()
{
    if (m_capturingPage < 0)
        return false;
    if (m_captureQueue.isEmpty()) {
        if (m_wizard->size() != m_originalSize) {
            m_wizard->resize(m_originalSize);
            return true;
        }
        m_capturingPage = -1;
        return false;
    }
    const QSize size = m_captureQueue.first();
    if (m_wizard->size() != size) {
        m_wizard->resize(size);
        return true;
    }
    m_captureQueue.removeFirst();
    QString name = QStringLiteral("%1-%2")
                       .arg(m_capturingPage + 1, 2, 10, QLatin1Char('0'))
                       .arg(MpkiWizard::pageName(m_capturingPage));
    if (!m_options.sizes.isEmpty())
        name += QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
    const QString path = QDir(m_options.directory).filePath(name + QStringLiteral(".png"));
    if (!m_wizard->grab().save(path, "PNG")) {
        finish(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    m_written << path;
    return true;
}

void DemoWalkthrough::tick()
{
    if (m_finished || captureStep())
        return;
    const int id = m_wizard->currentId();
    if (m_wizard->isCurrentPageBusy()) {
        // The password page: once SCM refused the temporary password, show it and play the person.
        if (id == PageId::of(StepId::Password) && m_wizard->controller()->manualPasswordChange() &&
            !m_played) {
            if (!m_captured.contains(id)) {
                capture(id);
                return;
            }
            m_played = true;
            m_wizard->controller()->playPersonsPart();
        }
        return;
    }
    if (id == PageId::Overview) {
        if (!m_captured.contains(id)) {
            capture(id);
            return;
        }
        if (m_options.directory.isEmpty())
            finish(true, tr("The demo went through every page to the overview."));
        else
            finish(true, tr("%n screenshot(s) written to %1.", nullptr, int(m_written.size()))
                             .arg(QDir::toNativeSeparators(m_options.directory)));
        return;
    }
    if (auto *page = qobject_cast<StepPage *>(m_wizard->currentPage())) {
        const StepStatus status = m_wizard->controller()->state().step(page->step()).status;
        if (page->mayGoOn()) {
            if (!m_captured.contains(id)) {
                capture(id);
                return;
            }
        } else if (status == StepStatus::Failed && m_pressed.value(id) > 0) {
            finish(false, tr("The step “%1” failed: %2")
                              .arg(Steps::displayName(page->step()),
                                   m_wizard->controller()->state().step(page->step()).message));
            return;
        }
    } else if (!m_captured.contains(id)) {
        capture(id); // welcome, connection: before going on
        return;
    }
    if (m_pressed.value(id) > 20) {
        finish(false, tr("The page “%1” does not go on.").arg(MpkiWizard::pageName(id)));
        return;
    }
    if (m_wizard->currentPage() && m_wizard->currentPage()->isComplete()) {
        m_pressed[id] += 1;
        m_wizard->next();
    }
}
