// Crash and resume with the real keychain: `mpki-setup run` (a real child process) is SIGKILLed
// right after each kind of changing request reaches the simulator — the organisation's creation,
// the first of the creates sent together (domains, validation, operator), the committed password
// change and the switch to API-only, one kind per attempt — and the next run resumes. At the
// end: no duplicate organisation, domain or admin; the operator's password in the keychain works;
// and no password lies in the state directory, the journal, HOME or anything the runs printed.
#include "CliTestKit.h"

#include "KeychainSecretStore.h"
#include "ScmClient.h"
#include "ScmReply.h"
#include "ScmTransport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace CliTestKit;

class CliCrashResumeTest : public QObject
{
    Q_OBJECT

private slots:
    void killAfterEveryChangingRequest();
};

namespace {
int countNamed(const QJsonArray &records, const QString &key, const QString &value)
{
    int count = 0;
    for (const QJsonValue &record : records)
        count += record.toObject().value(key).toString().compare(value, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

// Every file below `directory` (but the keyring's own, which holds secrets by design) that contains
// one of `secrets`.
QStringList filesHolding(const QString &directory, const QSet<QString> &secrets)
{
    QStringList hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/keyrings/")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QString &secret : secrets) {
            if (!secret.isEmpty() && content.contains(secret.toUtf8()))
                hits << path;
        }
    }
    return hits;
}
} // namespace

