#pragma once

#include <QByteArray>
#include <QString>

// A throw-away CA and a server certificate it signed, for the simulators' --tls: the server
// certificate names 127.0.0.1, ::1 and localhost; clients trust it by adding caCertificatePem.
// Generated with OpenSSL (EC P-256, SHA-256), valid from an hour ago for 30 days.
struct SelfSignedCertificate
{
    QByteArray caCertificatePem;
    QByteArray certificatePem;
    QByteArray privateKeyPem; // the server certificate's key, PKCS#8 PEM

    bool isNull() const { return certificatePem.isEmpty(); }

    // Empty (isNull()) with a message in *error on failure.
    static SelfSignedCertificate generate(QString *error);
};
