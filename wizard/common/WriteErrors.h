#pragma once

#include <QString>

// Words for a write that failed, from its errno: a full disk, a quota and a file size limit all mean
// "no space left" to the person (ENOSPC, EDQUOT, EFBIG), whatever strerror() calls them, so that
// every message about a file mpki-setup could not write says the same thing about space.
namespace WriteErrors {
// ENOSPC, EDQUOT or EFBIG.
bool meansNoSpace(int errnoValue);
// A translated phrase without a full stop, e.g. "no space left on the device (File too large)".
QString describe(int errnoValue);
// Writes all of `data` to `fd` (write(2) until done, EINTR retried). False with *errnoValue set.
bool writeAll(int fd, const char *data, qint64 size, int *errnoValue);
// Whether a small file can be written in `directory` now: 0 when it can, the errno otherwise (the
// probe file is removed). Tells "the disk is full" from other reasons a file could not be made.
int probeWrite(const QString &directory);
} // namespace WriteErrors
