#include "ConnectorExporter.h"

#include "ConnectorFile.h"
#include "SecretStore.h"
#include "State.h"
#include "StepId.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

// Debug only: the result carries the message to whoever shows it.
Q_LOGGING_CATEGORY(lcConnectorExporter, "mpki.engine.export", QtInfoMsg)

namespace {
// What the worker thread reports: whether the file is written, and why not.
struct WriteOutcome
{
    bool ok = false;
    QString error; // translated, names the file
};

// Runs on a thread of the global pool: nothing here touches an object of the calling thread.
WriteOutcome encryptAndWrite(const ConnectorConfig &config, const ConnectorFileTarget &target)
{
    WriteOutcome outcome;
    QString error;
    if (target.plain) {
        outcome.ok = ConnectorFile::writePlain(target.path, config, &error);
        outcome.error = error;
        return outcome;
    }
    const std::optional<QByteArray> document = ConnectorFile::encode(config, target.passphrase, &error);
    if (!document) {
        // encode() says why without naming the file: name it.
        outcome.error = ConnectorExporter::tr("The connector file %1 was not written: %2")
                            .arg(QDir::toNativeSeparators(target.path), error);
        return outcome;
    }
    outcome.ok = ConnectorFile::writeDocument(target.path, *document, &error);
    outcome.error = error; // writeDocument() names the file itself
    return outcome;
}
} // namespace

struct ConnectorExporter::Job
{
    QFutureWatcher<WriteOutcome> watcher;
};

ConnectorExporter::ConnectorExporter(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

ConnectorExporter::~ConnectorExporter() = default;

std::optional<ConnectorConfig> ConnectorExporter::assembledConfig(const State &state, QString *error)
{
    const QJsonObject values =
        state.step(StepId::Connector).details.value(QStringLiteral("connector")).toObject();
    if (values.isEmpty()) {
        if (error)
            *error = tr("The connector step has not assembled the connector values yet: run it first.");
        return std::nullopt;
    }
    QString reason;
    std::optional<ConnectorConfig> config = ConnectorConfig::fromPlainJson(values, &reason);
    if (!config && error)
        *error = tr("The connector values the connector step saved are damaged: %1").arg(reason);
    return config;
}

bool ConnectorExporter::start(const State &state, const ConnectorFileTarget &target)
{
    if (m_running)
        return false;
    QString error;
    const std::optional<ConnectorConfig> config = assembledConfig(state, &error);
    if (!config) {
        m_running = true;
        ConnectorExportResult result;
        result.failure = ConnectorExportResult::Failure::NotAssembled;
        result.path = target.path;
        result.message = error;
        // Never from inside start(): the caller may connect to finished() after it.
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return true;
    }
    return start(*config, target);
}

bool ConnectorExporter::start(const ConnectorConfig &config, const ConnectorFileTarget &target)
{
    if (m_running)
        return false;
    m_running = true;
    ConnectorExportResult result;
    result.path = target.path;
    if (!m_secrets) {
        result.failure = ConnectorExportResult::Failure::SecretStore;
        result.message = tr("No secret store is available, so the operator's password cannot be read and "
                            "the connector file %1 was not written.")
                             .arg(QDir::toNativeSeparators(target.path));
        QMetaObject::invokeMethod(
            this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return true;
    }
    const QString key = SecretStore::key(config.scmHost(), config.customerUri, config.login,
                                         SecretStore::operatorCurrentSlot());
    // The store answers asynchronously (never inside read()), on this object's thread, and not at all
    // once this object is gone.
    m_secrets->read(key, this, [this, config, target, result](const SecretResult &secret) mutable {
        if (secret.ok() && !secret.value.isEmpty()) {
            ConnectorConfig withPassword = config;
            withPassword.password = secret.value;
            write(withPassword, target);
            return;
        }
        if (secret.ok() || secret.status == SecretResult::Status::NotFound) {
            result.failure = ConnectorExportResult::Failure::NoPassword;
            result.message =
                tr("The keychain holds no current password of the operator %1 at %2 (customer %3), so the "
                   "connector file %4 was not written. Write it on the machine and user account that "
                   "ran the procedure.")
                    .arg(config.login, config.scmHost(), config.customerUri,
                         QDir::toNativeSeparators(target.path));
        } else {
            result.failure = ConnectorExportResult::Failure::SecretStore;
            result.message = tr("The operator's password cannot be read, so the connector file %1 was not "
                                "written: %2")
                                 .arg(QDir::toNativeSeparators(target.path), secret.message);
        }
        finish(result);
    });
    return true;
}

void ConnectorExporter::write(ConnectorConfig config, const ConnectorFileTarget &target)
{
    m_job = std::make_unique<Job>();
    connect(&m_job->watcher, &QFutureWatcher<WriteOutcome>::finished, this, [this, target] {
        const WriteOutcome outcome = m_job->watcher.result();
        ConnectorExportResult result;
        result.ok = outcome.ok;
        result.path = target.path;
        if (outcome.ok) {
            const QString file = QDir::toNativeSeparators(target.path);
            result.message =
                target.plain
                    ? tr("Connector file written to %1 (the password in the clear, as asked; mode 0600).")
                          .arg(file)
                    : tr("Connector file written to %1 (the password encrypted with the passphrase; mode "
                         "0600).")
                          .arg(file);
        } else {
            result.failure = ConnectorExportResult::Failure::Write;
            result.message = outcome.error;
        }
        finish(result);
    });
    m_job->watcher.setFuture(QtConcurrent::run(encryptAndWrite, std::move(config), target));
}

void ConnectorExporter::finish(const ConnectorExportResult &result)
{
    if (result.ok)
        qCDebug(lcConnectorExporter) << "wrote connector file" << result.path;
    else
        qCDebug(lcConnectorExporter) << "connector file not written:" << result.message;
    m_running = false;
    // The watcher's job is over; it goes with the next start() or with this object (not here: this
    // may run inside its own signal).
    emit finished(result);
}
