#include "SelfSignedCertificate.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {
template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QString opensslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(text));
}

KeyPtr newKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool ok = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

CertPtr newCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey, bool isCa)
{
    CertPtr certificate(X509_new());
    if (!certificate)
        return nullptr;
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 30L * 24 * 3600);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("mpki-setup simulator"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName),
                               -1, -1, 0);
    X509 *signer = issuer ? issuer : certificate.get();
    X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer));
    bool ok = true;
    if (isCa) {
        ok = addExtension(certificate.get(), signer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(certificate.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign") &&
             addExtension(certificate.get(), signer, NID_subject_key_identifier, "hash");
    } else {
        ok = addExtension(certificate.get(), signer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(certificate.get(), signer, NID_key_usage,
                          "critical,digitalSignature,keyAgreement") &&
             addExtension(certificate.get(), signer, NID_ext_key_usage, "serverAuth") &&
             addExtension(certificate.get(), signer, NID_subject_alt_name,
                          "IP:127.0.0.1,IP:::1,DNS:localhost") &&
             addExtension(certificate.get(), signer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(certificate.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return certificate;
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray pemOf(X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    return bioText(bio.get());
}
} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(QString *error)
{
    SelfSignedCertificate result;
    KeyPtr caKey = newKey();
    KeyPtr serverKey = newKey();
    if (!caKey || !serverKey) {
        *error = opensslError("generating an EC key");
        return result;
    }
    CertPtr ca = newCertificate(caKey.get(), "mpki-setup simulator CA", nullptr, nullptr, true);
    if (!ca) {
        *error = opensslError("making the CA certificate");
        return result;
    }
    CertPtr server = newCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), false);
    if (!server) {
        *error = opensslError("making the server certificate");
        return result;
    }
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), serverKey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = opensslError("writing the server key");
        return result;
    }
    result.caCertificatePem = pemOf(ca.get());
    result.certificatePem = pemOf(server.get());
    result.privateKeyPem = bioText(keyBio.get());
    return result;
}
