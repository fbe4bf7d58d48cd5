// The whole wizard end to end through its widgets in demo mode, then the simulator's final state.

#include "GuiTestSupport.h"

#include "ScmSimulator.h"

#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

class TestGuiWizardDemo : public QObject
{
    Q_OBJECT
private slots:
    void wholeWizardThroughTheWidgets();
    void everyInputHasANameAndAnAccessibleName();
};

void TestGuiWizardDemo::wholeWizardThroughTheWidgets()
{
    auto demo = startDemo(2, 1);
    QVERIFY(demo);
    QTemporaryDir state;
    RecordingUrlOpener opener;
    auto w = WizardUnderTest::open(demo.get(), state.path(), &opener);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowExposed(w->wizard.get()));

    passWelcomeAndConnection(*w, *demo);
    QCOMPARE(w->wizard->currentId(), int(PageId::of(StepId::Organization)));

    // Organisation: a wrong country is marked as typed and holds Next back.
    auto *country = w->find<QLineEdit>(QStringLiteral("organizationCountry"));
    typeInto(country, QStringLiteral("XX"));
    auto *countryMessage = w->find<QLabel>(QStringLiteral("organizationCountryMessage"));
    QVERIFY(countryMessage->isVisible());
    QVERIFY(!countryMessage->text().isEmpty());
    QVERIFY(!w->next()->isEnabled());
    typeInto(country, QStringLiteral("CH"));
    QVERIFY(!countryMessage->isVisible());
    typeInto(w->find<QLineEdit>(QStringLiteral("organizationName")), QStringLiteral("Wizard Test AG"));
    QVERIFY(w->next()->isEnabled());
    // Next creates the organisation and requests its validation; the page goes on by itself.
    int clicks = 2; // welcome, connection
    w->clickNext();
    ++clicks;
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Validation)), 30000);
    QVERIFY(w->controller->state().step(StepId::Organization).ids.contains(QStringLiteral("organization")));

    // Validation: Sectigo vets (two seconds here); the page shows the wait and goes on once validated.
    QTRY_VERIFY_WITH_TIMEOUT(
        w->wizard->currentId() != int(PageId::of(StepId::Validation)) || w->stepPage()->mayGoOn(), 30000);
    if (w->wizard->currentId() == int(PageId::of(StepId::Validation))) {
        QTRY_VERIFY(!w->stepPage()->isGoingOn());
        if (w->wizard->currentId() == int(PageId::of(StepId::Validation))) {
            w->clickNext();
            ++clicks;
        }
    }

    // Domains: a bad name is refused as typed.
    QTRY_COMPARE(w->wizard->currentId(), int(PageId::of(StepId::Domains)));
    auto *domains = w->find<QPlainTextEdit>(QStringLiteral("domainsList"));
    domains->clear();
    domains->setFocus();
    QTest::keyClicks(domains, QStringLiteral("example.ch"));
    QTest::keyClick(domains, Qt::Key_Return);
    QTest::keyClicks(domains, QStringLiteral("bad_domain!"));
    QVERIFY(w->find<QLabel>(QStringLiteral("domainsListMessage"))->isVisible());
    QVERIFY(!w->next()->isEnabled());
    domains->clear();
    QTest::keyClicks(domains, QStringLiteral("example.ch"));
    QTest::keyClick(domains, Qt::Key_Return);
    QTest::keyClicks(domains, QStringLiteral("mail.example.ch"));
    QVERIFY(w->next()->isEnabled());
    w->clickNext();
    ++clicks;

    // Operator: Next creates it and asks for its password change and API-only as well.
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Operator)), 60000);
    typeInto(w->find<QLineEdit>(QStringLiteral("operatorLogin")), QStringLiteral("gui-operator"));
    typeInto(w->find<QLineEdit>(QStringLiteral("operatorEmail")), QStringLiteral("pki@example.ch"));
    w->clickNext();
    ++clicks;

    // Password: SCM refuses the temporary one; the person's part is played from the page.
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Password)), 30000);
    auto *manual = w->find<QGroupBox>(QStringLiteral("manualPasswordChange"));
    QTRY_VERIFY_WITH_TIMEOUT(manual->isVisible(), 30000);
    QTest::mouseClick(w->find<QPushButton>(QStringLiteral("playPersonsPart")), Qt::LeftButton);

    // Once changed, the password page and API-only go on by themselves to the certificate's page.
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Verify)), 60000);
    QCOMPARE(w->controller->state().step(StepId::ApiOnly).status, StepStatus::Done);

    // Verify waits for the validation, then checks as the operator, and goes on by itself.
    w->clickNext();
    ++clicks;
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::of(StepId::Connector)), 90000);

    // Connector: the gateway's values with copy buttons; the page stays to be read.
    w->clickNext();
    ++clicks;
    QTRY_VERIFY_WITH_TIMEOUT(w->find<QGroupBox>(QStringLiteral("connectorValues"))->isVisible(), 60000);
    QCOMPARE(w->wizard->currentId(), int(PageId::of(StepId::Connector)));
    QVERIFY(w->find<QLineEdit>(QStringLiteral("connectorValue0")));
    auto *gatewayCheck = w->find<QLabel>(QStringLiteral("connectorGatewayCheck"));
    QTRY_VERIFY2(gatewayCheck->text().contains(QStringLiteral("example.ch")),
                 qPrintable(gatewayCheck->text()));
    w->clickNext();
    ++clicks;
    // The person's part (the web login) aside, at most 12 presses to the end (Finish included).
    QVERIFY2(clicks + 1 <= 12, qPrintable(QString::number(clicks + 1)));

    // Overview: all nine done.
    QCOMPARE(w->wizard->currentId(), int(PageId::Overview));
    auto *table = w->find<QTableWidget>(QStringLiteral("stepTable"));
    QCOMPARE(table->rowCount(), 9);
    QCOMPARE(w->controller->stepsDone(), 9);
    QVERIFY(!w->find<QLabel>(QStringLiteral("operatorPasswordExpiry"))->text().isEmpty());
    QVERIFY(opener.opened.isEmpty()); // nobody asked for a browser

    // The simulator's world: the organisation with REST enrolment, the domains delegated for S/MIME,
    // the operator API-only.
    const QJsonObject snapshot = demo->scmSimulator()->snapshot();
    qint64 orgId = 0;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("organizations")).toArray()) {
        const QJsonObject org = value.toObject();
        if (org.value(QStringLiteral("name")).toString() == QLatin1String("Wizard Test AG")) {
            orgId = org.value(QStringLiteral("id")).toInteger();
            QVERIFY(org.value(QStringLiteral("clientCertsApiEnabled")).toBool());
        }
    }
    QVERIFY(orgId > 0);
    int delegated = 0;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject domain = value.toObject();
        for (const QJsonValue &d : domain.value(QStringLiteral("delegations")).toArray()) {
            const QJsonObject delegation = d.toObject();
            if (delegation.value(QStringLiteral("orgId")).toInteger() == orgId &&
                delegation.value(QStringLiteral("certTypes")).toArray().contains(QStringLiteral("SMIME")) &&
                delegation.value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE"))
                ++delegated;
        }
    }
    QCOMPARE(delegated, 2);
    bool operatorIsApiOnly = false;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("admins")).toArray()) {
        const QJsonObject admin = value.toObject();
        if (admin.value(QStringLiteral("login")).toString() == QLatin1String("gui-operator"))
            operatorIsApiOnly = admin.value(QStringLiteral("type")).toString() == QLatin1String("API");
    }
    QVERIFY(operatorIsApiOnly);

    QTest::mouseClick(w->wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!w->wizard->isVisible());
}

// Tests and screen readers find every input: an objectName and an accessible name on each.
void TestGuiWizardDemo::everyInputHasANameAndAnAccessibleName()
{
    auto demo = startDemo();
    QVERIFY(demo);
    QTemporaryDir state;
    auto w = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(w);
    // The pages after the welcome page are built after the first paint: build them all now.
    w->wizard->ensureAllPages();
    QVERIFY(w->wizard->hasAllPages());
    QStringList missing;
    const auto inputs = w->wizard->findChildren<QWidget *>();
    for (QWidget *widget : inputs) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
                           qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget);
        if (!input || widget->inherits("QScrollBar") || widget->inherits("QTableCornerButton") ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
            continue; // the combo's own editor
        if (widget->objectName().isEmpty())
            missing << QStringLiteral("%1 without objectName")
                           .arg(QString::fromLatin1(widget->metaObject()->className()));
        const bool namedByText = qobject_cast<QAbstractButton *>(widget) &&
                                 !static_cast<QAbstractButton *>(widget)->text().isEmpty();
        if (widget->accessibleName().isEmpty() && !namedByText)
            missing << QStringLiteral("%1 without accessible name").arg(widget->objectName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestGuiWizardDemo)
#include "tst_gui_wizard_demo.moc"
