#pragma once

#include "StepId.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>

enum class StepStatus
{
    Pending,
    Running,
    Waiting,
    Done,
    Failed
};

namespace StepStatuses {
QString name(StepStatus status); // "pending", "running", "waiting", "done", "failed"
bool fromName(const QString &name, StepStatus *status);
QString displayName(StepStatus status); // translated
} // namespace StepStatuses

// Where one step is. `ids` are the SCM objects it found or made (keys the steps choose, e.g.
// "organization", "department", "validation", "domains" {name: id}, "operator"); `details` is what
// else it learned (DCV records to publish, password expiry, connector values). No secret, ever.
struct StepState
{
    StepStatus status = StepStatus::Pending;
    QDateTime started;  // when it last went to running
    QDateTime updated;  // last change of anything here
    QDateTime finished; // when it last went to done or failed
    QString message;    // what a person reads: what happened, what to do
    QJsonObject ids;
    QJsonObject details;

    // Sets status and message and the times that go with them (started on running, finished on
    // done / failed, updated always).
    void setStatus(StepStatus newStatus, const QString &newMessage, const QDateTime &now);

    QJsonObject toJson() const;
    static StepState fromJson(const QJsonObject &json);
    bool operator==(const StepState &other) const;
};

// Whose password expiry a step recorded.
enum class PasswordHolder
{
    Admin,
    Operator
};

struct PasswordExpiry
{
    QString login;
    QDate expires;     // invalid when SCM gave none (e.g. NEVER_EXPIRE)
    QString state;     // ALIVE | EXPIRED | NEVER_EXPIRE
    QDateTime checked; // when it was read
};

// The progress of one procedure: persisted by StateStore as <dir>/state.json. Holds no secret.
class State
{
public:
    static constexpr int formatVersion = 1;

    StepState &step(StepId id) { return m_steps[size_t(Steps::index(id))]; }
    const StepState &step(StepId id) const { return m_steps[size_t(Steps::index(id))]; }

    QString planPath;        // absolute path of the plan file, empty when the wizard made the plan
    QString planFingerprint; // Plan::fingerprint() of the plan the steps ran with
    QDateTime created;
    QDateTime updated;

    bool allDone() const;
    // Whether every step that `id` needs (Steps::needs) is done, i.e. `id` may start.
    bool needsDone(StepId id) const;

    // Password expiry, kept in the recording step's details under "adminPassword" /
    // "operatorPassword" ({login, expires: "YYYY-MM-DD", state, checked}).
    void recordPasswordExpiry(StepId recordedBy, PasswordHolder holder, const PasswordExpiry &expiry);
    // The most recently checked record of that holder over all steps.
    std::optional<PasswordExpiry> passwordExpiry(PasswordHolder holder) const;
    static QString passwordDetailKey(PasswordHolder holder); // "adminPassword" | "operatorPassword"

    QJsonObject toJson() const;
    // False with a translated *error when the object is not a state of a version this build reads.
    static bool fromJson(const QJsonObject &json, State *state, QString *error);
    bool operator==(const State &other) const;

private:
    std::array<StepState, Steps::count> m_steps;
};
