#include "PlanPreviewReport.h"

#include <QJsonArray>

void PlanPreviewReport::add(const QString &kind, const QString &name, const QString &action,
                            const QString &detail)
{
    actions << PlanPreviewAction{kind, name, action, detail};
}

QJsonObject PlanPreviewReport::toJson() const
{
    QJsonArray actionList;
    for (const PlanPreviewAction &action : actions) {
        QJsonObject item{{QStringLiteral("kind"), action.kind},
                         {QStringLiteral("name"), action.name},
                         {QStringLiteral("action"), action.action}};
        if (!action.detail.isEmpty())
            item.insert(QStringLiteral("detail"), action.detail);
        actionList << item;
    }
    QJsonObject json{{QStringLiteral("actions"), actionList},
                     {QStringLiteral("tasks"), QJsonArray::fromStringList(tasks)},
                     {QStringLiteral("blockers"), QJsonArray::fromStringList(blockers)},
                     {QStringLiteral("exitCode"), exitCode}};
    if (!failure.isEmpty())
        json.insert(QStringLiteral("failure"), failure);
    return json;
}

QString PlanPreviewReport::actionText(const PlanPreviewAction &action)
{
    if (action.action == QLatin1String("create"))
        return tr("create");
    if (action.action == QLatin1String("adopt"))
        return tr("adopt");
    if (action.action == QLatin1String("update"))
        return action.detail.isEmpty() ? tr("update") : tr("update (%1)").arg(action.detail);
    return tr("nothing to do");
}

QString PlanPreviewReport::toText() const
{
    static const char *const marks[] = {"create", "+", "adopt", "=", "update", "~", "none", " "};
    QStringList lines;
    lines << tr("Plan of changes (nothing has been changed):");
    for (const PlanPreviewAction &action : actions) {
        QString mark = QStringLiteral(" ");
        for (int i = 0; i < 8; i += 2) {
            if (action.action == QLatin1String(marks[i]))
                mark = QLatin1String(marks[i + 1]);
        }
        QString line =
            QStringLiteral("  %1 %2 %3: %4").arg(mark, action.kind, action.name, actionText(action));
        if (!action.detail.isEmpty() && action.action != QLatin1String("update"))
            line += QStringLiteral(" — ") + action.detail;
        lines << line;
    }
    if (!tasks.isEmpty()) {
        lines << QString() << tr("What a person will have to do:");
        for (const QString &task : tasks)
            lines << QStringLiteral("  - ") + task;
    }
    if (!blockers.isEmpty()) {
        lines << QString() << tr("What stops the run:");
        for (const QString &blocker : blockers)
            lines << QStringLiteral("  ! ") + blocker;
    }
    if (!failure.isEmpty())
        lines << QString() << tr("The survey did not finish: %1").arg(failure);
    if (blockers.isEmpty() && failure.isEmpty())
        lines << QString() << tr("The run would go through.");
    return lines.join(QLatin1Char('\n'));
}
