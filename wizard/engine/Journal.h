#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class ScmTransport;

// One line of the journal: one remote change, when it was sent or when its answer came.
struct JournalEntry
{
    QDateTime time;
    QByteArray requestId; // minted by the SCM client (ScmReply::requestId, X-Request-Id)
    QString step;         // Steps::name, empty when the change was not made by a step
    QByteArray method;    // POST, PUT, DELETE
    QString path;         // below /api/, e.g. "organization/v1"
    // "sent" before the answer; then "ok" (2xx), "refused" (an HTTP error) or "failed" (no answer).
    QString outcome;
    int httpStatus = 0;   // 0 while sent / when there was no answer
    qint64 createdId = 0; // the id in a 201's Location

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &json);
    bool operator==(const JournalEntry &other) const;
};

// <state dir>/journal.jsonl: one JSON object per line for every changing request, appended and
// flushed line by line, so that after a crash it says what may have reached SCM. Reading skips a
// last line cut short by the crash and any other line that is not a JSON object.
// Holds no secret: never a body, only method, path and ids.
class Journal : public QObject
{
    Q_OBJECT
public:
    explicit Journal(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }

    // Appends one line and hands it to the kernel (write(2), every byte checked; the file is opened
    // with O_NOFOLLOW). False with lastError() and writeFailed() on an I/O error.
    bool append(const JournalEntry &entry);
    QString lastError() const { return m_lastError; }

    // Names the step that made a request, so that the transport's signals can be attributed.
    using StepResolver = std::function<QString(const QByteArray &requestId)>;
    // Writes a "sent" line on every changingRequestSent of `transport` and an outcome line on its
    // changingRequestFinished. `stepOf` is asked for the step (on sent and again on finished); the
    // step can also be given later with setStep().
    void watch(ScmTransport *transport, StepResolver stepOf = {});
    void setStep(const QByteArray &requestId, const QString &step);

    // While a StepScope lives, requests sent without a step from the resolver are attributed to
    // `step`. The transport signals "sent" inside ScmTransport::send(), before the caller holds the
    // reply (and its request id), so a step wraps its changing calls in one:
    //     Journal::StepScope scope(journal, Steps::name(StepId::Organization));
    //     ScmReply *reply = client->createOrganization(org);
    class StepScope
    {
    public:
        StepScope(Journal *journal, const QString &step);
        ~StepScope();
        StepScope(const StepScope &) = delete;
        StepScope &operator=(const StepScope &) = delete;

    private:
        Journal *m_journal;
        QString m_previous;
    };

    // Every readable line of the journal at `path`; *skipped counts the lines that were not.
    static QList<JournalEntry> read(const QString &path, int *skipped = nullptr);

signals:
    // A line could not be written (a full disk, a symlink in its place): the change it records is
    // not on record, so whoever drives the run stops it. Emitted inside the transport's "sent"
    // signal, before the request leaves.
    void writeFailed(const QString &message);

private:
    void onSent(const QByteArray &requestId, const QByteArray &method, const QString &path);
    void onFinished(const QByteArray &requestId, int httpStatus, qint64 createdId);

    QString m_path;
    QString m_lastError;
    StepResolver m_stepOf;
    QString m_currentStep; // set by StepScope
    struct Pending
    {
        QString step;
        QByteArray method;
        QString path;
    };
    QHash<QByteArray, Pending> m_pending;
};
