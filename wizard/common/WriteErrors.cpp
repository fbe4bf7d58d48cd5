#include "WriteErrors.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

bool WriteErrors::meansNoSpace(int errnoValue)
{
    return errnoValue == ENOSPC || errnoValue == EFBIG || errnoValue == EDQUOT;
}

QString WriteErrors::describe(int errnoValue)
{
    const QString system = QString::fromLocal8Bit(std::strerror(errnoValue));
    if (meansNoSpace(errnoValue))
        return QCoreApplication::translate("WriteErrors", "no space left on the device (%1)").arg(system);
    return system;
}

bool WriteErrors::writeAll(int fd, const char *data, qint64 size, int *errnoValue)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t written = ::write(fd, data + done, size_t(size - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            // write(2) returning 0 for a regular file means it could not go on: call it a full disk.
            *errnoValue = written < 0 ? errno : ENOSPC;
            return false;
        }
        done += written;
    }
    return true;
}

int WriteErrors::probeWrite(const QString &directory)
{
    QByteArray name = QFile::encodeName(directory) + "/.mpki-setup-probe-XXXXXX";
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return errno;
    // More than a lock file's few bytes, less than any disk's block.
    const QByteArray probe(512, 'x');
    int failure = 0;
    if (!writeAll(fd, probe.constData(), probe.size(), &failure))
        failure = failure ? failure : EIO;
    else if (::fsync(fd) != 0)
        failure = errno;
    ::close(fd);
    ::unlink(name.constData());
    return failure;
}
