#include "OwnerOnlyFile.h"

#include "WriteErrors.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

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
    // QSaveFile would write to wherever a symbolic link points: never through one.
    if (QFileInfo(path).isSymLink())
        return fail(tr("it is a symbolic link; not writing through it"));
    // No direct-write fallback: a file that cannot be replaced atomically is an error, not a risk.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    // QSaveFile creates its temporary file 0666 & ~umask (and copies an old file's mode): make it
    // 0600 before a single byte is written, and check that it took.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(tr("cannot restrict the file to its owner (%1)").arg(file.errorString()));
    struct stat status = {};
    if (::fstat(file.handle(), &status) != 0 || (status.st_mode & 0077) != 0)
        return fail(tr("the new file is readable by others; not writing into it"));
    // The content is made in memory and then written with write(2) on the descriptor: every short
    // write and its errno (ENOSPC, EDQUOT, EFBIG) shows here, not in a Qt buffer that commit()
    // flushes without looking.
    QBuffer content;
    content.open(QIODevice::WriteOnly);
    QString why;
    if (!produce(content, &why))
        return fail(why);
    int failure = 0;
    if (!WriteErrors::writeAll(file.handle(), content.data().constData(), content.data().size(), &failure))
        return fail(WriteErrors::describe(failure));
    // On the disk before the rename: a crash must not leave a renamed file with nothing in it.
    if (::fsync(file.handle()) != 0)
        return fail(WriteErrors::describe(errno));
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
