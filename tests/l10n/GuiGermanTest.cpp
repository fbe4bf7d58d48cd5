// The wizard in German: Qt's own buttons come from Qt's translations (qt6-translations-l10n),
// installed by the same installTranslations() main() uses.
//
// The GUI's owner adds here a check of a real page title (the wizard started with --lang de).
#include "Translations.h"

#include <QApplication>
#include <QTest>
#include <QWizard>

class GuiGermanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qtButtonsAreGerman();
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

QTEST_MAIN(GuiGermanTest)
#include "GuiGermanTest.moc"
