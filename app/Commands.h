#pragma once

#include <QStringList>

// The commands of `mpki-setup <command> ...`, one file each. Every command gets its own arguments
// (argv without the program and the command name), runs in the application main() made for it, and
// returns the process exit code of DESIGN.md's contract:
// 0 complete, 2 bad input, 3 waiting for something outside, 4 refused by the remote side,
// 5 network/TLS failure after retries, 1 anything else.
namespace ExitCode {
enum : int
{
    Complete = 0,
    Other = 1,
    BadInput = 2,
    Waiting = 3,
    Refused = 4,
    Network = 5
};
}

int runCommand(const QStringList &arguments);      // run --plan FILE ...
int statusCommand(const QStringList &arguments);   // status --state DIR
int probeCommand(const QStringList &arguments);    // probe --plan FILE --out FILE [--keep-names]
int simulateCommand(const QStringList &arguments); // simulate [--port N] ...
int exportCommand(const QStringList &arguments);   // export --state DIR --out FILE ...
int importCommand(const QStringList &arguments);   // import --in FILE ...
int previewCommand(const QStringList &arguments);  // preview --plan FILE [--json]: read-only
int healthCommand(const QStringList &arguments);   // health --state DIR | --connector FILE: read-only
int rotateCommand(const QStringList &arguments);   // rotate --state DIR [--export FILE ...]
int reportCommand(const QStringList &arguments);   // report --state DIR --out FILE.pdf|.html
int wizardCommand(const QStringList &arguments);   // the GUI: [--demo] [--lang L] [--screenshots DIR]
// Called by main() before the QApplication exists: starts the startup clock (MPKI_STARTUP_MARK_FILE)
// and chooses the offscreen platform for --screenshots when there is no display.
void prepareWizardProcess(const QStringList &arguments);

// Whether a window can open. Without one QApplication aborts the process; on X11/Wayland systems that
// is the case when neither a display nor a Qt platform (e.g. offscreen) is given.
bool hasDisplay();

// Whether a command needs a QGuiApplication (the PDF values sheet) rather than a QCoreApplication.
bool exportNeedsGui(const QStringList &arguments); // --sheet *.pdf (also rotate's)
bool runNeedsGui(const QStringList &arguments);
bool reportNeedsGui(const QStringList &arguments); // --out *.pdf
