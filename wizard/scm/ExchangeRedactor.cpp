#include "ExchangeRedactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// Fields whose values are vocabulary of SCM's, not data about people or organisations.
bool isVocabularyField(const QString &key)
{
    static const QSet<QString> fields{
        QStringLiteral("status"),
        QStringLiteral("type"),
        QStringLiteral("role"),
        QStringLiteral("roles"),
        QStringLiteral("privileges"),
        QStringLiteral("certTypes"),
        QStringLiteral("validationLevel"),
        QStringLiteral("validationStatus"),
        QStringLiteral("dcvStatus"),
        QStringLiteral("orderStatus"),
        QStringLiteral("dcvMethod"),
        QStringLiteral("passwordState"),
        QStringLiteral("permittedCertTypes"),
        QStringLiteral("country"),
        QStringLiteral("identityType"),
        QStringLiteral("mandatory"),
        QStringLiteral("certType"),
        QStringLiteral("keyTypes"),
        QStringLiteral("terms"),
        QStringLiteral("domainCertificateRequestPrivileges"),
    };
    return fields.contains(key);
}

bool looksLikeDateOrEnum(const QString &text)
{
    static const QRegularExpression date(
        QStringLiteral(R"(^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$)"));
    static const QRegularExpression enumValue(QStringLiteral(R"(^[A-Z][A-Z0-9_]*$)"));
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+$)"));
    return date.match(text).hasMatch() || enumValue.match(text).hasMatch() || number.match(text).hasMatch();
}

const QSet<QString> &pagingKeys()
{
    static const QSet<QString> keys{QStringLiteral("size"),           QStringLiteral("position"),
                                    QStringLiteral("organizationId"), QStringLiteral("orgId"),
                                    QStringLiteral("certType"),       QStringLiteral("role"),
                                    QStringLiteral("roles"),          QStringLiteral("status")};
    return keys;
}
} // namespace

ExchangeRedactor::ExchangeRedactor(const QStringList &keptNames)
{
    for (const QString &name : keptNames) {
        if (!name.isEmpty())
            m_keptNames.insert(name.toLower());
    }
}

QString ExchangeRedactor::placeholder(qsizetype length)
{
    return QStringLiteral("<string:%1>").arg(length);
}

bool ExchangeRedactor::isPlaceholder(const QString &text, qsizetype *length)
{
    static const QRegularExpression shape(QStringLiteral(R"(^<string:(\d+)>$)"));
    const QRegularExpressionMatch match = shape.match(text);
    if (match.hasMatch() && length)
        *length = match.captured(1).toLongLong();
    return match.hasMatch();
}

QString ExchangeRedactor::text(const QString &text, const QString &key) const
{
    if (text.isEmpty())
        return text;
    // An e-mail address goes in every case, also in a vocabulary field or equal to a kept name.
    if (text.contains(QLatin1Char('@')))
        return placeholder(text.size());
    if (m_keptNames.contains(text.toLower()))
        return text;
    if (isVocabularyField(key) && !text.contains(QLatin1Char(' ')))
        return text;
    if (looksLikeDateOrEnum(text))
        return text;
    return placeholder(text.size());
}

QJsonValue ExchangeRedactor::value(const QJsonValue &value, const QString &key) const
{
    if (value.isString())
        return text(value.toString(), key);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(this->value(item, key)); // list items take their list's field name
        return out;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), this->value(it.value(), it.key()));
        return out;
    }
    return value; // numbers, booleans, null
}

QJsonValue ExchangeRedactor::body(const QJsonValue &value) const
{
    return this->value(value, QString());
}

QList<QPair<QString, QString>> ExchangeRedactor::query(const QList<QPair<QString, QString>> &query) const
{
    QList<QPair<QString, QString>> out;
    for (const auto &[key, value] : query) {
        if (pagingKeys().contains(key) && !value.contains(QLatin1Char('@')))
            out.append({key, value});
        else
            out.append({key, text(value, QString())});
    }
    return out;
}
