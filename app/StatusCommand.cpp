// mpki-setup status --state DIR [--json]: where a procedure stands, read from its state directory
// without taking the lock (a run may hold it), so it works while a run waits.
#include "CommandLine.h"
#include "Commands.h"

#include "Clock.h"
#include "State.h"
#include "StateStore.h"
#include "StepId.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace {
// Gives the free functions of this file a translation context that lupdate sees.
struct StatusCommandText
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
};

// Fewer days than this before a password expires is worth a warning: the gateway stops getting
// certificates the day its operator's password expires.
constexpr qint64 expiryWarningDays = 30;

struct ExpiryReport
{
    QJsonObject json;
    QString line;    // for the terminal
    QString warning; // empty when there is nothing to warn about
};

std::optional<ExpiryReport> reportExpiry(const State &state, PasswordHolder holder, const QDate &today)
{
    const std::optional<PasswordExpiry> expiry = state.passwordExpiry(holder);
    if (!expiry)
        return std::nullopt;
    const bool admin = holder == PasswordHolder::Admin;
    ExpiryReport report;
    report.json.insert(QStringLiteral("login"), expiry->login);
    report.json.insert(QStringLiteral("state"), expiry->state);
    report.json.insert(QStringLiteral("checked"), expiry->checked.isValid()
                                                      ? QJsonValue(expiry->checked.toString(Qt::ISODate))
                                                      : QJsonValue(QJsonValue::Null));
    const QString who = admin ? StatusCommandText::tr("the admin %1").arg(expiry->login)
                              : StatusCommandText::tr("the operator %1").arg(expiry->login);
    if (expiry->state == QLatin1String("NEVER_EXPIRE") || !expiry->expires.isValid()) {
        report.json.insert(QStringLiteral("expires"), QJsonValue(QJsonValue::Null));
        report.line = StatusCommandText::tr("Password of %1: does not expire.").arg(who);
        return report;
    }
    const qint64 daysLeft = today.daysTo(expiry->expires);
    report.json.insert(QStringLiteral("expires"), expiry->expires.toString(Qt::ISODate));
    report.json.insert(QStringLiteral("daysLeft"), daysLeft);
    report.line = StatusCommandText::tr("Password of %1: expires on %2 (%3 days left).")
                      .arg(who, expiry->expires.toString(Qt::ISODate), QString::number(daysLeft));
    if (expiry->state == QLatin1String("EXPIRED") || daysLeft < 0)
        report.warning =
            admin ? StatusCommandText::tr(
                        "The password of %1 has expired (%2): change it in SCM before the next run.")
                        .arg(who, expiry->expires.toString(Qt::ISODate))
                  : StatusCommandText::tr("The password of %1 has expired (%2): the gateway cannot request "
                                          "certificates; set a new one in SCM and on the gateway.")
                        .arg(who, expiry->expires.toString(Qt::ISODate));
    else if (daysLeft < expiryWarningDays)
        report.warning =
            admin
                ? StatusCommandText::tr("The password of %1 expires in %2 days (%3): change it in SCM soon.")
                      .arg(who, QString::number(daysLeft), expiry->expires.toString(Qt::ISODate))
                : StatusCommandText::tr("The password of %1 expires in %2 days (%3): change it in SCM and on "
                                        "the gateway before then, or the gateway stops getting certificates.")
                      .arg(who, QString::number(daysLeft), expiry->expires.toString(Qt::ISODate));
    return report;
}

QString idsText(const QJsonObject &ids)
{
    QStringList parts;
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isObject()) {
            QStringList inner;
            const QJsonObject object = value.toObject();
            for (auto in = object.begin(); in != object.end(); ++in)
                inner << QStringLiteral("%1=%2").arg(in.key(), in.value().toVariant().toString());
            parts << QStringLiteral("%1{%2}").arg(it.key(), inner.join(QLatin1Char(' ')));
        } else if (value.isArray()) {
            parts << QStringLiteral("%1=%2").arg(
                it.key(), QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
        } else {
            parts << QStringLiteral("%1=%2").arg(it.key(), value.toVariant().toString());
        }
    }
    return parts.join(QLatin1Char(' '));
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

