#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What `preview` found: one action per object of the plan (what a run would do to it), the things a
// person will have to do, and what would stop the run. Built by PlanPreview; printed by the command
// line (text or JSON) and shown by the wizard's preview dialog.
struct PlanPreviewAction
{
    QString kind;   // organization | department | validation | domain | delegation | dcv | operator |
                    // password | api-only | profile | admin
    QString name;   // the object's name (organisation, domain, login, profile)
    QString action; // create | adopt | update | none
    QString detail; // what an update changes, or what was seen (translated)
};

struct PlanPreviewReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanPreviewReport)
public:
    QList<PlanPreviewAction> actions;
    QStringList tasks;    // what a person will have to do (translated)
    QStringList blockers; // what stops the run (translated)
    QString failure;      // set when the survey itself could not finish (translated)
    int exitCode = 0;     // EngineExit: 0 the run would go through, 2 plan, 4 refused, 5 network

    void add(const QString &kind, const QString &name, const QString &action,
             const QString &detail = QString());
    // {"actions":[{kind,name,action,detail}], "tasks":[...], "blockers":[...], "exitCode", "failure"}
    QJsonObject toJson() const;
    // A readable list grouped by kind of object, Terraform-style.
    QString toText() const;
    // The translated word for an action ("create", "adopt", "update (…)", "nothing to do").
    static QString actionText(const PlanPreviewAction &action);
};
