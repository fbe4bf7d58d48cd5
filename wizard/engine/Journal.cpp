#include "Journal.h"

#include "ScmTransport.h"
#include "WriteErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcJournal, "mpki.engine.journal")

QJsonObject JournalEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("requestId"), QString::fromLatin1(requestId)},
                     {QStringLiteral("step"), step},
                     {QStringLiteral("method"), QString::fromLatin1(method)},
                     {QStringLiteral("path"), path},
                     {QStringLiteral("outcome"), outcome}};
    if (httpStatus != 0)
        json.insert(QStringLiteral("httpStatus"), httpStatus);
    if (createdId != 0)
        json.insert(QStringLiteral("createdId"), createdId);
    return json;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &json)
{
    JournalEntry entry;
    entry.time =
        QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toUTC();
    entry.requestId = json.value(QStringLiteral("requestId")).toString().toLatin1();
    entry.step = json.value(QStringLiteral("step")).toString();
    entry.method = json.value(QStringLiteral("method")).toString().toLatin1();
    entry.path = json.value(QStringLiteral("path")).toString();
    entry.outcome = json.value(QStringLiteral("outcome")).toString();
    entry.httpStatus = json.value(QStringLiteral("httpStatus")).toInt();
    entry.createdId = qint64(json.value(QStringLiteral("createdId")).toDouble());
    return entry;
}

bool JournalEntry::operator==(const JournalEntry &other) const
{
    return toJson() == other.toJson();
}

Journal::Journal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

bool Journal::append(const JournalEntry &entry)
{
    const auto failed = [this](int failure) {
        m_lastError = QCoreApplication::translate("Journal", "Cannot write the journal %1: %2.")
                          .arg(m_path, WriteErrors::describe(failure));
        qCWarning(lcJournal).noquote() << m_lastError;
        emit writeFailed(m_lastError);
        return false;
    };
    // O_NOFOLLOW: a symlink planted where the journal goes is refused, never written through.
    const int fd = ::open(QFile::encodeName(m_path).constData(),
                          O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(errno);
    struct stat status = {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        const int failure = errno ? errno : EINVAL;
        ::close(fd);
        return failed(failure);
    }
    // A crash may have cut the last line short: start on a fresh line so that only that line is lost.
    char last = '\n';
    const bool needsNewline =
        status.st_size > 0 && ::pread(fd, &last, 1, status.st_size - 1) == 1 && last != '\n';
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (needsNewline)
        line.prepend('\n');
    // Every byte checked: a line the disk had no room for is an error, not a silent gap.
    int failure = 0;
    const bool written = WriteErrors::writeAll(fd, line.constData(), line.size(), &failure);
    ::close(fd);
    if (!written)
        return failed(failure);
    return true;
}

void Journal::watch(ScmTransport *transport, StepResolver stepOf)
{
    m_stepOf = std::move(stepOf);
    connect(transport, &ScmTransport::changingRequestSent, this, &Journal::onSent);
    connect(transport, &ScmTransport::changingRequestFinished, this, &Journal::onFinished);
}

void Journal::setStep(const QByteArray &requestId, const QString &step)
{
    m_pending[requestId].step = step;
}

Journal::StepScope::StepScope(Journal *journal, const QString &step)
    : m_journal(journal)
{
    if (m_journal) {
        m_previous = m_journal->m_currentStep;
        m_journal->m_currentStep = step;
    }
}

Journal::StepScope::~StepScope()
{
    if (m_journal)
        m_journal->m_currentStep = m_previous;
}

void Journal::onSent(const QByteArray &requestId, const QByteArray &method, const QString &path)
{
    Pending &pending = m_pending[requestId];
    if (pending.step.isEmpty() && m_stepOf)
        pending.step = m_stepOf(requestId);
    if (pending.step.isEmpty())
        pending.step = m_currentStep;
    pending.method = method;
    pending.path = path;
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.requestId = requestId;
    entry.step = pending.step;
    entry.method = method;
    entry.path = path;
    entry.outcome = QStringLiteral("sent");
    append(entry);
}

void Journal::onFinished(const QByteArray &requestId, int httpStatus, qint64 createdId)
{
    const Pending pending = m_pending.take(requestId);
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.requestId = requestId;
    entry.step = pending.step;
    if (entry.step.isEmpty() && m_stepOf)
        entry.step = m_stepOf(requestId);
    entry.method = pending.method;
    entry.path = pending.path;
    entry.httpStatus = httpStatus;
    entry.createdId = createdId;
    if (httpStatus >= 200 && httpStatus < 300)
        entry.outcome = QStringLiteral("ok");
    else if (httpStatus > 0)
        entry.outcome = QStringLiteral("refused");
    else
        entry.outcome = QStringLiteral("failed");
    append(entry);
}

QList<JournalEntry> Journal::read(const QString &path, int *skipped)
{
    QList<JournalEntry> entries;
    int bad = 0;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                ++bad; // a line cut short by a crash, or not ours
                continue;
            }
            entries << JournalEntry::fromJson(document.object());
        }
    }
    if (skipped)
        *skipped = bad;
    return entries;
}
