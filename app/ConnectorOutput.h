#pragma once

#include "ConnectorExporter.h"

#include <QString>

#include <optional>

class SecretStore;
class State;

// What `export` and `rotate` both write: the connector file (through the engine's one writer) and
// the values sheet, and the passphrase they ask for. `command` names the command in messages
// ("export", "rotate").
namespace ConnectorOutput {
// Writes the connector file, waiting in a local event loop (at most 60 s: the keychain may show an
// unlock dialog).
ConnectorExportResult writeFileNow(SecretStore &store, const ConnectorConfig &config,
                                   const ConnectorFileTarget &target);

// The passphrase: --passphrase-file, else asked twice without echo on a terminal; never from the
// command line, never waited for without a terminal. nullopt after printing why to stderr.
std::optional<QString> passphraseFor(const QString &command, const QString &path,
                                     const QString &passphraseFile);

// Why export or rotate must not write `path`, empty when it may: a symbolic link (it would write
// wherever that points), one of the state directory's own files (state.json, journal.jsonl, lock),
// or — for the connector file (`connectorFile`) — an existing file that is not a connector file,
// unless `force`. Translated, without the command's name.
QString targetProblem(const QString &path, const QString &stateDirectory, bool connectorFile, bool force);

// Whether a values sheet path ends in .pdf, .html or .htm.
bool isSheetPath(const QString &path);

// Writes the values sheet for `config` in `language`, with the gateway's result recorded in `state`.
// False with a translated *error.
bool writeSheet(const ConnectorConfig &config, const State &state, const QString &path,
                const QString &language, QString *error);
} // namespace ConnectorOutput
