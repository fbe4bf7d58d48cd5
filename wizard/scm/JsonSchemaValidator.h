#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Checks a JSON value against a JSON Schema (the subset the shipped OpenAPI document of Sectigo's
// API uses: type, including arrays of types and nullable; properties, required, items, enum,
// minItems/maxItems, minLength/maxLength, minimum/maximum, format date/date-time, $ref into the
// same document, allOf/oneOf/anyOf). Unknown keywords are ignored: a loose check, never a false
// mismatch for what the subset cannot express.
class JsonSchemaValidator
{
public:
    struct Mismatch
    {
        QString field;    // JSON pointer-like path into the value, e.g. "[0].reseted"; "" for the root
        QString expected; // e.g. "string (date)", "one of VALIDATED, PENDING", "required"
        QString seen;     // e.g. "boolean", "absent", "\"Foo\""
    };

    // `document` is the whole document that "#/..." references resolve in.
    explicit JsonSchemaValidator(const QJsonObject &document);

    QList<Mismatch> validate(const QJsonValue &value, const QJsonValue &schema) const;

private:
    void check(const QJsonValue &value, const QJsonObject &schema, const QString &field, int depth,
               QList<Mismatch> *out) const;
    QJsonObject resolve(const QJsonObject &schema) const;

    QJsonObject m_document;
};
