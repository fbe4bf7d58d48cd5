#include "Commands.h"

#include <QCoreApplication>

#include <cstdio>

// Bootstrap: replaced by the command's real implementation.
int exportCommand(const QStringList &)
{
    std::fputs(qPrintable(QCoreApplication::translate("Commands", "mpki-setup: '%1' is not part of this build yet.\n").arg(QStringLiteral("export"))), stderr);
    return ExitCode::Other;
}

bool exportNeedsGui(const QStringList &)
{
    return false;
}
