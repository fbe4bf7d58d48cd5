#include "TrustedCertificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {
// A certificate file is a few kilobytes; refuse to read anything absurd into memory.
constexpr qint64 maximumFileSize = 1024 * 1024;

QString settingsFileOf(const QSettings &settings)
{
    return QDir::toNativeSeparators(settings.fileName());
}
} // namespace

TrustedCertificates::TrustedCertificates(QSettings *settings)
    : m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{}

TrustedCertificates::~TrustedCertificates() = default;

QString TrustedCertificates::settingsKey()
{
    return QStringLiteral("scm/trustedCaCertificates");
}

QString TrustedCertificates::legacySettingsKey()
{
    return QStringLiteral("scm/trustedCaFiles");
}

QList<QSslCertificate> TrustedCertificates::readFile(const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the certificate file %1: %2").arg(name, file.errorString());
        return {};
    }
    if (file.size() > maximumFileSize) {
        if (error)
            *error = tr("%1 is too large to be a certificate file.").arg(name);
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot read the certificate file %1: %2").arg(name, file.errorString());
        return {};
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(bytes, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (certificates.isEmpty() && error)
        *error = tr("%1 holds no certificate (PEM or DER). Choose the CA certificate your SCM's certificate "
                    "was issued by.")
                     .arg(name);
    return certificates;
}

bool TrustedCertificates::addFile(const QString &path, QList<QSslCertificate> *read, QString *error)
{
    const QList<QSslCertificate> certificates = readFile(path, error);
    if (read)
        *read = certificates;
    return !certificates.isEmpty() && add(certificates, error);
}

bool TrustedCertificates::add(const QList<QSslCertificate> &certificates, QString *error)
{
    QStringList problems;
    QList<QSslCertificate> all = stored(&problems);
    for (const QSslCertificate &certificate : certificates) {
        if (!certificate.isNull() && !all.contains(certificate))
            all << certificate;
    }
    return store(all, error);
}

QList<QSslCertificate> TrustedCertificates::load(QString *error)
{
    QStringList problems;
    QList<QSslCertificate> certificates = stored(&problems);
    const QStringList legacyFiles = m_settings->value(legacySettingsKey()).toStringList();
    if (!legacyFiles.isEmpty()) {
        for (const QString &path : legacyFiles) {
            QString problem;
            for (const QSslCertificate &certificate : readFile(path, &problem)) {
                if (!certificates.contains(certificate))
                    certificates << certificate;
            }
            if (!problem.isEmpty())
                problems << problem;
        }
        // The paths are read once: from now on the certificates themselves are kept.
        m_settings->remove(legacySettingsKey());
        QString storeError;
        if (!store(certificates, &storeError))
            problems << storeError;
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return certificates;
}

QList<QSslCertificate> TrustedCertificates::stored(QStringList *problems) const
{
    QList<QSslCertificate> certificates;
    const QStringList pems = m_settings->value(settingsKey()).toStringList();
    for (const QString &pem : pems) {
        const QList<QSslCertificate> read = QSslCertificate::fromData(pem.toLatin1(), QSsl::Pem);
        if (read.isEmpty() || read.first().isNull()) {
            problems->append(tr("A trusted CA certificate kept in %1 is damaged and was skipped; add the "
                                "certificate file again.")
                                 .arg(settingsFileOf(*m_settings)));
            continue;
        }
        for (const QSslCertificate &certificate : read) {
            if (!certificates.contains(certificate))
                certificates << certificate;
        }
    }
    return certificates;
}

bool TrustedCertificates::store(const QList<QSslCertificate> &certificates, QString *error)
{
    QStringList pems;
    for (const QSslCertificate &certificate : certificates)
        pems << QString::fromLatin1(certificate.toPem());
    m_settings->setValue(settingsKey(), pems);
    // QSettings writes lazily and reports failure only through status(): write now, and check.
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error)
            *error = tr("The trusted CA certificates could not be saved in %1; they are trusted only until "
                        "the wizard is closed.")
                         .arg(settingsFileOf(*m_settings));
        return false;
    }
    return true;
}