int statusCommand(const QStringList &arguments)
{
    const QString description =
        StatusCommandText::tr("Shows where the procedure in a state directory stands: each step's "
                              "status, time, message and SCM ids, and when the passwords of the "
                              "admin and the operator expire.");
    CommandLine commandLine(QStringLiteral("status"), description);
    QCommandLineParser &parser = commandLine.parser();
    const QCommandLineOption stateOption(QStringLiteral("state"),
                                         StatusCommandText::tr("The state directory of a run."),
                                         StatusCommandText::tr("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        StatusCommandText::tr("Print one JSON object instead of text."));
    parser.addOptions({stateOption, jsonOption});

    if (const std::optional<int> finished = commandLine.parse(arguments))
        return *finished;
    const QString directory = parser.value(stateOption);
    if (directory.isEmpty()) {
        printText(stderr,
                  StatusCommandText::tr("mpki-setup status: give the state directory with --state DIR.\n"));
        return ExitCode::BadInput;
    }

    State state;
    QString error;
    if (!StateStore::hasState(directory)) {
        StateStore::read(directory, &state, &error); // for its message
        printText(stderr, StatusCommandText::tr("mpki-setup status: %1\n").arg(error));
        return ExitCode::BadInput;
    }
    if (!StateStore::read(directory, &state, &error)) {
        printText(stderr, StatusCommandText::tr("mpki-setup status: %1\n").arg(error));
        return ExitCode::Other;
    }

    const QDate today = Clock::system()->now().toLocalTime().date();
    QJsonObject expiries;
    QStringList expiryLines;
    QStringList warnings;
    for (PasswordHolder holder : {PasswordHolder::Admin, PasswordHolder::Operator}) {
        const std::optional<ExpiryReport> report = reportExpiry(state, holder, today);
        if (!report)
            continue;
        expiries.insert(holder == PasswordHolder::Admin ? QStringLiteral("admin")
                                                        : QStringLiteral("operator"),
                        report->json);
        expiryLines << report->line;
        if (!report->warning.isEmpty())
            warnings << report->warning;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray steps;
        for (StepId id : Steps::all()) {
            const StepState &step = state.step(id);
            steps.append(QJsonObject{{QStringLiteral("step"), Steps::name(id)},
                                     {QStringLiteral("name"), Steps::displayName(id)},
                                     {QStringLiteral("status"), StepStatuses::name(step.status)},
                                     {QStringLiteral("started"), timeValue(step.started)},
                                     {QStringLiteral("updated"), timeValue(step.updated)},
                                     {QStringLiteral("finished"), timeValue(step.finished)},
                                     {QStringLiteral("message"), step.message},
                                     {QStringLiteral("ids"), step.ids}});
        }
        const QJsonObject document{
            {QStringLiteral("state"), QDir(directory).absolutePath()},
            {QStringLiteral("plan"), QJsonObject{{QStringLiteral("path"), state.planPath},
                                                 {QStringLiteral("fingerprint"), state.planFingerprint}}},
            {QStringLiteral("complete"), state.allDone()},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("passwordExpiry"), expiries},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        printText(stdout, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) +
                              QLatin1Char('\n'));
        return ExitCode::Complete;
    }

    // One aligned line per step: id, status, last change, message, ids.
    int nameWidth = 0;
    int statusWidth = 0;
    for (StepId id : Steps::all()) {
        nameWidth = qMax(nameWidth, int(Steps::name(id).size()));
        statusWidth = qMax(statusWidth, int(StepStatuses::displayName(state.step(id).status).size()));
    }
    QString text;
    for (StepId id : Steps::all()) {
        const StepState &step = state.step(id);
        const QString when = step.updated.isValid()
                                 ? step.updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QStringLiteral("-");
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(Steps::name(id).leftJustified(nameWidth),
                                StepStatuses::displayName(step.status).leftJustified(statusWidth),
                                when.leftJustified(16));
        if (!step.message.isEmpty())
            line += QStringLiteral("  ") + step.message;
        if (!step.ids.isEmpty())
            line += QStringLiteral("  [") + idsText(step.ids) + QLatin1Char(']');
        text += line.trimmed() + QLatin1Char('\n');
    }
    for (const QString &line : std::as_const(expiryLines))
        text += line + QLatin1Char('\n');
    for (const QString &warning : std::as_const(warnings))
        text += StatusCommandText::tr("Warning: %1").arg(warning) + QLatin1Char('\n');
    printText(stdout, text);
    return ExitCode::Complete;
}
