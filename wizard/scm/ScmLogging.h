#pragma once

#include <QLoggingCategory>

// mpki.scm: method, path, status, duration and request id of every SCM call. Never a header value,
// never a body (bodies carry passwords).
Q_DECLARE_LOGGING_CATEGORY(lcScm)
