#pragma once

#include "Journal.h"
#include "Plan.h"
#include "State.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The onboarding report: one document for the change record of an onboarding — who ran it and
// when, against which SCM and customer URI, what was created or adopted there (organisation,
// validation, domains, operator) with ids, statuses and dates, what a person did by hand, the
// expiry dates that matter, the gateway's values and the changes sent to SCM. Built only from what
// a run keeps in its state directory (state.json, journal.jsonl) and from the plan, none of which
// holds a secret, and never from the secret store: so it cannot contain a password or a token. All
// its words are translated (the interface's language); ids and dates are written so that a search
// finds them (ISO 8601, no digit grouping).
class OnboardingReport
{
    Q_DECLARE_TR_FUNCTIONS(OnboardingReport)

public:
    // Reads the state directory without its lock (a run may hold it): state.json, the journal
    // beside it, and the plan file the state names (or, for a run the wizard made, the plan the
    // wizard keeps beside the state); a plan that is gone or changed is said in the report. The
    // state directory's owner is taken as the OS user who ran the onboarding. nullopt with a
    // translated *error when there is no readable state.
    static std::optional<OnboardingReport> fromStateDirectory(const QString &directory, QString *error);
    // The same for a state held in memory (the wizard's, which may be newer than its file); the
    // journal, the plan and the owner still come from `directory`.
    static OnboardingReport fromState(const State &state, const QString &directory);

    explicit OnboardingReport(const State &state);

    // The run's journal (Journal::read): what was created (a 201 with its id) and what SCM refused.
    // Without one the report says that it cannot tell created from adopted.
    void setJournal(const QList<JournalEntry> &journal);

    // The plan the run used, when the caller holds it (the wizard); `origin` says where it is from.
    // Replaces any plan found by fromStateDirectory().
    void setPlan(const Plan &plan, const QString &origin);
    // What was found out about the plan (gone, changed since the run); shown under the run.
    void addPlanNote(const QString &note);
    void setStateDirectory(const QString &directory);
    // The OS user who ran the onboarding (empty: not known).
    void setRunBy(const QString &osUser);
    // Who writes the report and when (defaults: the current OS user, now).
    void setWrittenBy(const QString &osUser, const QDateTime &when);

    QString title() const;
    QString toHtml() const;

    // .html (UTF-8) or .pdf (needs a QGuiApplication), by the path's suffix; written atomically
    // with every result checked: after a failure the old file is whole and *error names the file.
    bool write(const QString &path, QString *error) const;
    // Whether write() knows the path's format (.pdf, .html, .htm).
    static bool isSupportedPath(const QString &path);

    // The login name of the user this process runs as.
    static QString currentOsUser();
    // Where the wizard keeps the plan it made, beside the state: "wizard-plan.json".
    static QString wizardPlanFileName();

private:
    QString runSection() const;
    QString objectsSection() const;
    QString manualSection() const;
    QString expirySection() const;
    QString gatewaySection() const;
    QString stepsSection() const;
    QString journalSection() const;

    QString adminLogin() const;
    QString operatorLogin() const;
    QString scmBaseUrl() const;
    QString customerUri() const;
    // Whether the journal shows a 201 that made the object with this id.
    bool createdByJournal(qint64 id) const;
    QString createdOrAdopted(bool created, qint64 id) const;

    State m_state;
    QList<JournalEntry> m_journal;
    bool m_hasJournal = false; // a journal was given (it may be empty: nothing was changed)
    std::optional<Plan> m_plan;
    QString m_planOrigin;
    QStringList m_planNotes;
    QString m_stateDirectory;
    QString m_runBy;
    QString m_writtenBy;
    QDateTime m_writtenAt;
};
