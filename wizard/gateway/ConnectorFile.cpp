#include "ConnectorFile.h"

#include "CanonicalJson.h"
#include "ConnectorCrypto.h"
#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnectorFile, "mpki.gateway.file", QtInfoMsg)

namespace {
const QString kFormat = QStringLiteral("format");
const QString kPassword = QStringLiteral("password");
const QString kEncryptedPassword = QStringLiteral("encryptedPassword");
const QString kCipher = QStringLiteral("cipher");
const QString kKdf = QStringLiteral("kdf");
const QString kName = QStringLiteral("name");
const QString kN = QStringLiteral("N");
const QString kR = QStringLiteral("r");
const QString kP = QStringLiteral("p");
const QString kSalt = QStringLiteral("salt");
const QString kNonce = QStringLiteral("nonce");
const QString kCiphertext = QStringLiteral("ciphertext");
const QString kTag = QStringLiteral("tag");
const QString kAes256Gcm = QStringLiteral("AES-256-GCM");
const QString kScrypt = QStringLiteral("scrypt");

// The members the associated data covers: every top-level member but the encrypted password.
QJsonObject authenticatedPart(QJsonObject document)
{
    document.remove(kEncryptedPassword);
    return document;
}

QJsonObject plainDocument(const ConnectorConfig &config)
{
    QJsonObject document = config.plainJson();
    document.insert(kFormat, ConnectorFile::format());
    return document;
}

QByteArray toFileBytes(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<QByteArray> base64(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

bool wholeNumber(const QJsonValue &value, quint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 1 || number > 4294967296.0 || number != static_cast<double>(static_cast<quint64>(number)))
        return false;
    *out = static_cast<quint64>(number);
    return true;
}

void setFailure(ConnectorFile::Failure *failure, ConnectorFile::Failure value)
{
    if (failure)
        *failure = value;
}
} // namespace

std::optional<QByteArray> ConnectorFile::encode(const ConnectorConfig &config, const QString &passphrase,
                                                QString *error, const Encryption &encryption)
{
    if (passphrase.isEmpty()) {
        if (error)
            *error = tr("The passphrase is empty: give one, or ask for a plain file explicitly.");
        return std::nullopt;
    }
    ConnectorCrypto::ScryptParameters scrypt;
    scrypt.n = quint64(1) << encryption.scryptLog2N;
    scrypt.r = static_cast<quint64>(encryption.scryptR);
    scrypt.p = static_cast<quint64>(encryption.scryptP);
    const QByteArray salt = encryption.salt.isEmpty()
                                ? ConnectorCrypto::randomBytes(ConnectorCrypto::saltBytes)
                                : encryption.salt;
    const QByteArray nonce = encryption.nonce.isEmpty()
                                 ? ConnectorCrypto::randomBytes(ConnectorCrypto::nonceBytes)
                                 : encryption.nonce;
    if (salt.size() < ConnectorCrypto::saltBytes || nonce.size() != ConnectorCrypto::nonceBytes) {
        if (error)
            *error = tr("No random salt or nonce could be made (OpenSSL RAND_bytes).");
        return std::nullopt;
    }

    const QJsonObject document = plainDocument(config);
    const QByteArray associatedData = CanonicalJson::serialize(authenticatedPart(document));
    auto key = ConnectorCrypto::deriveKey(passphrase.toUtf8(), salt, scrypt, error);
    if (!key)
        return std::nullopt;
    QByteArray secret = config.password.toUtf8();
    const auto sealed = ConnectorCrypto::seal(*key, nonce, secret, associatedData, error);
    ConnectorCrypto::wipe(*key);
    ConnectorCrypto::wipe(secret);
    if (!sealed)
        return std::nullopt;

    QJsonObject kdf;
    kdf.insert(kName, kScrypt);
    kdf.insert(kN, static_cast<qint64>(scrypt.n));
    kdf.insert(kR, static_cast<qint64>(scrypt.r));
    kdf.insert(kP, static_cast<qint64>(scrypt.p));
    kdf.insert(kSalt, QString::fromLatin1(salt.toBase64()));
    QJsonObject encrypted;
    encrypted.insert(kCipher, kAes256Gcm);
    encrypted.insert(kKdf, kdf);
    encrypted.insert(kNonce, QString::fromLatin1(nonce.toBase64()));
    encrypted.insert(kCiphertext, QString::fromLatin1(sealed->ciphertext.toBase64()));
    encrypted.insert(kTag, QString::fromLatin1(sealed->tag.toBase64()));
    QJsonObject withSecret = document;
    withSecret.insert(kEncryptedPassword, encrypted);
    return toFileBytes(withSecret);
}

QByteArray ConnectorFile::encodePlain(const ConnectorConfig &config)
{
    QJsonObject document = plainDocument(config);
    document.insert(kPassword, config.password);
    return toFileBytes(document);
}

bool ConnectorFile::isEncrypted(const QByteArray &document)
{
    return QJsonDocument::fromJson(document).object().contains(kEncryptedPassword);
}

QByteArray ConnectorFile::canonicalJson(const QJsonObject &object)
{
    return CanonicalJson::serialize(object);
}

std::optional<ConnectorConfig> ConnectorFile::decode(const QByteArray &bytes, const QString &passphrase,
                                                     QString *error, Failure *failure)
{
    const auto fail = [error, failure](Failure kind,
                                       const QString &message) -> std::optional<ConnectorConfig> {
        setFailure(failure, kind);
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Failure::Malformed,
                    tr("This is not a connector file (not valid JSON: %1 at offset %2).")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    // Valid JSON of another shape has no parse error to tell: say what it is instead.
    if (!json.isObject())
        return fail(Failure::Malformed,
                    tr("This is not a connector file (JSON, but a list or a single value instead of an "
                       "object {...})."));
    QJsonObject document = json.object();
    const QJsonValue format = document.value(kFormat);
    if (!format.isString())
        return fail(Failure::UnknownFormat, tr("This is not a connector file: it has no \"format\" field."));
    if (format.toString() != ConnectorFile::format()) {
        if (format.toString().startsWith(QLatin1String("mpki-setup.connector/")))
            return fail(
                Failure::UnknownFormat,
                tr("The connector file has format \"%1\", which this version of mpki-setup cannot read "
                   "(it reads \"%2\"); use a newer mpki-setup.")
                    .arg(format.toString(), ConnectorFile::format()));
        return fail(Failure::UnknownFormat,
                    tr("This is not a connector file: its format is \"%1\".").arg(format.toString()));
    }

    // Format 1 has a closed set of members: anything else is damage (or a format this build does
    // not know), never something to skip — a renamed "encryptedPassword" must not read as a file
    // without a password.
    static const QStringList knownMembers = {kFormat,
                                             kPassword,
                                             kEncryptedPassword,
                                             QStringLiteral("provider"),
                                             QStringLiteral("scmBaseUrl"),
                                             QStringLiteral("customerUri"),
                                             QStringLiteral("login"),
                                             QStringLiteral("organizationId"),
                                             QStringLiteral("organizationName"),
                                             QStringLiteral("profileId"),
                                             QStringLiteral("profileName"),
                                             QStringLiteral("term"),
                                             QStringLiteral("fullNameRegex"),
                                             QStringLiteral("renewalDays"),
                                             QStringLiteral("managedDomains"),
                                             QStringLiteral("passwordExpires"),
                                             QStringLiteral("createdAt"),
                                             QStringLiteral("plan")};
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        if (!knownMembers.contains(it.key()))
            return fail(Failure::Malformed,
                        tr("The connector file is damaged: it has an unknown field \"%1\".").arg(it.key()));
    }
    if (!document.contains(kEncryptedPassword) && !document.contains(kPassword))
        return fail(Failure::Malformed, tr("The connector file is damaged: it holds no password."));

    QString password;
    if (document.contains(kEncryptedPassword)) {
        if (document.contains(kPassword))
            return fail(Failure::Malformed,
                        tr("The connector file is damaged: it holds the password twice."));
        const QJsonObject encrypted = document.value(kEncryptedPassword).toObject();
        const QJsonObject kdf = encrypted.value(kKdf).toObject();
        if (encrypted.value(kCipher).toString() != kAes256Gcm || kdf.value(kName).toString() != kScrypt)
            return fail(
                Failure::UnknownFormat,
                tr("The connector file's password is protected with \"%1\" / \"%2\", which this version "
                   "of mpki-setup does not know.")
                    .arg(encrypted.value(kCipher).toString(), kdf.value(kName).toString()));
        ConnectorCrypto::ScryptParameters scrypt;
        const auto salt = base64(kdf, kSalt);
        const auto nonce = base64(encrypted, kNonce);
        const auto ciphertext = base64(encrypted, kCiphertext);
        const auto tag = base64(encrypted, kTag);
        if (!kdf.value(kN).isDouble() || !kdf.value(kR).isDouble() || !kdf.value(kP).isDouble() || !salt ||
            !nonce || !ciphertext || !tag)
            return fail(Failure::Malformed,
                        tr("The connector file is damaged: its encrypted password is incomplete."));
        // Numbers that are there but out of range (N of 2^40, r of 0) are parameters, not a gap.
        if (!wholeNumber(kdf.value(kN), &scrypt.n) || !wholeNumber(kdf.value(kR), &scrypt.r) ||
            !wholeNumber(kdf.value(kP), &scrypt.p))
            return fail(Failure::Rejected, tr("Wrong passphrase or the file was changed: its encryption "
                                              "parameters are not ones mpki-setup writes."));
        if (!ConnectorCrypto::acceptable(scrypt) || salt->size() < ConnectorCrypto::saltBytes ||
            nonce->size() != ConnectorCrypto::nonceBytes || tag->size() != ConnectorCrypto::tagBytes)
            return fail(Failure::Rejected, tr("Wrong passphrase or the file was changed: its encryption "
                                              "parameters are not ones mpki-setup writes."));
        if (passphrase.isEmpty())
            return fail(Failure::NeedsPassphrase,
                        tr("The connector file's password is encrypted: give the passphrase it was written "
                           "with (--passphrase-file)."));
        QString kdfError;
        auto key = ConnectorCrypto::deriveKey(passphrase.toUtf8(), *salt, scrypt, &kdfError);
        if (!key)
            return fail(Failure::Rejected, kdfError);
        const QByteArray associatedData = CanonicalJson::serialize(authenticatedPart(document));
        auto secret = ConnectorCrypto::open(*key, *nonce, *ciphertext, *tag, associatedData);
        ConnectorCrypto::wipe(*key);
        if (!secret)
            return fail(
                Failure::Rejected,
                tr("Wrong passphrase or the file was changed: the connector file does not authenticate "
                   "with this passphrase. Nothing was read from it."));
        password = QString::fromUtf8(*secret);
        ConnectorCrypto::wipe(*secret);
        document.remove(kEncryptedPassword);
    } else {
        const QJsonValue plain = document.value(kPassword);
        if (!plain.isString())
            return fail(Failure::Malformed,
                        tr("The connector file is damaged: \"password\" is not a string."));
        password = plain.toString();
        document.remove(kPassword);
    }

    QString fieldError;
    auto config = ConnectorConfig::fromPlainJson(document, &fieldError);
    if (!config)
        return fail(Failure::Malformed, tr("The connector file is damaged: %1").arg(fieldError));
    config->password = password;
    setFailure(failure, Failure::None);
    return config;
}

bool ConnectorFile::writeDocument(const QString &path, const QByteArray &document, QString *error,
                                  const std::function<bool(QSaveFile &)> &beforeCommit)
{
    if (!OwnerOnlyFile::write(path, document, error, beforeCommit))
        return false;
    qCDebug(lcConnectorFile) << "wrote connector file" << path;
    return true;
}

bool ConnectorFile::writeEncrypted(const QString &path, const ConnectorConfig &config,
                                   const QString &passphrase, QString *error)
{
    const auto document = encode(config, passphrase, error);
    return document && writeDocument(path, *document, error);
}

bool ConnectorFile::writePlain(const QString &path, const ConnectorConfig &config, QString *error)
{
    return writeDocument(path, encodePlain(config), error);
}

std::optional<QByteArray> ConnectorFile::readDocument(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // A connector file is a few kilobytes; refuse anything absurd before parsing it.
    if (file.size() > 1024 * 1024) {
        if (error)
            *error = tr("%1 is too large to be a connector file.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<ConnectorConfig> ConnectorFile::read(const QString &path, const QString &passphrase,
                                                   QString *error, Failure *failure)
{
    const auto document = readDocument(path, error);
    if (!document) {
        setFailure(failure, Failure::Io);
        return std::nullopt;
    }
    return decode(*document, passphrase, error, failure);
}
