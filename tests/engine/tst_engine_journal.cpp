// The journal: lines appended and read back; a line cut short by a crash and a garbage line are
// skipped, and the next append starts on a fresh line.
#include "FileSizeLimit.h"
#include "Journal.h"
#include "ScmTransport.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
JournalEntry entry(const char *requestId, const char *outcome, int status = 0, qint64 createdId = 0)
{
    JournalEntry e;
    e.time = QDateTime::fromString(QStringLiteral("2025-06-01T10:00:00.123Z"), Qt::ISODateWithMs).toUTC();
    e.requestId = requestId;
    e.step = QStringLiteral("organization");
    e.method = "POST";
    e.path = QStringLiteral("organization/v1");
    e.outcome = QString::fromLatin1(outcome);
    e.httpStatus = status;
    e.createdId = createdId;
    return e;
}
} // namespace

class TestEngineJournal : public QObject
{
    Q_OBJECT

private slots:
    void appendAndRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Journal journal(path);
        QVERIFY(journal.append(entry("req-1", "sent")));
        QVERIFY(journal.append(entry("req-1", "ok", 201, 1697)));
        int skipped = -1;
        const QList<JournalEntry> entries = Journal::read(path, &skipped);
        QCOMPARE(skipped, 0);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0), entry("req-1", "sent"));
        QCOMPARE(entries.at(1), entry("req-1", "ok", 201, 1697));
        QCOMPARE(entries.at(1).createdId, qint64(1697));
        // One JSON object per line, each line complete on disk (flushed).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content.count('\n'), 2);
        QVERIFY(content.endsWith('\n'));
        QVERIFY(QFile::permissions(path) ==
                (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    }

    void truncatedAndGarbageLinesAreSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Journal journal(path);
        QVERIFY(journal.append(entry("req-1", "sent")));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("not json at all\n");
            file.write("[1,2,3]\n");
            file.write("{\"time\":\"2025-06-01T10:00:01Z\",\"requestId\":\"req-2\",\"meth"); // the crash
        }
        int skipped = 0;
        QList<JournalEntry> entries = Journal::read(path, &skipped);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(skipped, 3);

        // The next run appends after the torn line without gluing itself to it.
        QVERIFY(journal.append(entry("req-3", "ok", 204)));
        entries = Journal::read(path, &skipped);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().requestId, QByteArray("req-3"));
        QCOMPARE(skipped, 3);
    }

    void watchesTheTransportsChangingRequests()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Journal journal(path);
        ScmTransport transport;
        journal.watch(&transport, [](const QByteArray &requestId) {
            return requestId == "known" ? QStringLiteral("domains") : QString();
        });
        {
            // The transport signals "sent" inside send(): the step in scope is the one that sent it.
            Journal::StepScope scope(&journal, QStringLiteral("organization"));
            emit transport.changingRequestSent("r-1", "POST", QStringLiteral("organization/v1"));
        }
        emit transport.changingRequestSent("known", "POST", QStringLiteral("domain/v1"));
        emit transport.changingRequestSent("later", "PUT", QStringLiteral("admin/v1/7"));
        journal.setStep("later", QStringLiteral("api-only"));
        emit transport.changingRequestFinished("r-1", 201, 1697);
        emit transport.changingRequestFinished("known", 400, 0);
        emit transport.changingRequestFinished("later", 0, 0);

        const QList<JournalEntry> entries = Journal::read(path);
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries.at(0).step, QStringLiteral("organization"));
        QCOMPARE(entries.at(0).outcome, QStringLiteral("sent"));
        QCOMPARE(entries.at(1).step, QStringLiteral("domains"));
        QCOMPARE(entries.at(2).step, QString()); // not known yet when it went out
        QCOMPARE(entries.at(3).requestId, QByteArray("r-1"));
        QCOMPARE(entries.at(3).step, QStringLiteral("organization"));
        QCOMPARE(entries.at(3).outcome, QStringLiteral("ok"));
        QCOMPARE(entries.at(3).createdId, qint64(1697));
        QCOMPARE(entries.at(3).path, QStringLiteral("organization/v1"));
        QCOMPARE(entries.at(4).outcome, QStringLiteral("refused"));
        QCOMPARE(entries.at(4).httpStatus, 400);
        QCOMPARE(entries.at(5).step, QStringLiteral("api-only"));
        QCOMPARE(entries.at(5).outcome, QStringLiteral("failed"));
        QCOMPARE(entries.at(5).method, QByteArray("PUT"));
    }

    void missingJournalReadsEmpty()
    {
        int skipped = -1;
        QVERIFY(Journal::read(QStringLiteral("/nonexistent/journal.jsonl"), &skipped).isEmpty());
        QCOMPARE(skipped, 0);
    }

    void unwritableJournalReportsError()
    {
        Journal journal(QStringLiteral("/nonexistent/dir/journal.jsonl"));
        QVERIFY(!journal.append(entry("req-1", "sent")));
        QVERIFY(journal.lastError().contains(QLatin1String("/nonexistent/dir/journal.jsonl")));
    }

    // A symlink planted where the journal goes (a state directory others could write) is refused,
    // and the file it points at stays untouched.
    void symlinkIsNotFollowed()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("elsewhere"));
        QFile other(target);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("precious\n");
        other.close();
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        QVERIFY(QFile::link(target, path));
        Journal journal(path);
        QSignalSpy failed(&journal, &Journal::writeFailed);
        QVERIFY(!journal.append(entry("req-1", "sent")));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(journal.lastError().contains(path), qPrintable(journal.lastError()));
        QVERIFY(other.open(QIODevice::ReadOnly));
        QCOMPARE(other.readAll(), QByteArray("precious\n"));
    }

    // A full disk: the line is an error that says so (and is signalled, so the run stops), never a
    // silent gap in the record.
    void fullDiskIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Journal journal(path);
        QVERIFY(journal.append(entry("req-1", "sent")));
        QSignalSpy failed(&journal, &Journal::writeFailed);
        bool appended = true;
        {
            FileSizeLimit full(QFileInfo(path).size() + 10);
            QVERIFY(full.isActive());
            appended = journal.append(entry("req-1", "ok", 201, 1697));
        }
        QVERIFY(!appended);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(journal.lastError().contains(path), qPrintable(journal.lastError()));
        QVERIFY2(journal.lastError().contains(QLatin1String("no space left")),
                 qPrintable(journal.lastError()));
        // The first line is whole; the cut one is skipped, and the next append starts afresh.
        QVERIFY(journal.append(entry("req-2", "sent")));
        int skipped = -1;
        const QList<JournalEntry> entries = Journal::read(path, &skipped);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().requestId, QByteArray("req-2"));
    }
};

QTEST_GUILESS_MAIN(TestEngineJournal)
#include "tst_engine_journal.moc"
