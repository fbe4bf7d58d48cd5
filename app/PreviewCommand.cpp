// mpki-setup preview --plan FILE [--json]: what a run would do, before anything is done. Signs in as
// the plan's admin (its password found as `run` finds it), reads, and only reads, and prints the
// plan of changes (engine: PlanPreview).
#include "CommandLine.h"
#include "Commands.h"

#include "KeychainSecretStore.h"
#include "Plan.h"
#include "PlanPreview.h"
#include "PlanPreviewReport.h"
#include "ScmClient.h"
#include "ScmTransport.h"
#include "SecretSources.h"
#include "TrustedCertificates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTimer>

#include <memory>

namespace {
// Gives the free functions of this file a translation context that lupdate sees.
struct PreviewCommandText
{
    Q_DECLARE_TR_FUNCTIONS(PreviewCommand)
};

// The whole survey's cap: the transport bounds each call and its retries; this bounds their sum.
constexpr int surveyDeadlineMs = 300 * 1000;

int failWith(int code, const QString &message, bool json)
{
    if (json) {
        printText(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("failure"), message},
                                                                      {QStringLiteral("exitCode"), code}})
                                                .toJson(QJsonDocument::Compact)));
    }
    printText(stderr, QStringLiteral("mpki-setup preview: %1").arg(message));
    return code;
}
} // namespace

int previewCommand(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("preview"),
        PreviewCommandText::tr(
            "Shows what `run` would do with the plan, changing nothing: signs in as the plan's admin, reads "
            "the organisation, its validation, the domains, the operator and the S/MIME profiles, and lists "
            "for each object create, adopt, update or nothing to do, what a person will have to do, and what "
            "would stop the run. Exit codes: 0 the run would go through, 2 the plan is wrong, 4 SCM refuses "
            "something the run needs, 5 network/TLS failure, 1 anything else."));
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        PreviewCommandText::tr("The plan file (JSON)."),
                                        PreviewCommandText::tr("FILE"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        PreviewCommandText::tr(
            "One JSON object: {\"actions\": [{kind, name, action}], \"tasks\", \"blockers\"}."));
    const QCommandLineOption passwordOption(
        QStringLiteral("password-file"),
        PreviewCommandText::tr("The admin's password (first line of the file)."),
        PreviewCommandText::tr("FILE"));
    const QCommandLineOption caOption(QStringLiteral("ca-cert"),
                                      PreviewCommandText::tr("Also trust this CA certificate (PEM or DER)."),
                                      PreviewCommandText::tr("FILE"));
    parser.addOptions({planOption, jsonOption, passwordOption, caOption});
    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    const bool json = parser.isSet(jsonOption);
    if (!parser.isSet(planOption))
        return failWith(ExitCode::BadInput, PreviewCommandText::tr("--plan FILE is required."), json);

    Plan plan;
    QString error;
    QStringList warnings;
    if (!Plan::load(QFileInfo(parser.value(planOption)).absoluteFilePath(), &plan, &error, &warnings))
        return failWith(ExitCode::BadInput, error, json);
    // On stderr only: with --json, stdout is one JSON document.
    for (const QString &warning : std::as_const(warnings))
        printText(stderr, PreviewCommandText::tr("mpki-setup preview: warning: %1\n").arg(warning));
    const QList<PlanIssue> issues = plan.validate();
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const PlanIssue &issue : issues)
            lines << QStringLiteral("%1: %2").arg(issue.field, issue.message);
        return failWith(
            ExitCode::BadInput,
            PreviewCommandText::tr("The plan is not valid:\n%1").arg(lines.join(QLatin1Char('\n'))), json);
    }

    QList<QSslCertificate> caCertificates;
    if (parser.isSet(caOption)) {
        caCertificates = TrustedCertificates::readFile(parser.value(caOption), &error);
        if (caCertificates.isEmpty())
            return failWith(ExitCode::BadInput, error, json);
    }

    KeychainSecretStore keychain;
    const QString host = ScmTransport::normaliseBaseUrl(plan.scm.baseUrl).host();
    const ResolvedSecret password =
        SecretSources::resolveNow(SecretSources::adminPassword(host, plan.scm.customerUri, plan.scm.login,
                                                               parser.value(passwordOption)),
                                  &keychain);
    if (!password.ok())
        return failWith(ExitCode::BadInput, password.message, json);

    ScmTransport transport;
    if (!caCertificates.isEmpty())
        transport.addCaCertificates(caCertificates);
    ScmCredentials credentials;
    credentials.baseUrl = ScmTransport::normaliseBaseUrl(plan.scm.baseUrl);
    credentials.customerUri = plan.scm.customerUri;
    credentials.login = plan.scm.login;
    credentials.password = password.value;
    ScmClient admin(&transport, credentials);
    PlanPreview preview(plan, &admin);

    bool finished = false;
    QObject::connect(&preview, &PlanPreview::finished, [&finished] {
        finished = true;
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(surveyDeadlineMs, [] { QCoreApplication::exit(0); });
    preview.start();
    QCoreApplication::exec();
    if (!finished)
        return failWith(
            ExitCode::Network,
            PreviewCommandText::tr("SCM did not answer within %1 seconds.").arg(surveyDeadlineMs / 1000),
            json);

    const PlanPreviewReport &report = preview.report();
    if (json)
        printText(stdout, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    else
        printText(stdout, report.toText());
    if (!report.failure.isEmpty())
        printText(stderr, QStringLiteral("mpki-setup preview: %1").arg(report.failure));
    return report.exitCode;
}
