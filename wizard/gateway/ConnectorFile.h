#pragma once

#include "ConnectorConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QSaveFile;

// The scrypt parameters and random values of one encryption. Defaults are what a write uses;
// fixed values exist for the known-answer test.
struct ConnectorFileEncryption
{
    int scryptLog2N = 15; // N = 2^15
    int scryptR = 8;
    int scryptP = 1;
    QByteArray salt;  // 16 bytes; empty: random
    QByteArray nonce; // 12 bytes; empty: random
};

// The connector file: a versioned JSON document (format "mpki-setup.connector/1", specified in
// docs/connector-file.md) holding ConnectorConfig::plainJson() as ordinary JSON values, and the
// operator's password either encrypted (AES-256-GCM, key from the passphrase with scrypt, the
// canonical serialisation of the plain fields as associated data) or, only when asked, in the clear.
// Written atomically with mode 0600 from the first byte (OwnerOnlyFile).
class ConnectorFile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorFile)

public:
    static QString format() { return QStringLiteral("mpki-setup.connector/1"); }

    // Why reading failed, for the command's exit code.
    enum class Failure
    {
        None,
        Io,              // cannot read / write the file
        Malformed,       // not JSON, not an object, a field of the wrong type
        UnknownFormat,   // "format" missing or a version this build does not read
        NeedsPassphrase, // the password is encrypted and no passphrase was given
        Rejected,        // wrong passphrase or the file was changed (authentication failed)
    };

    using Encryption = ConnectorFileEncryption;

    // The whole document. An empty passphrase with plain == false is an error.
    static std::optional<QByteArray> encode(const ConnectorConfig &config, const QString &passphrase,
                                            QString *error, const Encryption &encryption = Encryption());
    static QByteArray encodePlain(const ConnectorConfig &config);

    // Whether the document carries an encrypted password (so the caller must ask for a passphrase).
    static bool isEncrypted(const QByteArray &document);
    // Parses and, when encrypted, decrypts and authenticates. `passphrase` is ignored for plain files.
    static std::optional<ConnectorConfig> decode(const QByteArray &document, const QString &passphrase,
                                                 QString *error, Failure *failure = nullptr);

    // The canonical serialisation bound as associated data: sorted keys (UTF-16 code unit order),
    // no whitespace, UTF-8, strings escaped as in RFC 8785. Exposed for tests and documentation.
    static QByteArray canonicalJson(const QJsonObject &object);

    // Writes `document` to `path` atomically with mode 0600 (also when replacing a file).
    // `beforeCommit` (tests only) runs after every byte is written and before the rename; returning
    // false abandons the write as a crash would.
    static bool writeDocument(const QString &path, const QByteArray &document, QString *error,
                              const std::function<bool(QSaveFile &)> &beforeCommit = {});
    static bool writeEncrypted(const QString &path, const ConnectorConfig &config, const QString &passphrase,
                               QString *error);
    static bool writePlain(const QString &path, const ConnectorConfig &config, QString *error);

    static std::optional<QByteArray> readDocument(const QString &path, QString *error);
    static std::optional<ConnectorConfig> read(const QString &path, const QString &passphrase, QString *error,
                                               Failure *failure = nullptr);
};
