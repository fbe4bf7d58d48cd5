#include "ScmLogging.h"

Q_LOGGING_CATEGORY(lcScm, "mpki.scm", QtInfoMsg)
