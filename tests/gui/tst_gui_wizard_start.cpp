// How the wizard starts outside the demo (issue 11): a corrupt saved plan is kept and said on the
// welcome page; "Start a new onboarding" with progress asks first, then forgets the state and the
// fields (and a refusal keeps everything); and no Alt-key mnemonic is used twice on one page, in
// English and in German.

#include "RealScmSupport.h"

#include "StateStore.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {
// The mnemonic letter of a text ("&Next >" → 'n'), 0 when it has none ("&&" is a literal ampersand).
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// A state directory with the first steps done and the example plan saved beside, as a wizard leaves
// it after the organisation was made.
void writeProgress(const QString &directory)
{
    {
        StateStore store(directory);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        store.state().step(StepId::Connect).status = StepStatus::Done;
        store.state().step(StepId::Organization).status = StepStatus::Done;
        store.state().step(StepId::Organization).ids.insert(QStringLiteral("organization"), 1001.0);
        QVERIFY2(store.save(&error), qPrintable(error));
    }
    Plan plan;
    QString error;
    QVERIFY(Plan::load(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"), &plan, &error));
    plan.gateway.api.reset();
    QFile out(QDir(directory).filePath(QStringLiteral("wizard-plan.json")));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(plan.toJson()).toJson());
}

struct Asked
{
    int count = 0;
    QString question;
};

Confirmer recordingConfirmer(Asked *asked, bool accept)
{
    return [asked, accept](QWidget *, const ConfirmationRequest &request, std::function<void(bool)> answer) {
        ++asked->count;
        asked->question = request.question;
        answer(accept);
    };
}
} // namespace

class TestGuiWizardStart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void corruptSavedPlanIsKeptAndSaid();
    void newOnboardingAsksThenResets();
    void newOnboardingRefusedKeepsEverything();
    void noMnemonicTwiceOnAPage_english();
    void noMnemonicTwiceOnAPage_german();

private:
    void checkMnemonics(const QStringList &known);
};

void TestGuiWizardStart::corruptSavedPlanIsKeptAndSaid()
{
    QTemporaryDir state;
    const QString planPath = QDir(state.path()).filePath(QStringLiteral("wizard-plan.json"));
    const QByteArray garbage = "{ \"scm\": { \"baseUrl\": \"https://cert-manager.com\", ";
    {
        QFile file(planPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    MemorySecretStore secrets;
    auto w = RealWizard::open(state.path(), &secrets);
    QVERIFY(w);
    QVERIFY(!w->controller->planLoadProblem().isEmpty());
    const QString kept = planPath + QStringLiteral(".unreadable");
    QVERIFY(QFile::exists(kept));
    QFile keptFile(kept);
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), garbage); // what the person typed is not lost
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::Welcome), 5000);
    auto *progress = w->find<QLabel>(QStringLiteral("welcomeProgress"));
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QVERIFY2(progress->text().contains(QStringLiteral("could not be read")), qPrintable(progress->text()));
    QVERIFY2(progress->text().contains(QStringLiteral("wizard-plan.json.unreadable")),
             qPrintable(progress->text()));
    // The wizard starts with empty fields.
    QVERIFY(w->controller->plan().organization.name.isEmpty());

    // The next start finds a plan it can read (the blank one saved since) or none: nothing to say.
    w.reset();
    auto again = RealWizard::open(state.path(), &secrets);
    QVERIFY(again);
    QVERIFY2(again->controller->planLoadProblem().isEmpty(),
             qPrintable(again->controller->planLoadProblem()));
    QVERIFY(QFile::exists(kept));
}

void TestGuiWizardStart::newOnboardingAsksThenResets()
{
    QTemporaryDir state;
    writeProgress(state.path());
    MemorySecretStore secrets;
    Asked asked;
    auto w = RealWizard::open(state.path(), &secrets, recordingConfirmer(&asked, true));
    QVERIFY(w);
    QCOMPARE(w->controller->stepsDone(), 2);
    QCOMPARE(w->controller->plan().organization.name, QStringLiteral("Example AG"));
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::Welcome), 5000);
    auto *resume = w->find<QRadioButton>(QStringLiteral("welcomeResume"));
    QVERIFY(resume->isChecked());
    auto *fresh = w->find<QRadioButton>(QStringLiteral("welcomeNew"));
    QTest::mouseClick(fresh, Qt::LeftButton, {}, QPoint(5, fresh->height() / 2));
    QVERIFY(fresh->isChecked());
    w->clickNext();
    QCOMPARE(asked.count, 1);
    QVERIFY2(asked.question.contains(QStringLiteral("2 of 9")), qPrintable(asked.question));
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::Connection), 5000);
    QCOMPARE(w->controller->stepsDone(), 0);
    QVERIFY(!w->controller->hasProgress());
    QVERIFY(w->controller->plan().organization.name.isEmpty());
    QVERIFY(w->controller->plan().domains.isEmpty());
    QVERIFY(w->controller->plan().operatorAdmin.login.isEmpty());
    // The same account, most likely: the connection page keeps it.
    QCOMPARE(w->controller->plan().scm.login, QStringLiteral("mrao-admin"));
    // Saved so: the state on disk has no progress.
    State saved;
    QString error;
    QVERIFY2(StateStore::read(state.path(), &saved, &error), qPrintable(error));
    QCOMPARE(saved.step(StepId::Organization).status, StepStatus::Pending);
    // The organisation page shows empty fields.
    StepPage *organization = w->wizard->stepPage(StepId::Organization);
    QVERIFY(organization);
    organization->initializePage();
    auto *name = organization->findChild<QLineEdit *>(QStringLiteral("organizationName"));
    QVERIFY(name);
    QVERIFY2(name->text().isEmpty(), qPrintable(name->text()));
    // A second start does not offer to resume.
    w.reset();
    auto again = RealWizard::open(state.path(), &secrets);
    QVERIFY(again);
    QVERIFY(!again->find<QRadioButton>(QStringLiteral("welcomeResume"))->isEnabled());
}

