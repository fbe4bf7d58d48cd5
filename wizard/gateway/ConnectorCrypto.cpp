#include "ConnectorCrypto.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace {
struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

auto bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
auto bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

quint64 memoryNeeded(const ConnectorCrypto::ScryptParameters &parameters)
{
    // What OpenSSL's scrypt allocates: B = 128·r·p and V = 128·r·(N + 2) bytes.
    return 128 * parameters.r * (parameters.n + 2) + 128 * parameters.r * parameters.p;
}
} // namespace

bool ConnectorCrypto::acceptable(const ScryptParameters &parameters)
{
    const bool powerOfTwo = parameters.n != 0 && (parameters.n & (parameters.n - 1)) == 0;
    return powerOfTwo && parameters.n >= (quint64(1) << 10) && parameters.n <= (quint64(1) << 20) &&
           parameters.r >= 1 && parameters.r <= 32 && parameters.p >= 1 && parameters.p <= 16 &&
           memoryNeeded(parameters) <= (quint64(256) << 20);
}

std::optional<QByteArray> ConnectorCrypto::deriveKey(const QByteArray &passphrase, const QByteArray &salt,
                                                     const ScryptParameters &parameters, QString *error)
{
    if (!acceptable(parameters)) {
        if (error)
            *error = QCoreApplication::translate(
                "ConnectorCrypto", "The scrypt parameters are outside what mpki-setup accepts.");
        return std::nullopt;
    }
    QByteArray key(keyBytes, '\0');
    const quint64 maxMemory = memoryNeeded(parameters) + (quint64(1) << 20); // 1 MiB of slack
    if (EVP_PBE_scrypt(passphrase.constData(), static_cast<size_t>(passphrase.size()), bytes(salt),
                       static_cast<size_t>(salt.size()), parameters.n, parameters.r, parameters.p, maxMemory,
                       bytes(key), static_cast<size_t>(key.size())) != 1) {
        wipe(key);
        if (error)
            *error = QCoreApplication::translate(
                "ConnectorCrypto", "Deriving the key from the passphrase failed (OpenSSL scrypt).");
        return std::nullopt;
    }
    return key;
}

std::optional<ConnectorCrypto::Sealed> ConnectorCrypto::seal(const QByteArray &key, const QByteArray &nonce,
                                                             const QByteArray &plaintext,
                                                             const QByteArray &associatedData, QString *error)
{
    const auto failed = [error]() -> std::optional<Sealed> {
        if (error)
            *error = QCoreApplication::translate("ConnectorCrypto",
                                                 "Encrypting the password failed (OpenSSL AES-256-GCM).");
        return std::nullopt;
    };
    if (key.size() != keyBytes || nonce.size() != nonceBytes)
        return failed();
    CipherContext context(EVP_CIPHER_CTX_new());
    int length = 0;
    Sealed sealed;
    sealed.ciphertext.resize(plaintext.size());
    sealed.tag.resize(tagBytes);
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceBytes, nullptr) != 1 ||
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                          static_cast<int>(associatedData.size())) != 1)
        return failed();
    int written = 0;
    if (!plaintext.isEmpty()) {
        if (EVP_EncryptUpdate(context.get(), bytes(sealed.ciphertext), &length, bytes(plaintext),
                              static_cast<int>(plaintext.size())) != 1)
            return failed();
        written = length;
    }
    if (EVP_EncryptFinal_ex(context.get(), bytes(sealed.ciphertext) + written, &length) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, tagBytes, bytes(sealed.tag)) != 1)
        return failed();
    sealed.ciphertext.resize(written + length);
    return sealed;
}

std::optional<QByteArray> ConnectorCrypto::open(const QByteArray &key, const QByteArray &nonce,
                                                const QByteArray &ciphertext, const QByteArray &tag,
                                                const QByteArray &associatedData)
{
    if (key.size() != keyBytes || nonce.size() != nonceBytes || tag.size() != tagBytes)
        return std::nullopt;
    CipherContext context(EVP_CIPHER_CTX_new());
    int length = 0;
    QByteArray plaintext(ciphertext.size(), '\0');
    QByteArray expectedTag = tag;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, nonceBytes, nullptr) != 1 ||
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                          static_cast<int>(associatedData.size())) != 1)
        return std::nullopt;
    int written = 0;
    if (!ciphertext.isEmpty()) {
        if (EVP_DecryptUpdate(context.get(), bytes(plaintext), &length, bytes(ciphertext),
                              static_cast<int>(ciphertext.size())) != 1) {
            wipe(plaintext);
            return std::nullopt;
        }
        written = length;
    }
    // The tag is checked in EVP_DecryptFinal_ex: no plaintext leaves this function unless it matches.
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, tagBytes, bytes(expectedTag)) != 1 ||
        EVP_DecryptFinal_ex(context.get(), bytes(plaintext) + written, &length) != 1) {
        wipe(plaintext);
        return std::nullopt;
    }
    plaintext.resize(written + length);
    return plaintext;
}

QByteArray ConnectorCrypto::randomBytes(int count)
{
    QByteArray result(count, '\0');
    if (RAND_bytes(bytes(result), count) != 1)
        return {};
    return result;
}

void ConnectorCrypto::wipe(QByteArray &bytesToWipe)
{
    if (!bytesToWipe.isEmpty())
        OPENSSL_cleanse(bytesToWipe.data(), static_cast<size_t>(bytesToWipe.size()));
}
