// `mpki-setup status --state DIR [--json]` on a prepared state directory: the JSON shape the
// acceptance check walks, the aligned text, the < 30 days password warning, exit 2 without a state.
#include "State.h"
#include "StateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

Result runStatus(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(MPKI_BINARY));
    process.setArguments(QStringList{QStringLiteral("status")} + arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    Result result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
} // namespace

class TestEngineStatusCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_stateDir;
    std::unique_ptr<StateStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(MPKI_BINARY)), "build mpki-setup first");
        m_stateDir = m_dir.filePath(QStringLiteral("state"));
        m_store = std::make_unique<StateStore>(m_stateDir);
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        State &state = m_store->state();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (StepId id : Steps::all()) {
            state.step(id).setStatus(StepStatus::Running, QString(), now.addSecs(-60));
            state.step(id).setStatus(StepStatus::Done, QStringLiteral("%1 is done").arg(Steps::name(id)),
                                     now);
        }
        state.step(StepId::Validation)
            .setStatus(StepStatus::Waiting, QStringLiteral("Sectigo is vetting"), now);
        state.step(StepId::Organization).ids.insert(QStringLiteral("organization"), 1697);
        state.step(StepId::Domains)
            .ids.insert(QStringLiteral("domains"), QJsonObject{{QStringLiteral("example.ch"), 400}});
        state.step(StepId::Operator).ids.insert(QStringLiteral("operator"), 1564);
        const QDate today = QDate::currentDate();
        state.recordPasswordExpiry(
            StepId::Connect, PasswordHolder::Admin,
            {QStringLiteral("mrao-admin"), today.addDays(10), QStringLiteral("ALIVE"), now});
        state.recordPasswordExpiry(
            StepId::Verify, PasswordHolder::Operator,
            {QStringLiteral("seppmail-mpki"), today.addDays(90), QStringLiteral("ALIVE"), now});
        QVERIFY2(m_store->save(&error), qPrintable(error));
        // The store stays open: status must work while a run holds the lock.
    }

    void json()
    {
        const Result result = runStatus({QStringLiteral("--state"), m_stateDir, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed().count('\n'), 0); // one object, one line
        QJsonParseError parseError;
        const QJsonObject doc = QJsonDocument::fromJson(result.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonArray steps = doc.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 9);
        QStringList names;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            names << step.value(QStringLiteral("step")).toString();
            for (const char *key : {"status", "updated", "message", "ids"})
                QVERIFY2(step.contains(QLatin1String(key)), key);
        }
        QCOMPARE(names.first(), QStringLiteral("connect"));
        QCOMPARE(names.last(), QStringLiteral("connector"));
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("waiting"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("ids")).toObject().value("organization").toInt(),
                 1697);
        QCOMPARE(steps.at(3)
                     .toObject()
                     .value(QStringLiteral("ids"))
                     .toObject()
                     .value("domains")
                     .toObject()
                     .value("example.ch")
                     .toInt(),
                 400);
        QVERIFY(!steps.at(0).toObject().value(QStringLiteral("updated")).toString().isEmpty());

        const QJsonObject expiry = doc.value(QStringLiteral("passwordExpiry")).toObject();
        QCOMPARE(expiry.value("admin").toObject().value("daysLeft").toInt(), 10);
        QCOMPARE(expiry.value("admin").toObject().value("login").toString(), QStringLiteral("mrao-admin"));
        QCOMPARE(expiry.value("operator").toObject().value("daysLeft").toInt(), 90);
        QCOMPARE(expiry.value("operator").toObject().value("expires").toString(),
                 QDate::currentDate().addDays(90).toString(Qt::ISODate));

        const QJsonArray warnings = doc.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1); // the admin's 10 days; the operator's 90 are fine
        QVERIFY(warnings.at(0).toString().contains(QLatin1String("mrao-admin")));
        QVERIFY(warnings.at(0).toString().contains(QLatin1String("10 days")));
    }

    void text()
    {
        const Result result = runStatus({QStringLiteral("--state"), m_stateDir});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 9 + 2 + 1, result.out.constData());
        // One aligned line per step: the status column starts at the same place on every line.
        int statusColumn = -1;
        for (int i = 0; i < 9; ++i) {
            const QString line = lines.at(i);
            QVERIFY2(line.startsWith(Steps::name(Steps::all().at(i))), qPrintable(line));
            const int column = int(line.indexOf(QRegularExpression(QStringLiteral("\\s(done|waiting)\\s"))));
            QVERIFY2(column > 0, qPrintable(line));
            if (statusColumn < 0)
                statusColumn = column;
            QCOMPARE(column, statusColumn);
        }
        QVERIFY(lines.at(1).contains(QLatin1String("organization=1697")));
        QVERIFY(result.out.contains("Warning:"));
        QVERIFY(result.out.contains(QDate::currentDate().addDays(90).toString(Qt::ISODate).toUtf8()));
    }

    void noStateIsBadInput()
    {
        QTemporaryDir empty;
        Result result = runStatus({QStringLiteral("--state"), empty.path(), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(empty.path().toUtf8()), result.err.constData());
        result = runStatus({QStringLiteral("--state"), empty.filePath(QStringLiteral("missing"))});
        QCOMPARE(result.exitCode, 2);
        result = runStatus({});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--state"));
    }

    void help()
    {
        const Result result = runStatus({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--state"));
        QVERIFY(result.out.contains("--json"));
    }
};

QTEST_GUILESS_MAIN(TestEngineStatusCommand)
#include "tst_engine_status_command.moc"
