#include "ConnectorOutput.h"

#include "CommandLine.h"
#include "SecretSources.h"
#include "State.h"
#include "StateStore.h"
#include "StepId.h"
#include "ValuesSheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {
struct ConnectorOutputText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorOutput)
};
} // namespace

ConnectorExportResult ConnectorOutput::writeFileNow(SecretStore &store, const ConnectorConfig &config,
                                                    const ConnectorFileTarget &target)
{
    ConnectorExportResult result;
    result.failure = ConnectorExportResult::Failure::SecretStore;
    result.path = target.path;
    result.message = ConnectorOutputText::tr("The keychain did not answer within 60 seconds.");
    ConnectorExporter exporter(&store);
    QEventLoop loop;
    QObject::connect(&exporter, &ConnectorExporter::finished, &loop,
                     [&](const ConnectorExportResult &answer) {
                         result = answer;
                         loop.quit();
                     });
    exporter.start(config, target);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

std::optional<QString> ConnectorOutput::passphraseFor(const QString &command, const QString &path,
                                                      const QString &passphraseFile)
{
    SecretSpec spec;
    spec.description =
        ConnectorOutputText::tr("a passphrase for the connector file %1").arg(QDir::toNativeSeparators(path));
    spec.file = passphraseFile;
    spec.fileOption = QStringLiteral("--passphrase-file");
    const ResolvedSecret resolved = SecretSources::resolveNow(spec, nullptr);
    if (!resolved.ok()) {
        printText(stderr, ConnectorOutputText::tr(
                              "mpki-setup %1: %2 (or write the password in the clear with --plain)\n")
                              .arg(command, resolved.message));
        return std::nullopt;
    }
    if (resolved.source == ResolvedSecret::Source::Prompt) {
        QString again;
        if (!SecretSources::promptWithoutEcho(ConnectorOutputText::tr("Repeat the passphrase: "), &again) ||
            again != resolved.value) {
            printText(stderr,
                      ConnectorOutputText::tr("mpki-setup %1: the two passphrases differ; nothing was "
                                              "written.\n")
                          .arg(command));
            return std::nullopt;
        }
    }
    if (resolved.value.isEmpty()) {
        printText(stderr, ConnectorOutputText::tr("mpki-setup %1: the passphrase is empty.\n").arg(command));
        return std::nullopt;
    }
    return resolved.value;
}

QString ConnectorOutput::targetProblem(const QString &path, const QString &stateDirectory, bool connectorFile,
                                       bool force)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isSymLink())
        return ConnectorOutputText::tr("%1 is a symbolic link; give the file itself.").arg(shown);
    // Compared through the real directories: "st/../st/state.json" is state.json too.
    const QString real =
        QFileInfo(info.absolutePath()).canonicalFilePath() + QLatin1Char('/') + info.fileName();
    const QString stateReal = QDir(stateDirectory).canonicalPath();
    for (const QString &own :
         {StateStore::stateFileName(), StateStore::journalFileName(), StateStore::lockFileName()}) {
        if (!stateReal.isEmpty() && real == stateReal + QLatin1Char('/') + own)
            return ConnectorOutputText::tr("%1 is the state directory's own file; write somewhere else.")
                .arg(shown);
    }
    if (!connectorFile || force || !info.exists())
        return QString();
    // Replacing an earlier connector file is what export is for; anything else needs --force.
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(existing.read(4 * 1024 * 1024)).object();
        if (object.value(QStringLiteral("format"))
                .toString()
                .startsWith(QLatin1String("mpki-setup.connector/")))
            return QString();
    }
    return ConnectorOutputText::tr("%1 exists and is not a connector file; give --force to replace it.")
        .arg(shown);
}

bool ConnectorOutput::isSheetPath(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
}

bool ConnectorOutput::writeSheet(const ConnectorConfig &config, const State &state, const QString &path,
                                 const QString &language, QString *error)
{
    ValuesSheet values(config, {language, false});
    const QJsonObject gateway =
        state.step(StepId::Connector).details.value(QStringLiteral("gateway")).toObject();
    if (!gateway.isEmpty()) {
        GatewayApplyResult result;
        result.summary = gateway.value(QStringLiteral("summary")).toString();
        values.setGatewayResult(result);
    }
    return values.write(path, error);
}
