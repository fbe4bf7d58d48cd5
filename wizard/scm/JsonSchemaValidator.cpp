#include "JsonSchemaValidator.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace {
// Deeper than any real answer: a $ref cycle must not recurse forever.
constexpr int MaxDepth = 64;

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("absent");
}

bool isInteger(double number)
{
    return number == static_cast<double>(static_cast<qint64>(number));
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("integer"))
        return value.isDouble() && isInteger(value.toDouble());
    if (type == QLatin1String("number"))
        return value.isDouble();
    return typeOf(value) == type;
}

// A short picture of a value for a report: its type, and for enums and formats the value itself
// (enum values and dates are no personal data).
QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString().left(40));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeOf(value);
}

QString joined(const QString &field, const QString &name)
{
    return field.isEmpty() ? name : field + QLatin1Char('.') + name;
}

bool matchesFormat(const QString &text, const QString &format)
{
    if (format == QLatin1String("date"))
        return QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid();
    if (format == QLatin1String("date-time")) {
        static const QRegularExpression shape(
            QStringLiteral(R"(^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$)"));
        return shape.match(text).hasMatch();
    }
    return true; // int32 and others: nothing a string can be checked for here
}
} // namespace

JsonSchemaValidator::JsonSchemaValidator(const QJsonObject &document)
    : m_document(document)
{}

QList<JsonSchemaValidator::Mismatch> JsonSchemaValidator::validate(const QJsonValue &value,
                                                                   const QJsonValue &schema) const
{
    QList<Mismatch> out;
    check(value, schema.toObject(), QString(), 0, &out);
    return out;
}

QJsonObject JsonSchemaValidator::resolve(const QJsonObject &schema) const
{
    QJsonObject current = schema;
    for (int hops = 0; hops < MaxDepth && current.contains(QLatin1String("$ref")); ++hops) {
        const QString ref = current.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return {};
        QJsonValue target = m_document;
        for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
            target = target.toObject().value(QString(part)
                                                 .replace(QLatin1String("~1"), QLatin1String("/"))
                                                 .replace(QLatin1String("~0"), QLatin1String("~")));
        current = target.toObject();
    }
    return current;
}

void JsonSchemaValidator::check(const QJsonValue &value, const QJsonObject &rawSchema, const QString &field,
                                int depth, QList<Mismatch> *out) const
{
    if (depth > MaxDepth)
        return;
    const QJsonObject schema = resolve(rawSchema);
    if (schema.isEmpty())
        return;

    // type: a name, a list of names, or OpenAPI 3.0's nullable
    const QJsonValue typeValue = schema.value(QLatin1String("type"));
    QStringList types;
    if (typeValue.isString())
        types << typeValue.toString();
    for (const QJsonValue &type : typeValue.toArray())
        types << type.toString();
    if (!types.isEmpty() && schema.value(QLatin1String("nullable")).toBool())
        types << QStringLiteral("null");
    if (!types.isEmpty()) {
        bool any = false;
        for (const QString &type : std::as_const(types))
            any = any || hasType(value, type);
        if (!any) {
            out->append({field, types.join(QLatin1String(" or ")), typeOf(value)});
            return; // the rest speaks of a value of the right type
        }
    }
    if (value.isNull() && types.contains(QLatin1String("null")))
        return;

    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    if (!enumValues.isEmpty() && !enumValues.contains(value)) {
        QStringList names;
        for (const QJsonValue &allowed : enumValues)
            names << (allowed.isString() ? allowed.toString() : typeOf(allowed));
        out->append({field, QStringLiteral("one of %1").arg(names.join(QLatin1String(", "))), shown(value)});
    }

    if (value.isString()) {
        const QString text = value.toString();
        const QString format = schema.value(QLatin1String("format")).toString();
        if (!format.isEmpty() && !matchesFormat(text, format))
            out->append({field, QStringLiteral("string (%1)").arg(format), shown(value)});
        if (schema.contains(QLatin1String("minLength")) &&
            text.size() < schema.value(QLatin1String("minLength")).toInt())
            out->append({field,
                         QStringLiteral("at least %1 characters")
                             .arg(schema.value(QLatin1String("minLength")).toInt()),
                         QStringLiteral("%1").arg(text.size())});
        if (schema.contains(QLatin1String("maxLength")) &&
            text.size() > schema.value(QLatin1String("maxLength")).toInt())
            out->append({field,
                         QStringLiteral("at most %1 characters")
                             .arg(schema.value(QLatin1String("maxLength")).toInt()),
                         QStringLiteral("%1").arg(text.size())});
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (schema.contains(QLatin1String("minimum")) &&
            number < schema.value(QLatin1String("minimum")).toDouble())
            out->append({field,
                         QStringLiteral(">= %1").arg(schema.value(QLatin1String("minimum")).toDouble()),
                         QString::number(number)});
        if (schema.contains(QLatin1String("maximum")) &&
            number > schema.value(QLatin1String("maximum")).toDouble())
            out->append({field,
                         QStringLiteral("<= %1").arg(schema.value(QLatin1String("maximum")).toDouble()),
                         QString::number(number)});
    }

    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        if (schema.contains(QLatin1String("minItems")) &&
            items.size() < schema.value(QLatin1String("minItems")).toInt())
            out->append(
                {field,
                 QStringLiteral("at least %1 items").arg(schema.value(QLatin1String("minItems")).toInt()),
                 QStringLiteral("%1 items").arg(items.size())});
        if (schema.contains(QLatin1String("maxItems")) &&
            items.size() > schema.value(QLatin1String("maxItems")).toInt())
            out->append(
                {field,
                 QStringLiteral("at most %1 items").arg(schema.value(QLatin1String("maxItems")).toInt()),
                 QStringLiteral("%1 items").arg(items.size())});
        const QJsonObject itemSchema = schema.value(QLatin1String("items")).toObject();
        if (!itemSchema.isEmpty()) {
            for (qsizetype i = 0; i < items.size(); ++i)
                check(items.at(i), itemSchema, field + QStringLiteral("[%1]").arg(i), depth + 1, out);
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value(QLatin1String("required")).toArray()) {
            if (!object.contains(name.toString()))
                out->append(
                    {joined(field, name.toString()), QStringLiteral("required"), QStringLiteral("absent")});
        }
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                check(object.value(it.key()), it.value().toObject(), joined(field, it.key()), depth + 1, out);
        }
    }

    for (const QJsonValue &part : schema.value(QLatin1String("allOf")).toArray())
        check(value, part.toObject(), field, depth + 1, out);
    for (const QLatin1String keyword : {QLatin1String("oneOf"), QLatin1String("anyOf")}) {
        const QJsonArray choices = schema.value(keyword).toArray();
        if (choices.isEmpty())
            continue;
        bool matched = false;
        for (const QJsonValue &choice : choices) {
            QList<Mismatch> trial;
            check(value, choice.toObject(), field, depth + 1, &trial);
            matched = matched || trial.isEmpty();
        }
        if (!matched)
            out->append(
                {field, QStringLiteral("%1 of %2 schemas").arg(keyword).arg(choices.size()), typeOf(value)});
    }
}