void TestGuiWizardStart::newOnboardingRefusedKeepsEverything()
{
    QTemporaryDir state;
    writeProgress(state.path());
    MemorySecretStore secrets;
    Asked asked;
    auto w = RealWizard::open(state.path(), &secrets, recordingConfirmer(&asked, false));
    QVERIFY(w);
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::Welcome), 5000);
    auto *fresh = w->find<QRadioButton>(QStringLiteral("welcomeNew"));
    fresh->setChecked(true);
    w->clickNext();
    QCOMPARE(asked.count, 1);
    QTest::qWait(100);
    QCOMPARE(w->wizard->currentId(), int(PageId::Welcome));
    QCOMPARE(w->controller->stepsDone(), 2);
    QCOMPARE(w->controller->plan().organization.name, QStringLiteral("Example AG"));
    State saved;
    QString error;
    QVERIFY2(StateStore::read(state.path(), &saved, &error), qPrintable(error));
    QCOMPARE(saved.step(StepId::Organization).status, StepStatus::Done);
    // Resuming still works after the refusal.
    w->find<QRadioButton>(QStringLiteral("welcomeResume"))->setChecked(true);
    w->clickNext();
    QCOMPARE(asked.count, 1);
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::Connection), 5000);
}

// `known`: clashes found and not fixed yet (fixing them changes translated texts, and the .ts files
// are not ours to edit here). Any other clash fails, and so does a known one that is gone (then remove
// it from the list).
void TestGuiWizardStart::checkMnemonics(const QStringList &known)
{
    QTemporaryDir state;
    writeProgress(state.path()); // pages with progress show the most
    MemorySecretStore secrets;
    auto w = RealWizard::open(state.path(), &secrets);
    QVERIFY(w);
    w->wizard->ensureAllPages();
    QStringList clashes;
    const QList<int> ids = w->wizard->pageIds();
    QVERIFY(ids.size() >= 2 + Steps::count - 1);
    for (int id : ids) {
        QWizardPage *page = w->wizard->page(id);
        page->initializePage(); // the texts of the page as shown (its Next says what it does)
        QHash<QChar, QString> used;
        const auto use = [&](const QString &text, const QString &what) {
            const QChar letter = mnemonic(text);
            if (letter.isNull())
                return;
            if (used.contains(letter)) {
                clashes << QStringLiteral("page “%1”: Alt+%2 in “%3” and in “%4”")
                               .arg(MpkiWizard::pageName(id), QString(letter), used.value(letter),
                                    text + what);
                return;
            }
            used.insert(letter, text + what);
        };
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy() && label->isVisibleTo(page))
                use(label->text(), QString());
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(page))
                use(button->text(), QString());
        }
        for (QGroupBox *box : page->findChildren<QGroupBox *>()) {
            if (box->isVisibleTo(page))
                use(box->title(), QString());
        }
        // The wizard's own buttons as they are on this page.
        const bool first = id == ids.first();
        const bool last = id == ids.last();
        if (!first)
            use(page->buttonText(QWizard::BackButton), QStringLiteral(" (wizard button)"));
        if (last)
            use(page->buttonText(QWizard::FinishButton), QStringLiteral(" (wizard button)"));
        else if (page->isCommitPage())
            use(page->buttonText(QWizard::CommitButton), QStringLiteral(" (wizard button)"));
        else
            use(page->buttonText(QWizard::NextButton), QStringLiteral(" (wizard button)"));
        if (!last)
            use(page->buttonText(QWizard::CancelButton), QStringLiteral(" (wizard button)"));
    }
    QStringList unexpected;
    for (const QString &clash : std::as_const(clashes)) {
        if (!known.contains(clash))
            unexpected << clash;
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    for (const QString &clash : known)
        QVERIFY2(clashes.contains(clash),
                 qPrintable(QStringLiteral("fixed, remove it from the list: ") + clash));
}

void TestGuiWizardStart::noMnemonicTwiceOnAPage_english()
{
    checkMnemonics({});
}

void TestGuiWizardStart::noMnemonicTwiceOnAPage_german()
{
    QCOMPARE(installTranslations(*qApp, QStringLiteral("de"), {QStringLiteral(MPKI_QM_DIR)}),
             QStringLiteral("de"));
    checkMnemonics({});
}

QTEST_MAIN(TestGuiWizardStart)
#include "tst_gui_wizard_start.moc"
