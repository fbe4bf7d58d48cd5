#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a changing request (a create, an update, a password change), readable exactly once.
//
// Qt's HTTP/1 channel sends a request again on its own when the server closes the connection
// after reading it (QHttpNetworkConnectionChannel: RemoteHostClosedError while waiting for the
// answer -> resendCurrentRequest), for every method, POST included. Before resending it rewinds
// the upload device; this device cannot be rewound, so Qt fails the reply (ContentReSendError)
// instead of creating the object twice. tst_scm_transport proves it with a server that drops the
// connection after reading one POST. Used with QNetworkRequest::DoNotBufferUploadDataAttribute and
// an explicit Content-Length, so that QNAM reads from this device instead of a rewindable copy.
class ScmOneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit ScmOneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