void CliCrashResumeTest::killAfterEveryChangingRequest()
{
    ScmSimulatorOptions options;
    options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
    options.validationDelaySeconds = 0;
    options.dcvDelaySeconds = 0;
    options.latencyMs = 20;
    ScmSimulator simulator(options);
    QString error;
    QVERIFY(simulator.listen(QHostAddress::LocalHost, 0, &error));
    int changing = 0;
    QStringList changingPaths;
    connect(&simulator, &ScmSimulator::requestHandled, this, [&](const QJsonObject &line) {
        if (!isChanging(line))
            return;
        ++changing;
        changingPaths << line.value(QStringLiteral("method")).toString() + QLatin1Char(' ') +
                             line.value(QStringLiteral("path")).toString().section(QLatin1Char('?'), 0, 0);
    });

    QTemporaryDir work;
    const QString plan = work.filePath(QStringLiteral("plan.json"));
    const QString state = work.filePath(QStringLiteral("st"));
    writePlan(simulator, plan, QStringLiteral("Crash Resume AG"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), simulator.adminPassword());
    const QStringList arguments{QStringLiteral("run"),
                                QStringLiteral("--plan"),
                                plan,
                                QStringLiteral("--state"),
                                state,
                                QStringLiteral("--deadline"),
                                QStringLiteral("60"),
                                QStringLiteral("--json")};

    KeychainSecretStore keychain;
    const QString host = simulator.baseUrl().host();
    auto slotKey = [&](const QString &slot) {
        return SecretStore::key(host, simulator.customerUri(), QStringLiteral("seppmail-mpki"), slot);
    };
    QSet<QString> passwords{simulator.adminPassword()};
    QByteArray printed;
    // The kinds of request to die right after, in the order the procedure first reaches them.
    // Requests sent together (the domains, the validation and the operator are created at once)
    // give one kill point between them: the others are done already when the next run starts.
    const QStringList targets{QStringLiteral("POST /api/organization/v1"),
                              QStringLiteral("POST /api/domain/v1"), QStringLiteral("POST /api/admin/v1"),
                              QStringLiteral("POST /api/admin/v1/changepassword"),
                              QStringLiteral("PUT /api/admin/v1/N")};
    QSet<QString> seen;
    QStringList killedAfter;
    int finalCode = -1;
    for (int attempt = 1; attempt <= 40; ++attempt) {
        const RunResult run = runBinary(arguments, environment, &simulator, [&](const QJsonObject &line) {
            if (!isChanging(line))
                return false;
            // One kind: method and path with the ids taken out.
            QString kind = changingPaths.last();
            kind.replace(QRegularExpression(QStringLiteral("/\\d+")), QStringLiteral("/N"));
            QString target;
            for (const QString &candidate : targets) {
                if (!seen.contains(candidate)) {
                    target = candidate;
                    break;
                }
            }
            seen << kind;
            if (kind != target)
                return false;
            killedAfter << kind;
            return true;
        });
        printed += run.output;
        // Remember every operator password the keychain held, to scan for it later.
        for (const QString &slot : {SecretStore::operatorTemporarySlot(), SecretStore::operatorPendingSlot(),
                                    SecretStore::operatorCurrentSlot()})
            passwords << readSecret(&keychain, slotKey(slot));
        if (!run.crashed) {
            finalCode = run.exitCode;
            break;
        }
    }
    QVERIFY2(finalCode == 0,
             qPrintable(killedAfter.join(QLatin1Char(',')) + QString::fromUtf8(printed.right(1500))));
    qInfo() << "killed after:" << killedAfter;
    QVERIFY(killedAfter.contains(QStringLiteral("POST /api/organization/v1")));
    QVERIFY(killedAfter.contains(QStringLiteral("POST /api/domain/v1")) ||
            killedAfter.contains(QStringLiteral("POST /api/admin/v1")));
    QVERIFY(killedAfter.contains(QStringLiteral("POST /api/admin/v1/changepassword")));
    QVERIFY(killedAfter.contains(QStringLiteral("PUT /api/admin/v1/N")));

    // No duplicates in SCM.
    const QJsonObject snapshot = simulator.snapshot();
    QCOMPARE(countNamed(snapshot.value(QStringLiteral("organizations")).toArray(), QStringLiteral("name"),
                        QStringLiteral("Crash Resume AG")),
             1);
    QCOMPARE(countNamed(snapshot.value(QStringLiteral("domains")).toArray(), QStringLiteral("name"),
                        QStringLiteral("example.ch")),
             1);
    QCOMPARE(countNamed(snapshot.value(QStringLiteral("domains")).toArray(), QStringLiteral("name"),
                        QStringLiteral("mail.example.ch")),
             1);
    QCOMPARE(countNamed(snapshot.value(QStringLiteral("admins")).toArray(), QStringLiteral("login"),
                        QStringLiteral("seppmail-mpki")),
             1);

    // The operator's password in the keychain works.
    const QString current = readSecret(&keychain, slotKey(SecretStore::operatorCurrentSlot()));
    QVERIFY(!current.isEmpty());
    ScmTransport transport;
    ScmClient operatorClient(&transport, ScmCredentials{simulator.baseUrl(), simulator.customerUri(),
                                                        QStringLiteral("seppmail-mpki"), current});
    ScmReply *reply = operatorClient.passwordState();
    QSignalSpy finished(reply, &ScmReply::finished);
    QVERIFY(finished.wait(15000));
    QVERIFY2(reply->ok(), qPrintable(reply->error().message()));
    reply->deleteLater();

    // A re-run changes nothing.
    const int before = changing;
    const RunResult again = runBinary(arguments, environment);
    printed += again.output;
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(changing, before);

    // The scan: no password in the state directory (journal included), HOME, or the output.
    passwords.remove(QString());
    QVERIFY(passwords.size() >= 3); // admin, temporary, current at least
    const QStringList inState = filesHolding(state, passwords);
    QVERIFY2(inState.isEmpty(), qPrintable(inState.join(QLatin1Char(' '))));
    const QStringList inHome = filesHolding(QDir::homePath(), passwords);
    QVERIFY2(inHome.isEmpty(), qPrintable(inHome.join(QLatin1Char(' '))));
    for (const QString &password : std::as_const(passwords))
        QVERIFY2(!printed.contains(password.toUtf8()), "a password was printed");
}

QTEST_GUILESS_MAIN(CliCrashResumeTest)
#include "tst_cli_crash_resume.moc"
