#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// The canonical serialisation the connector file binds as associated data (docs/connector-file.md):
// object members sorted by key (UTF-16 code units, as RFC 8785), no whitespace, UTF-8, strings with
// only '"', '\\' and control characters escaped (\b \t \n \f \r, else \u00xx), integral numbers
// without fraction or exponent. A JSON parser and this function together give the same bytes for
// the same values, whatever the whitespace or member order of the file.
namespace CanonicalJson {
QByteArray serialize(const QJsonValue &value);
QByteArray serialize(const QJsonObject &object);
} // namespace CanonicalJson
