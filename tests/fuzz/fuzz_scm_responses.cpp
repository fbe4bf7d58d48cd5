// libFuzzer target: anything an SCM (or whatever answers in its place) may send. The body goes to every
// ScmTypes::fromJson that takes an object (also to each item when it is a list, as the client reads
// lists), and with the first bytes as HTTP status and the rest split into a Retry-After value and a
// body, to the error classifier. None of it may crash, hang or be undefined behaviour.
#include "ScmErrorClassifier.h"
#include "ScmTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
void parseEveryType(const QJsonObject &json)
{
    ScmOrganization::fromJson(json);
    ScmValidation::fromJson(json);
    ScmCaBackend::fromJson(json);
    ScmDelegation::fromJson(json);
    ScmDomain::fromJson(json);
    ScmDcvStatus::fromJson(json);
    ScmAdmin::fromJson(json);
    ScmPasswordState::fromJson(json);
    ScmSmimeProfile::fromJson(json);
    ScmCustomField::fromJson(json);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject())
        parseEveryType(document.object());
    for (const QJsonValue &item : document.array())
        parseEveryType(item.toObject());

    // status (2 bytes) | Retry-After up to the first newline | body
    const int status = size >= 2 ? 300 + (data[0] << 8 | data[1]) % 300 : 500; // failures only
    const QByteArray rest = bytes.mid(2);
    const qsizetype newline = rest.indexOf('\n');
    const QByteArray retryAfter = newline < 0 ? QByteArray() : rest.left(newline);
    const QByteArray body = newline < 0 ? rest : rest.mid(newline + 1);
    const ScmCallContext context{"POST",
                                 QStringLiteral("admin/v1"),
                                 QStringLiteral("cert-manager.com"),
                                 QStringLiteral("https://cert-manager.com"),
                                 QStringLiteral("mrao-admin"),
                                 QStringLiteral("example")};
    const QDateTime now = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    const ScmError error = ScmErrorClassifier::fromHttpAnswer(status, body, retryAfter, context, now);
    if (error.message().isEmpty())
        __builtin_trap(); // every failure must say something to the person
    ScmErrorClassifier::parseRetryAfter(retryAfter, now);
    ScmErrorClassifier::answerMeansPasswordExpired("GET", QStringLiteral("admin/v1/password"),
                                                   document.isObject() ? QJsonValue(document.object())
                                                                       : QJsonValue(document.array()));
    ScmErrorClassifier::protocol(status, QString::fromUtf8(body.left(64)), context);
    return 0;
}
