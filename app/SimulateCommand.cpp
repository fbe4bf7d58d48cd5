#include "Commands.h"

#include <QCoreApplication>

#include <cstdio>

// Bootstrap: replaced by the command's real implementation.
int simulateCommand(const QStringList &)
{
    std::fputs(qPrintable(QCoreApplication::translate("Commands", "mpki-setup: '%1' is not part of this build yet.\n").arg(QStringLiteral("simulate"))), stderr);
    return ExitCode::Other;
}
