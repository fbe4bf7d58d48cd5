#include "KeychainSecretStore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "mpki.secrets")

namespace {
SecretResult resultOf(QKeychain::Job *job, const QString &key, bool isRead)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        if (isRead)
            result.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = KeychainSecretStore::tr("The keychain holds no secret for %1.").arg(key);
        break;
    // No Secret Service / no D-Bus session / the keychain refused us: the keychain cannot be used
    // at all here, so the person needs another way to give the secret.
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        result.status = SecretResult::Status::Unavailable;
        result.message = KeychainSecretStore::unavailableMessage(job->errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Error;
        result.message = KeychainSecretStore::tr("The keychain refused the request for %1: %2.")
                             .arg(key, job->errorString());
        break;
    }
    // The key names no secret; the secret itself is never logged.
    if (result.status != SecretResult::Status::Ok && result.status != SecretResult::Status::NotFound)
        qCWarning(lcKeychain) << "keychain" << key << int(job->error()) << job->errorString();
    return result;
}

void startJob(QKeychain::Job *job, const QString &key, bool isRead, QObject *context, SecretStore::Done done)
{
    job->setAutoDelete(true);
    // QtKeychain's fallback writes the secret in plain text to a settings file: never.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : static_cast<QObject *>(job),
                     [key, isRead, done = std::move(done)](QKeychain::Job *finished) {
                         done(resultOf(finished, key, isRead));
                     });
    job->start();
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("mpki-setup");
}

QString KeychainSecretStore::unavailableMessage(const QString &detail)
{
    return tr("No keychain is reachable (%1). Give the secrets another way: --password-file FILE or the "
              "environment variable MPKI_SCM_PASSWORD for the admin's password (--gateway-token-file / "
              "MPKI_GATEWAY_TOKEN and --gateway-secret-file / MPKI_GATEWAY_SECRET for the gateway), or start "
              "a Secret Service such as gnome-keyring in this session.")
        .arg(detail.isEmpty() ? tr("no Secret Service") : detail);
}

void KeychainSecretStore::read(const QString &key, QObject *context, Done done)
{
    startJob(new QKeychain::ReadPasswordJob(m_service), key, true, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(value);
    startJob(job, key, false, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Done done)
{
    startJob(new QKeychain::DeletePasswordJob(m_service), key, false, context,
             [key, done = std::move(done)](const SecretResult &result) {
                 // Removing what is not there leaves the wanted end state: not an error.
                 if (result.status == SecretResult::Status::NotFound) {
                     SecretResult ok;
                     ok.status = SecretResult::Status::Ok;
                     done(ok);
                     return;
                 }
                 done(result);
             });
}
