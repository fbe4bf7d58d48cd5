// The wizard in German: Qt's own buttons come from Qt's translations (qt6-translations-l10n),
// installed by the same installTranslations() main() uses.
//
// The real wizard (MpkiWizard, in demo mode over its own simulators) then shows its own texts from
// mpki-setup_de.qm: the window title, the titles of the welcome page and of a step page, and Qt's
// Next button beside them.
#include "MpkiWizard.h"
#include "StepPage.h"
#include "Translations.h"
#include "WelcomePage.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

class GuiGermanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qtButtonsAreGerman();
    void wizardPagesAreGerman();
};

void GuiGermanTest::initTestCase()
{
    QCOMPARE(installTranslations(*qApp, QStringLiteral("de"), {QStringLiteral(MPKI_QM_DIR)}),
             QStringLiteral("de"));
}

void GuiGermanTest::qtButtonsAreGerman()
{
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ClassicStyle);
    wizard.addPage(new QWizardPage);
    wizard.addPage(new QWizardPage);
    QVERIFY2(wizard.buttonText(QWizard::NextButton).contains(QStringLiteral("Weiter")),
             qPrintable(wizard.buttonText(QWizard::NextButton)));
    QVERIFY2(wizard.buttonText(QWizard::BackButton).contains(QStringLiteral("Zurück")),
             qPrintable(wizard.buttonText(QWizard::BackButton)));
    QCOMPARE(wizard.buttonText(QWizard::CancelButton), QStringLiteral("Abbrechen"));
}

void GuiGermanTest::wizardPagesAreGerman()
{
    QTemporaryDir state;
    QVERIFY(state.isValid());
    WizardController::Options options;
    options.demo = true;
    options.stateDirectory = state.path();
    WizardController controller(options);
    QString error;
    QVERIFY2(controller.open(&error), qPrintable(error));

    MpkiWizard wizard(&controller);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY(wizard.currentPage() == wizard.welcomePage());

    QCOMPARE(wizard.welcomePage()->title(),
             QStringLiteral("Ihr SEPPmail-Gateway mit Sectigo Certificate Manager verbinden"));
    QVERIFY2(wizard.windowTitle().startsWith(QStringLiteral("MPKI-Einrichtung f\u00fcr SEPPmail")),
             qPrintable(wizard.windowTitle()));
    StepPage *organization = wizard.stepPage(StepId::Organization);
    QVERIFY(organization);
    QCOMPARE(organization->title(),
             QStringLiteral("Schritt 2 von 9: Organisation anlegen oder \u00fcbernehmen"));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(next && next->isVisible());
    QVERIFY2(next->text().contains(QStringLiteral("Weiter")), qPrintable(next->text()));
    QCOMPARE(wizard.buttonText(QWizard::CancelButton), QStringLiteral("&Schlie\u00dfen"));
}

QTEST_MAIN(GuiGermanTest)
#include "GuiGermanTest.moc"
