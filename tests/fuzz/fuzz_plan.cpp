// libFuzzer target: a plan file as bytes → Plan::fromJson → Plan::validate (PlanValidator). A plan
// comes from a person or a script and is parsed before anything else is checked, so any input must
// give a plan or an error message, never a crash, a hang or undefined behaviour.
#include "Plan.h"
#include "PlanValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
// The value at a field path ("organization.country", "domains[].name": the first item of a list).
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const bool item = part.endsWith(QLatin1String("[]"));
        value = value.toObject().value(item ? part.chopped(2) : part);
        if (item)
            value = value.toArray().at(0);
    }
    return value;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Plan plan;
    QString error;
    if (!Plan::fromJson(bytes, &plan, &error, QStringLiteral("fuzz.json"))) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    const QList<PlanIssue> issues = plan.validate();
    for (const PlanIssue &issue : issues) {
        if (issue.message.isEmpty())
            __builtin_trap();
    }
    // Every field rule on every value the input holds, as the wizard's pages check them one by one.
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    for (const QString &field : PlanValidator::fieldPaths())
        PlanValidator::checkField(field, valueAt(object, field));
    // What the plan writes back must read again (the wizard saves plans it made).
    Plan again;
    if (issues.isEmpty() && !Plan::fromJsonObject(plan.toJson(), &again, &error))
        __builtin_trap();
    return 0;
}
