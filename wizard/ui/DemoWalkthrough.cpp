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
    // A page that goes on by itself is captured as soon as it is shown.
    connect(m_wizard, &QWizard::currentIdChanged, this, [this](int id) {
        QTimer::singleShot(0, this, [this, id] {
            if (!m_finished && m_timer->isActive() && m_wizard->currentId() == id && !m_captured.contains(id))
                capture(id);
        });
    });
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finish(
            false,
            tr("The demo walk did not reach the overview within %1 s (it stopped at the page “%2”).")
                .arg(QString::number(m_options.timeoutSeconds), MpkiWizard::pageName(m_wizard->currentId())));
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
    // At once and at every size: a page that goes on by itself is gone at the next tick. A resize
    // lays the page out before grab() paints it.
    const QSize original = m_wizard->size();
    const QList<QSize> sizes = m_options.sizes.isEmpty() ? QList<QSize>{original} : m_options.sizes;
    for (const QSize &size : sizes) {
        m_wizard->resize(size);
        QString name = QStringLiteral("%1-%2").arg(
            QStringLiteral("%1").arg(pageId + 1, 2, 10, QLatin1Char('0')), MpkiWizard::pageName(pageId));
        if (!m_options.sizes.isEmpty())
            name +=
                QStringLiteral("-%1x%2").arg(QString::number(size.width()), QString::number(size.height()));
        const QString path = QDir(m_options.directory).filePath(name + QStringLiteral(".png"));
        if (!m_wizard->grab().save(path, "PNG")) {
            m_wizard->resize(original);
            finish(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        m_written << path;
    }
    m_wizard->resize(original);
}

void DemoWalkthrough::tick()
{
    if (m_finished)
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
            // Once more with the step's result on it (the first picture was taken when it was shown).
            if (!m_showsResult.contains(id)) {
                m_showsResult.insert(id);
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
