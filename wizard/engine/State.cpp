#include "State.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {
struct StatusInfo
{
    StepStatus status;
    const char *name;
    const char *displayName;
};

const StatusInfo statusInfos[] = {
    {StepStatus::Pending, "pending", QT_TRANSLATE_NOOP("StepStatus", "pending")},
    {StepStatus::Running, "running", QT_TRANSLATE_NOOP("StepStatus", "running")},
    {StepStatus::Waiting, "waiting", QT_TRANSLATE_NOOP("StepStatus", "waiting")},
    {StepStatus::Done, "done", QT_TRANSLATE_NOOP("StepStatus", "done")},
    {StepStatus::Failed, "failed", QT_TRANSLATE_NOOP("StepStatus", "failed")},
};

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QDateTime timeFromJson(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}
// Gives the free functions of this file a translation context that lupdate sees.
struct StateText
{
    Q_DECLARE_TR_FUNCTIONS(State)
};

} // namespace

namespace StepStatuses {
QString name(StepStatus status)
{
    for (const StatusInfo &info : statusInfos) {
        if (info.status == status)
            return QString::fromLatin1(info.name);
    }
    return QString();
}

bool fromName(const QString &name, StepStatus *status)
{
    for (const StatusInfo &info : statusInfos) {
        if (name == QLatin1String(info.name)) {
            if (status)
                *status = info.status;
            return true;
        }
    }
    return false;
}

QString displayName(StepStatus status)
{
    for (const StatusInfo &info : statusInfos) {
        if (info.status == status)
            return QCoreApplication::translate("StepStatus", info.displayName);
    }
    return QString();
}
} // namespace StepStatuses

void StepState::setStatus(StepStatus newStatus, const QString &newMessage, const QDateTime &now)
{
    if (newStatus == StepStatus::Running && status != StepStatus::Running)
        started = now;
    if (newStatus == StepStatus::Done || newStatus == StepStatus::Failed)
        finished = now;
    status = newStatus;
    message = newMessage;
    updated = now;
}

QJsonObject StepState::toJson() const
{
    return QJsonObject{{QStringLiteral("status"), StepStatuses::name(status)},
                       {QStringLiteral("started"), timeToJson(started)},
                       {QStringLiteral("updated"), timeToJson(updated)},
                       {QStringLiteral("finished"), timeToJson(finished)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("ids"), ids},
                       {QStringLiteral("details"), details}};
}

StepState StepState::fromJson(const QJsonObject &json)
{
    StepState step;
    StepStatuses::fromName(json.value(QStringLiteral("status")).toString(), &step.status);
    step.started = timeFromJson(json.value(QStringLiteral("started")));
    step.updated = timeFromJson(json.value(QStringLiteral("updated")));
    step.finished = timeFromJson(json.value(QStringLiteral("finished")));
    step.message = json.value(QStringLiteral("message")).toString();
    step.ids = json.value(QStringLiteral("ids")).toObject();
    step.details = json.value(QStringLiteral("details")).toObject();
    return step;
}

bool StepState::operator==(const StepState &other) const
{
    return toJson() == other.toJson();
}

bool State::allDone() const
{
    return std::all_of(m_steps.begin(), m_steps.end(),
                       [](const StepState &step) { return step.status == StepStatus::Done; });
}

bool State::needsDone(StepId id) const
{
    const QList<StepId> &needs = Steps::needs(id);
    return std::all_of(needs.begin(), needs.end(),
                       [this](StepId need) { return step(need).status == StepStatus::Done; });
}

QString State::passwordDetailKey(PasswordHolder holder)
{
    return holder == PasswordHolder::Admin ? QStringLiteral("adminPassword")
                                           : QStringLiteral("operatorPassword");
}

void State::recordPasswordExpiry(StepId recordedBy, PasswordHolder holder, const PasswordExpiry &expiry)
{
    QJsonObject record{{QStringLiteral("login"), expiry.login},
                       {QStringLiteral("expires"), expiry.expires.isValid()
                                                       ? QJsonValue(expiry.expires.toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("state"), expiry.state},
                       {QStringLiteral("checked"), timeToJson(expiry.checked)}};
    step(recordedBy).details.insert(passwordDetailKey(holder), record);
}

std::optional<PasswordExpiry> State::passwordExpiry(PasswordHolder holder) const
{
    std::optional<PasswordExpiry> latest;
    const QString key = passwordDetailKey(holder);
    for (const StepState &s : m_steps) {
        const QJsonValue value = s.details.value(key);
        if (!value.isObject())
            continue;
        const QJsonObject record = value.toObject();
        PasswordExpiry expiry;
        expiry.login = record.value(QStringLiteral("login")).toString();
        expiry.expires = QDate::fromString(record.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        expiry.state = record.value(QStringLiteral("state")).toString();
        expiry.checked = timeFromJson(record.value(QStringLiteral("checked")));
        if (!latest ||
            (expiry.checked.isValid() && (!latest->checked.isValid() || expiry.checked >= latest->checked)))
            latest = expiry;
    }
    return latest;
}

QJsonObject State::toJson() const
{
    QJsonObject steps;
    for (StepId id : Steps::all())
        steps.insert(Steps::name(id), step(id).toJson());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("mpki-setup-state")},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("plan"),
         QJsonObject{{QStringLiteral("path"), planPath}, {QStringLiteral("fingerprint"), planFingerprint}}},
        {QStringLiteral("created"), timeToJson(created)},
        {QStringLiteral("updated"), timeToJson(updated)},
        {QStringLiteral("steps"), steps}};
}

bool State::fromJson(const QJsonObject &json, State *state, QString *error)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("mpki-setup-state")) {
        if (error)
            *error = StateText::tr("This is not an mpki-setup state file.");
        return false;
    }
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > formatVersion) {
        if (error)
            *error = StateText::tr("The state was written by a version of mpki-setup this one does not read "
                                   "(format %1; this one reads %2).")
                         .arg(QString::number(version), QString::number(formatVersion));
        return false;
    }
    State result;
    const QJsonObject plan = json.value(QStringLiteral("plan")).toObject();
    result.planPath = plan.value(QStringLiteral("path")).toString();
    result.planFingerprint = plan.value(QStringLiteral("fingerprint")).toString();
    result.created = timeFromJson(json.value(QStringLiteral("created")));
    result.updated = timeFromJson(json.value(QStringLiteral("updated")));
    const QJsonObject steps = json.value(QStringLiteral("steps")).toObject();
    for (StepId id : Steps::all())
        result.step(id) = StepState::fromJson(steps.value(Steps::name(id)).toObject());
    *state = result;
    return true;
}

bool State::operator==(const State &other) const
{
    return toJson() == other.toJson();
}
