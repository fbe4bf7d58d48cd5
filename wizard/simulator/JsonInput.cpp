#include "JsonInput.h"

#include "SimulatorHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {
QString nameOf(const QString &key, const QString &name)
{
    return name.isEmpty() ? key : name;
}

[[noreturn]] void missing(const QString &name)
{
    failWith(400, -7, QStringLiteral("%1 is required but missing.").arg(name));
}

void checkLength(const QString &value, int maxLength, int minLength, const QString &name)
{
    if (value.size() > maxLength)
        failWith(400, -39,
                 QStringLiteral("'%1' is too long: %2 characters, at most %3 are allowed.")
                     .arg(name, QString::number(value.size()), QString::number(maxLength)));
    if (value.size() < minLength)
        failWith(400, -39,
                 QStringLiteral("'%1' is too short: %2 characters, at least %3 are required.")
                     .arg(name, QString::number(value.size()), QString::number(minLength)));
}
} // namespace

namespace JsonInput {

void invalidValue(const QString &name, const QString &why)
{
    failWith(400, -1601,
             why.isEmpty() ? QStringLiteral("Field '%1' has invalid value.").arg(name)
                           : QStringLiteral("Field '%1' has invalid value: %2").arg(name, why));
}

QJsonObject parseObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        failWith(400, -7, QStringLiteral("Request body is required but missing."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        failWith(400, -39,
                 QStringLiteral("Malformed JSON in the request body at offset %1: %2.")
                     .arg(QString::number(error.offset), error.errorString()));
    if (!document.isObject())
        failWith(400, -39, QStringLiteral("The request body must be a JSON object."));
    return document.object();
}

QString requiredString(const QJsonObject &object, const QString &key, int maxLength, int minLength,
                       const QString &name)
{
    const QString field = nameOf(key, name);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        missing(field);
    if (!value.isString())
        invalidValue(field, QStringLiteral("a string is expected."));
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        missing(field);
    checkLength(text, maxLength, minLength, field);
    return text;
}

QString optionalString(const QJsonObject &object, const QString &key, int maxLength, int minLength,
                       const QString &name)
{
    const QString field = nameOf(key, name);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        invalidValue(field, QStringLiteral("a string is expected."));
    const QString text = value.toString();
    if (!text.isEmpty())
        checkLength(text, maxLength, minLength, field);
    return text.isNull() ? QStringLiteral("") : text;
}

std::optional<bool> optionalBool(const QJsonObject &object, const QString &key, const QString &name)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    if (value.isString() &&
        (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false")))
        return value.toString() == QLatin1String("true");
    invalidValue(nameOf(key, name), QStringLiteral("true or false is expected."));
}

std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key, const QString &name)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number)
            return qint64(number);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    invalidValue(nameOf(key, name), QStringLiteral("an integer is expected."));
}

qint64 requiredInteger(const QJsonObject &object, const QString &key, const QString &name)
{
    const std::optional<qint64> number = optionalInteger(object, key, name);
    if (!number)
        missing(nameOf(key, name));
    return *number;
}

QStringList optionalStringList(const QJsonObject &object, const QString &key, const QString &name)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        invalidValue(nameOf(key, name), QStringLiteral("an array of strings is expected."));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            invalidValue(nameOf(key, name), QStringLiteral("an array of strings is expected."));
        list << item.toString();
    }
    return list;
}

QJsonObject requiredObject(const QJsonObject &object, const QString &key, const QString &name)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        missing(nameOf(key, name));
    if (!value.isObject())
        invalidValue(nameOf(key, name), QStringLiteral("an object is expected."));
    return value.toObject();
}

QString country(const QJsonObject &object, const QString &key, bool required, const QString &name)
{
    const QString field = nameOf(key, name);
    const QString code =
        required ? requiredString(object, key, 2, 2, field) : optionalString(object, key, 2, 2, field);
    if (code.isEmpty())
        return code;
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    if (!twoLetters.match(code).hasMatch() || QLocale::codeToTerritory(code) == QLocale::AnyTerritory)
        invalidValue(field, QStringLiteral("'%1' is not an ISO 3166-1 alpha-2 country code.").arg(code));
    return code.toUpper();
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression email(
        QStringLiteral("^[A-Za-z0-9._%+'!#$&*/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return text.size() <= 128 && email.match(text).hasMatch();
}

} // namespace JsonInput
