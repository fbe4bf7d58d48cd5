#include "OwnerOnlyFile.h"

#include <QDir>
#include <QSaveFile>

#include <sys/stat.h>

bool OwnerOnlyFile::write(const QString &path, const Producer &produce, QString *error,
                          const BeforeCommit &beforeCommit)
{
    QSaveFile file(path);
    const auto fail = [error, &path, &file](const QString &why) {
        // Removes the temporary file; the file at `path` is untouched.
        if (file.isOpen())
            file.cancelWriting();
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    // No direct-write fallback: a file that cannot be replaced atomically is an error, not a risk.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // QSaveFile creates its temporary file 0666 & ~umask (and copies an old file's mode): make it
    // 0600 before a single byte is written, and check that it took.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tr("cannot restrict the file to its owner (%1)").arg(file.errorString()));
    struct stat status = {};
    if (::fstat(file.handle(), &status) != 0 || (status.st_mode & 0077) != 0)
        return fail(tr("the new file is readable by others; not writing into it"));
    QString why;
    if (!produce(file, &why))
        return fail(why);
    // Writes are buffered: a full disk or a size limit may only show when the buffer is flushed, and
    // QSaveFile::commit() does not look at the flush it makes itself.
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (beforeCommit && !beforeCommit(file))
        return fail(tr("the write was abandoned"));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool OwnerOnlyFile::write(const QString &path, const QByteArray &content, QString *error,
                          const BeforeCommit &beforeCommit)
{
    return write(
        path,
        [&content](QIODevice &device, QString *why) {
            if (device.write(content) == content.size())
                return true;
            *why = device.errorString();
            return false;
        },
        error, beforeCommit);
}
