#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

class QSettings;

// The CA certificates a person told the wizard to trust for SCM (a private SCM or a TLS-inspecting
// proxy), kept across starts. The certificates themselves are kept (PEM text in the settings), not
// the path of the file they came from: a DER file, a moved or a deleted file are all still trusted
// at the next start.
class TrustedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(TrustedCertificates)

public:
    // `settings`: where the certificates are kept, owned by the caller (tests pass their own);
    // null: the application's QSettings.
    explicit TrustedCertificates(QSettings *settings = nullptr);
    ~TrustedCertificates();
    TrustedCertificates(const TrustedCertificates &) = delete;
    TrustedCertificates &operator=(const TrustedCertificates &) = delete;

    // The certificates in a PEM or DER file; empty, with a translated reason naming the file in
    // *error, when it cannot be read or holds no certificate.
    static QList<QSslCertificate> readFile(const QString &path, QString *error);

    // Reads `path` (readFile) and keeps its certificates. *read receives what the file holds (to trust
    // now, even when keeping them failed). False with a translated reason when the file holds no
    // certificate or they could not be kept.
    bool addFile(const QString &path, QList<QSslCertificate> *read, QString *error);
    // Keeps `certificates` besides those kept already (each once); false with a translated reason
    // when the settings cannot be written.
    bool add(const QList<QSslCertificate> &certificates, QString *error);

    // Every kept certificate. Files an earlier version remembered only by path are read once (PEM or
    // DER) and kept as certificates from then on. *error (when given) names what could not be read or
    // kept; the certificates that could are returned all the same.
    QList<QSslCertificate> load(QString *error = nullptr);

    // The settings keys: the certificates (PEM list), and the old list of file paths.
    static QString settingsKey();
    static QString legacySettingsKey();

private:
    QList<QSslCertificate> stored(QStringList *problems) const;
    bool store(const QList<QSslCertificate> &certificates, QString *error);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};
