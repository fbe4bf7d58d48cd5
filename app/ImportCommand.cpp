#include "Commands.h"

#include <QCoreApplication>

#include <cstdio>

// Bootstrap: replaced by the command's real implementation.
int importCommand(const QStringList &)
{
    std::fputs(qPrintable(QCoreApplication::translate("Commands", "mpki-setup: '%1' is not part of this build yet.\n").arg(QStringLiteral("import"))), stderr);
    return ExitCode::Other;
}
