#pragma once

#include "ConnectorConfig.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class SecretStore;
class State;

// Where and how to write one connector file.
struct ConnectorFileTarget
{
    QString path;
    QString passphrase; // encrypts the operator's password; ignored when plain
    bool plain = false; // the password in the clear (only when the person asked for it)
};

// How one export ended. `message` is translated: what was written, or why nothing was.
struct ConnectorExportResult
{
    enum class Failure
    {
        None,
        NotAssembled, // the connector step has not assembled the values (or they are damaged)
        NoPassword,   // the secret store holds no current password of the operator
        SecretStore,  // the secret store could not be asked
        Write,        // encrypting or writing the file failed; an old file is left as it was
    };
    bool ok = false;
    Failure failure = Failure::None;
    QString path;
    QString message;
};
Q_DECLARE_METATYPE(ConnectorExportResult)

// The one writer of the connector file (run --export, the export command, the wizard): takes the
// values the connector step assembled (no password), reads the operator's current password from the
// secret store, and encrypts and writes the file off the calling thread — scrypt takes a noticeable
// moment, which must never freeze the wizard. One export at a time per object; finished() follows
// every accepted start() exactly once, never from inside start(). Destroying the exporter drops a
// result not yet delivered (a write already under way still completes or fails as a whole).
class ConnectorExporter : public QObject
{
    Q_OBJECT
public:
    // `secrets` must outlive this exporter.
    explicit ConnectorExporter(SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectorExporter() override;

    // The values the connector step assembled in `state`, without the password; nullopt with a
    // translated reason in *error when there are none yet or they are damaged.
    static std::optional<ConnectorConfig> assembledConfig(const State &state, QString *error);

    // Writes the file for the values in `state` (see assembledConfig) or for `config` (its password,
    // if any, is replaced by the secret store's). False, and nothing happens, while an export runs.
    bool start(const State &state, const ConnectorFileTarget &target);
    bool start(const ConnectorConfig &config, const ConnectorFileTarget &target);
    bool isRunning() const { return m_running; }

signals:
    void finished(const ConnectorExportResult &result);

private:
    struct Job;
    void write(ConnectorConfig config, const ConnectorFileTarget &target);
    void finish(const ConnectorExportResult &result);

    SecretStore *m_secrets;
    bool m_running = false;
    std::unique_ptr<Job> m_job;
};
