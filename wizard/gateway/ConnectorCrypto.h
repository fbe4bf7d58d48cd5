#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The connector file's cryptography through OpenSSL's EVP API: scrypt key derivation and
// AES-256-GCM. Kept apart from the file format so each can be read (and reviewed) on its own.
namespace ConnectorCrypto {
constexpr int keyBytes = 32;
constexpr int saltBytes = 16;
constexpr int nonceBytes = 12;
constexpr int tagBytes = 16;

struct ScryptParameters
{
    quint64 n = quint64(1) << 15;
    quint64 r = 8;
    quint64 p = 1;
};

// Whether the parameters are ones this build accepts from a file: N a power of two between 2^10
// and 2^20, r in 1..32, p in 1..16, and at most 256 MiB of memory (so a file cannot exhaust memory).
bool acceptable(const ScryptParameters &parameters);

// The AES key from the passphrase (its UTF-8 bytes). OpenSSL's default memory cap (maxmem = 0 →
// 32 MiB) is below what N = 2^15, r = 8 needs on some builds: the cap is set from the parameters.
std::optional<QByteArray> deriveKey(const QByteArray &passphrase, const QByteArray &salt,
                                    const ScryptParameters &parameters, QString *error);

struct Sealed
{
    QByteArray ciphertext;
    QByteArray tag;
};
std::optional<Sealed> seal(const QByteArray &key, const QByteArray &nonce, const QByteArray &plaintext,
                           const QByteArray &associatedData, QString *error);
// nullopt when the tag does not verify (wrong key or any changed byte in ciphertext, tag, nonce or data).
std::optional<QByteArray> open(const QByteArray &key, const QByteArray &nonce, const QByteArray &ciphertext,
                               const QByteArray &tag, const QByteArray &associatedData);

// Cryptographically random bytes (RAND_bytes); empty on failure.
QByteArray randomBytes(int count);

// Overwrites a buffer that held a key or a secret.
void wipe(QByteArray &bytes);
} // namespace ConnectorCrypto
