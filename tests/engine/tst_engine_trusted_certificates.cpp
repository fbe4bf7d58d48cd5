// The CA certificates trusted for SCM: read from PEM or DER, kept as certificates (not paths) in the
// settings, and back at the next start even when the file is gone.
#include "SelfSignedCertificate.h"
#include "TrustedCertificates.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}
} // namespace

class TestTrustedCertificates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_first;
    QSslCertificate m_second;

    QString settingsPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".ini")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        for (QSslCertificate *certificate : {&m_first, &m_second}) {
            const SelfSignedCertificate generated = SelfSignedCertificate::generate(&error);
            QVERIFY2(!generated.isNull(), qPrintable(error));
            *certificate = QSslCertificate(generated.caCertificatePem, QSsl::Pem);
            QVERIFY(!certificate->isNull());
        }
        QVERIFY(m_first != m_second);
    }

    void derFileIsKeptAsTheCertificate()
    {
        const QString der = m_dir.filePath(QStringLiteral("scm-ca.der"));
        QVERIFY(writeFile(der, m_first.toDer()));
        const QString settingsFile = settingsPath(QStringLiteral("der"));
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            TrustedCertificates store(&settings);
            QList<QSslCertificate> read;
            QString error;
            QVERIFY2(store.addFile(der, &read, &error), qPrintable(error));
            QCOMPARE(read, QList<QSslCertificate>{m_first});
        }
        // The file is gone; a new start still trusts the certificate.
        QVERIFY(QFile::remove(der));
        QSettings settings(settingsFile, QSettings::IniFormat);
        TrustedCertificates store(&settings);
        QString error;
        QCOMPARE(store.load(&error), QList<QSslCertificate>{m_first});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // What is kept is the certificate, not where it came from.
        QFile kept(settingsFile);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(!kept.readAll().contains("scm-ca.der"));
    }

    void pemFilesAddUpEachOnce()
    {
        const QString pem = m_dir.filePath(QStringLiteral("both.pem"));
        QVERIFY(writeFile(pem, m_first.toPem() + m_second.toPem()));
        QSettings settings(settingsPath(QStringLiteral("pem")), QSettings::IniFormat);
        TrustedCertificates store(&settings);
        QList<QSslCertificate> read;
        QString error;
        QVERIFY2(store.addFile(pem, &read, &error), qPrintable(error));
        QCOMPARE(read.size(), 2);
        QVERIFY2(store.addFile(pem, &read, &error), qPrintable(error));
        QCOMPARE(store.load(), (QList<QSslCertificate>{m_first, m_second}));
    }

    void fileWithoutCertificateIsAnErrorNamingIt()
    {
        const QString notCertificate = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notCertificate, "not a certificate\n"));
        QSettings settings(settingsPath(QStringLiteral("none")), QSettings::IniFormat);
        TrustedCertificates store(&settings);
        QList<QSslCertificate> read;
        QString error;
        QVERIFY(!store.addFile(notCertificate, &read, &error));
        QVERIFY(read.isEmpty());
        QVERIFY2(error.contains(notCertificate), qPrintable(error));
        QVERIFY(store.load().isEmpty());

        error.clear();
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(TrustedCertificates::readFile(missing, &error).isEmpty());
        QVERIFY2(error.contains(missing), qPrintable(error));
    }

    // An earlier version kept only the paths (and reloaded them as PEM only): they are read once,
    // DER included, and kept as certificates from then on.
    void pathsOfAnEarlierVersionBecomeCertificates()
    {
        const QString der = m_dir.filePath(QStringLiteral("legacy.der"));
        QVERIFY(writeFile(der, m_second.toDer()));
        const QString settingsFile = settingsPath(QStringLiteral("legacy"));
        {
            QSettings settings(settingsFile, QSettings::IniFormat);
            settings.setValue(TrustedCertificates::legacySettingsKey(), QStringList{der});
            TrustedCertificates store(&settings);
            QString error;
            QCOMPARE(store.load(&error), QList<QSslCertificate>{m_second});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!settings.contains(TrustedCertificates::legacySettingsKey()));
        }
        QVERIFY(QFile::remove(der));
        QSettings settings(settingsFile, QSettings::IniFormat);
        TrustedCertificates store(&settings);
        QCOMPARE(store.load(), QList<QSslCertificate>{m_second});
    }

    // Settings that cannot be written (their directory is a regular file: fails for root too) are an
    // error naming them, and the certificates are still handed back to trust for now.
    void unwritableSettingsAreAnError()
    {
        const QString regular = m_dir.filePath(QStringLiteral("a-file"));
        QVERIFY(writeFile(regular, "x"));
        const QString pem = m_dir.filePath(QStringLiteral("one.pem"));
        QVERIFY(writeFile(pem, m_first.toPem()));
        QSettings settings(regular + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        TrustedCertificates store(&settings);
        QList<QSslCertificate> read;
        QString error;
        QVERIFY(!store.addFile(pem, &read, &error));
        QCOMPARE(read, QList<QSslCertificate>{m_first});
        QVERIFY2(error.contains(QDir::toNativeSeparators(settings.fileName())), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTrustedCertificates)
#include "tst_engine_trusted_certificates.moc"
