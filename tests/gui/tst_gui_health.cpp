// The Health view and "Rotate the operator password", driven by objectName after a complete demo
// onboarding: every finding ok; the operator made a STANDARD admin through the simulator (as a person
// might in SCM's web interface) shows as critical; the rotation, once confirmed, shows the new
// password masked, keeps it in the secret store, signs in with it (and no longer with the old one),
// records its expiry in the state and writes a connector file that carries it. Screenshots of the
// view (ok, critical) and of the rotation's result go to the build tree's gui-screenshots/.

#include "GuiTestSupport.h"

#include "ConnectorConfig.h"
#include "ConnectorFile.h"
#include "HealthController.h"
#include "HealthDialog.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "SecretStore.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace {
// The view as it is painted: the layout's posted requests are handled first.
bool saveScreenshot(QWidget *view, const QString &name)
{
    QTest::qWait(100);
    const QString directory = QStringLiteral(MPKI_GUI_SCREENSHOTS);
    QDir().mkpath(directory);
    return view->grab().save(QDir(directory).filePath(name));
}

// The findings' levels by id, as the table shows them.
QHash<QString, QString> levelsById(QTableWidget *findings)
{
    QHash<QString, QString> levels;
    for (int row = 0; row < findings->rowCount(); ++row) {
        const QTableWidgetItem *item = findings->item(row, 0);
        if (item)
            levels.insert(item->data(HealthDialog::FindingIdRole).toString(),
                          item->data(HealthDialog::FindingLevelRole).toString());
    }
    return levels;
}

QString describe(QTableWidget *findings)
{
    QStringList rows;
    for (int row = 0; row < findings->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < findings->columnCount(); ++column)
            cells << (findings->item(row, column) ? findings->item(row, column)->text() : QString());
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows.join(QLatin1Char('\n'));
}

// Waits for a reply of the test's own calls.
bool waitFor(ScmReply *reply)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
}

QString readSecret(SecretStore *store, const QString &key)
{
    QString value;
    bool answered = false;
    QObject context;
    store->read(key, &context, [&](const SecretResult &result) {
        value = result.ok() ? result.value : QString();
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 10000))
        qWarning() << "the secret store did not answer";
    return value;
}
} // namespace

class TestGuiHealth : public QObject
{
    Q_OBJECT
private slots:
    void healthViewAndRotation();
};

