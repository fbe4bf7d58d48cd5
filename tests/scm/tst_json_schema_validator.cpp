// JsonSchemaValidator: known-good and known-bad bodies against small schemas and against the shipped
// document of Sectigo's API (resources/scm/sectigo-schemas.json).
#include "JsonSchemaValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
QJsonValue parse(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject shippedDocument()
{
    QFile file(QStringLiteral(MPKI_SOURCE_DIR "/resources/scm/sectigo-schemas.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList fields(const QList<JsonSchemaValidator::Mismatch> &mismatches)
{
    QStringList out;
    for (const JsonSchemaValidator::Mismatch &mismatch : mismatches)
        out << mismatch.field;
    return out;
}
} // namespace

class TestJsonSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void keywords_data();
    void keywords();
    void shippedAdminDetail();
    void refCycleEnds();
};

void TestJsonSchemaValidator::keywords_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("mismatchFields");

    const QByteArray object = R"({"type":"object","required":["id","status"],"properties":{
        "id":{"type":"integer"},"status":{"type":"string","enum":["VALIDATED","PENDING"]},
        "reseted":{"type":"string","format":"date"},"when":{"type":"string","format":"date-time"},
        "note":{"type":["string","null"]},"tags":{"type":"array","minItems":1,"maxItems":2,
        "items":{"type":"string"}}}})";
    QTest::newRow("good") << object << QByteArray(R"({"id":3,"status":"PENDING","reseted":"2025-01-31",
                             "when":"2025-01-31T10:00:00Z","note":null,"tags":["a"],"extra":true})")
                          << QStringList();
    QTest::newRow("required absent") << object << QByteArray(R"({"id":3})") << QStringList{"status"};
    QTest::newRow("wrong type") << object << QByteArray(R"({"id":"3","status":"PENDING"})")
                                << QStringList{"id"};
    QTest::newRow("integer with a fraction")
        << object << QByteArray(R"({"id":3.5,"status":"PENDING"})") << QStringList{"id"};
    QTest::newRow("enum") << object << QByteArray(R"({"id":3,"status":"validated"})")
                          << QStringList{"status"};
    QTest::newRow("date as boolean") << object << QByteArray(R"({"id":3,"status":"PENDING","reseted":true})")
                                     << QStringList{"reseted"};
    QTest::newRow("date badly formed")
        << object << QByteArray(R"({"id":3,"status":"PENDING","reseted":"31.01.2025"})")
        << QStringList{"reseted"};
    QTest::newRow("date-time badly formed")
        << object << QByteArray(R"({"id":3,"status":"PENDING","when":"yesterday"})") << QStringList{"when"};
    QTest::newRow("null not allowed")
        << object << QByteArray(R"({"id":null,"status":"PENDING"})") << QStringList{"id"};
    QTest::newRow("minItems") << object << QByteArray(R"({"id":1,"status":"PENDING","tags":[]})")
                              << QStringList{"tags"};
    QTest::newRow("maxItems") << object << QByteArray(R"({"id":1,"status":"PENDING","tags":["a","b","c"]})")
                              << QStringList{"tags"};
    QTest::newRow("item type") << object << QByteArray(R"({"id":1,"status":"PENDING","tags":[1]})")
                               << QStringList{"tags[0]"};
    QTest::newRow("nullable") << QByteArray(R"({"type":"string","nullable":true})") << QByteArray("[null]")
                              << QStringList();
    QTest::newRow("not nullable") << QByteArray(R"({"type":"string"})") << QByteArray("[null]")
                                  << QStringList{""};
    const QByteArray choice = R"({"oneOf":[{"type":"integer"},{"type":"string"}]})";
    QTest::newRow("oneOf good") << QByteArray(R"({"type":"array","items":)" + choice + "}")
                                << QByteArray(R"([1,"a"])") << QStringList();
    QTest::newRow("oneOf bad") << QByteArray(R"({"type":"array","items":)" + choice + "}")
                               << QByteArray(R"([true])") << QStringList{"[0]"};
    QTest::newRow("allOf") << QByteArray(R"({"allOf":[{"required":["a"]},{"required":["b"]}]})")
                           << QByteArray(R"({"a":1})") << QStringList{"b"};
}

void TestJsonSchemaValidator::keywords()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QStringList, mismatchFields);
    const JsonSchemaValidator validator{QJsonObject()};
    QJsonValue subject = parse(value.constData());
    if (value == "[null]")
        subject = QJsonValue(QJsonValue::Null);
    QCOMPARE(fields(validator.validate(subject, parse(schema.constData()))), mismatchFields);
}

void TestJsonSchemaValidator::shippedAdminDetail()
{
    const QJsonObject document = shippedDocument();
    QVERIFY(!document.isEmpty());
    const JsonSchemaValidator validator(document);
    const QJsonValue schema = parse(R"({"$ref":"#/components/schemas/ClientAdminDetailsResponse"})");
    QCOMPARE(validator.validate(parse(R"({"id":7,"login":"a","type":"API","reseted":"2025-02-01"})"), schema)
                 .size(),
             0);
    const QList<JsonSchemaValidator::Mismatch> bad =
        validator.validate(parse(R"({"id":7,"login":"a","type":"ROBOT","reseted":true})"), schema);
    QCOMPARE(fields(bad), (QStringList{"reseted", "type"}));
    for (const JsonSchemaValidator::Mismatch &mismatch : bad) {
        if (mismatch.field == QLatin1String("type")) {
            QVERIFY(mismatch.expected.contains(QLatin1String("API")));
            QCOMPARE(mismatch.seen, QStringLiteral("\"ROBOT\""));
        } else {
            QCOMPARE(mismatch.seen, QStringLiteral("boolean"));
        }
    }
}

void TestJsonSchemaValidator::refCycleEnds()
{
    const QJsonObject document = parse(R"({"components":{"schemas":{"A":{"$ref":"#/components/schemas/B"},
                 "B":{"$ref":"#/components/schemas/A"},
                 "Tree":{"type":"object","properties":{"child":{"$ref":"#/components/schemas/Tree"}}}}}})")
                                     .toObject();
    const JsonSchemaValidator validator(document);
    QCOMPARE(validator.validate(parse(R"({"x":1})"), parse(R"({"$ref":"#/components/schemas/A"})")).size(),
             0);
    QCOMPARE(fields(validator.validate(parse(R"({"child":{"child":{"child":1}}})"),
                                       parse(R"({"$ref":"#/components/schemas/Tree"})"))),
             QStringList{"child.child.child"});
    QCOMPARE(validator.validate(parse(R"({"x":1})"), parse(R"({"$ref":"#/nowhere"})")).size(), 0);
}

QTEST_GUILESS_MAIN(TestJsonSchemaValidator)
#include "tst_json_schema_validator.moc"
