#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Reads a request's JSON body field by field with SCM's checks; every problem throws ScmFailure
// (400) with a description naming the field, so a handler reads all input before it changes
// anything. Codes: -7 missing, -39 length, -1601 wrong type or value (see the README).
namespace JsonInput {
QJsonObject parseObject(const QByteArray &body);

// `name` is what the error message calls the field, e.g. "organizationDetails.generalDetails.legalName".
QString requiredString(const QJsonObject &object, const QString &key, int maxLength, int minLength = 1,
                       const QString &name = QString());
// A null QString when absent (or JSON null); an empty string when sent empty.
QString optionalString(const QJsonObject &object, const QString &key, int maxLength, int minLength = 0,
                       const QString &name = QString());
std::optional<bool> optionalBool(const QJsonObject &object, const QString &key,
                                 const QString &name = QString());
qint64 requiredInteger(const QJsonObject &object, const QString &key, const QString &name = QString());
std::optional<qint64> optionalInteger(const QJsonObject &object, const QString &key,
                                      const QString &name = QString());
QStringList optionalStringList(const QJsonObject &object, const QString &key,
                               const QString &name = QString());
QJsonObject requiredObject(const QJsonObject &object, const QString &key, const QString &name = QString());
// An ISO 3166-1 alpha-2 code (upper-case, a territory Qt knows).
QString country(const QJsonObject &object, const QString &key, bool required,
                const QString &name = QString());
bool isEmailAddress(const QString &text);

[[noreturn]] void invalidValue(const QString &name, const QString &why = QString());
} // namespace JsonInput