void TestGuiHealth::healthViewAndRotation()
{
    auto demo = startDemo(1, 1);
    QVERIFY(demo);
    QTemporaryDir state;
    QTemporaryDir out;
    auto w = WizardUnderTest::open(demo.get(), state.path());
    QVERIFY(w);

    // Before an onboarding: nothing to check, and the welcome page's entry point says why.
    QTRY_COMPARE_WITH_TIMEOUT(w->wizard->currentId(), int(PageId::Welcome), 5000);
    auto *welcomeHealth = w->find<QPushButton>(QStringLiteral("welcomeHealthButton"));
    QVERIFY(welcomeHealth);
    QVERIFY(!welcomeHealth->isEnabled());
    QVERIFY(!welcomeHealth->toolTip().isEmpty());

    passWelcomeAndConnection(*w, *demo);
    completeRemainingSteps(*w);
    QCOMPARE(w->wizard->currentId(), int(PageId::Overview));
    QTRY_VERIFY_WITH_TIMEOUT(!w->controller->isRunning(), 30000);

    // --- the view from the overview: every check ok --------------------------------------------------
    auto *overviewHealth = w->find<QPushButton>(QStringLiteral("overviewHealthButton"));
    QVERIFY(overviewHealth);
    QVERIFY2(overviewHealth->isEnabled(), qPrintable(overviewHealth->toolTip()));
    QTest::mouseClick(overviewHealth, Qt::LeftButton);
    QDialog *view = nullptr;
    QTRY_VERIFY((view = w->find<QDialog>(QStringLiteral("healthView"))) != nullptr);
    QTRY_VERIFY(view->isVisible());
    HealthController *health = w->wizard->healthController();
    auto *findings = view->findChild<QTableWidget *>(QStringLiteral("healthFindings"));
    auto *checkAgain = view->findChild<QPushButton *>(QStringLiteral("healthCheckAgainButton"));
    auto *rotate = view->findChild<QPushButton *>(QStringLiteral("rotatePasswordButton"));
    auto *busy = view->findChild<QWidget *>(QStringLiteral("healthBusy"));
    QVERIFY(findings && checkAgain && rotate && busy);
    // It checks as soon as it opens.
    QTRY_VERIFY_WITH_TIMEOUT(!health->isChecking() && findings->rowCount() > 0, 60000);
    QVERIFY(!busy->isVisible());
    QVERIFY(findings->rowCount() >= 8);
    QHash<QString, QString> levels = levelsById(findings);
    for (auto level = levels.cbegin(); level != levels.cend(); ++level)
        QVERIFY2(level.value() == QLatin1String("OK"), qPrintable(describe(findings)));
    QVERIFY(levels.contains(QStringLiteral("operator-api-only")));
    QVERIFY(levels.contains(QStringLiteral("operator-password")));
    // The operator password's row names its expiry date.
    for (int row = 0; row < findings->rowCount(); ++row) {
        if (findings->item(row, 0)->data(HealthDialog::FindingIdRole) == QLatin1String("operator-password"))
            QVERIFY2(!findings->item(row, 3)->text().isEmpty(), qPrintable(describe(findings)));
    }
    QVERIFY(saveScreenshot(view, QStringLiteral("health-ok.png")));

    // --- break one thing in SCM: the operator is a STANDARD admin again ---------------------------------
    const std::optional<ConnectorConfig> config = w->controller->connectorConfig();
    QVERIFY(config);
    const QUrl baseUrl = ScmTransport::normaliseBaseUrl(config->scmBaseUrl);
    ScmTransport transport;
    ScmClient admin(&transport,
                    {baseUrl, config->customerUri, w->controller->plan().scm.login, demo->adminPassword()});
    std::unique_ptr<ScmReply> found(admin.findAdminByLogin(config->login));
    QVERIFY(waitFor(found.get()));
    QVERIFY2(found->ok(), qPrintable(found->error().message()));
    const qint64 operatorId = found->object().value(QStringLiteral("id")).toVariant().toLongLong();
    QVERIFY(operatorId > 0);
    ScmAdminUpdate standard;
    standard.type = QStringLiteral("STANDARD");
    std::unique_ptr<ScmReply> updated(admin.updateAdmin(operatorId, standard));
    QVERIFY(waitFor(updated.get()));
    QVERIFY2(updated->ok(), qPrintable(updated->error().message()));

    QVERIFY(checkAgain->isEnabled());
    QTest::mouseClick(checkAgain, Qt::LeftButton);
    // A busy indicator while SCM answers; no second check or rotation meanwhile.
    QVERIFY(health->isChecking());
    QVERIFY(busy->isVisible());
    QVERIFY(!checkAgain->isEnabled() && !rotate->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!health->isChecking(), 60000);
    levels = levelsById(findings);
    QVERIFY2(levels.value(QStringLiteral("operator-api-only")) == QLatin1String("CRITICAL"),
             qPrintable(describe(findings)));
    for (int row = 0; row < findings->rowCount(); ++row) {
        if (findings->item(row, 0)->data(HealthDialog::FindingIdRole) == QLatin1String("operator-api-only"))
            QVERIFY2(!findings->item(row, 4)->text().isEmpty(), "the critical finding names what fixes it");
    }
    auto *overall = view->findChild<QLabel *>(QStringLiteral("healthOverall"));
    QVERIFY(overall && overall->text().contains(QStringLiteral("critical")));
    QVERIFY(saveScreenshot(view, QStringLiteral("health-critical.png")));

    // --- rotate the operator password, after the confirmation -------------------------------------------
    const QString currentKey = SecretStore::key(config->scmHost(), config->customerUri, config->login,
                                                SecretStore::operatorCurrentSlot());
    const QString oldPassword = readSecret(demo->secretStore(), currentKey);
    QVERIFY(!oldPassword.isEmpty());
    QVERIFY(rotate->isEnabled());
    QTest::mouseClick(rotate, Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = view->findChild<QMessageBox *>(QStringLiteral("confirmationBox"))) != nullptr);
    QVERIFY2(question->text().contains(QStringLiteral("stops working at once")),
             qPrintable(question->text()));
    QVERIFY2(question->text().contains(QStringLiteral("MPKI page")), qPrintable(question->text()));
    QVERIFY(!health->isRotating()); // nothing happens before the person agrees
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmationAccept")),
                      Qt::LeftButton);

    auto *result = view->findChild<QGroupBox *>(QStringLiteral("rotationResult"));
    auto *shownPassword = view->findChild<QLineEdit *>(QStringLiteral("rotatedPassword"));
    auto *dates = view->findChild<QLabel *>(QStringLiteral("rotationDates"));
    QVERIFY(result && shownPassword && dates);
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 60000);
    auto *message = view->findChild<QLabel *>(QStringLiteral("rotationMessage"));
    QVERIFY2(shownPassword->isVisible() && !shownPassword->text().isEmpty(), qPrintable(message->text()));
    QCOMPARE(shownPassword->echoMode(), QLineEdit::Password); // masked until "Show"
    QVERIFY(view->findChild<QAbstractButton *>(QStringLiteral("rotatedPasswordCopy"))->isEnabled());
    const QString newPassword = shownPassword->text();
    QVERIFY(newPassword != oldPassword);
    QVERIFY2(dates->text().contains(QStringLiteral("stopped working")), qPrintable(dates->text()));

    // The secret store holds it, it signs in, and the old one no longer does.
    QCOMPARE(readSecret(demo->secretStore(), currentKey), newPassword);
    ScmClient operatorNow(&transport, {baseUrl, config->customerUri, config->login, newPassword});
    std::unique_ptr<ScmReply> signedIn(operatorNow.passwordState());
    QVERIFY(waitFor(signedIn.get()));
    QVERIFY2(signedIn->ok(), qPrintable(signedIn->error().message()));
    ScmClient operatorBefore(&transport, {baseUrl, config->customerUri, config->login, oldPassword});
    std::unique_ptr<ScmReply> refused(operatorBefore.passwordState());
    QVERIFY(waitFor(refused.get()));
    QVERIFY(!refused->ok());

    // The state records the new expiry: the password step's record and the connector values.
    const std::optional<PasswordExpiry> expiry = w->controller->operatorPasswordExpiry();
    QVERIFY(expiry);
    QVERIFY(expiry->checked.secsTo(QDateTime::currentDateTime()) < 120);
    QVERIFY(expiry->expires.isValid());
    QCOMPARE(w->controller->connectorConfig()->passwordExpires, expiry->expires);

    // The check runs again by itself: the operator signs in with the new password.
    QTRY_VERIFY_WITH_TIMEOUT(!health->isChecking() && !health->isRotating(), 60000);
    levels = levelsById(findings);
    QCOMPARE(levels.value(QStringLiteral("operator-sign-in")), QStringLiteral("OK"));
    QCOMPARE(levels.value(QStringLiteral("operator-api-only")), QStringLiteral("CRITICAL"));
    QVERIFY(saveScreenshot(view, QStringLiteral("health-rotated.png")));

    // A new connector file through the connector page's export carries the new password.
    typeInto(view->findChild<QLineEdit *>(QStringLiteral("rotationPassphrase")),
             QStringLiteral("passphrase-1"));
    typeInto(view->findChild<QLineEdit *>(QStringLiteral("rotationPassphraseAgain")),
             QStringLiteral("passphrase-1"));
    auto *exportButton = view->findChild<QPushButton *>(QStringLiteral("rotationExportButton"));
    QVERIFY(exportButton && exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFileDialog *fileDialog = nullptr;
    QTRY_VERIFY((fileDialog = view->findChild<QFileDialog *>(QStringLiteral("rotationExportDialog"))) !=
                nullptr);
    const QString connectorPath = out.filePath(QStringLiteral("connector.json"));
    emit fileDialog->fileSelected(connectorPath);
    fileDialog->close();
    auto *exportResult = view->findChild<QLabel *>(QStringLiteral("rotationExportResult"));
    QTRY_VERIFY_WITH_TIMEOUT(exportResult->text().contains(QDir::toNativeSeparators(connectorPath)), 30000);
    QString error;
    const auto document = ConnectorFile::readDocument(connectorPath, &error);
    QVERIFY2(document, qPrintable(error));
    const auto written = ConnectorFile::decode(*document, QStringLiteral("passphrase-1"), &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->password, newPassword);
    QCOMPARE(written->passwordExpires, expiry->expires);
}

QTEST_MAIN(TestGuiHealth)
#include "tst_gui_health.moc"
