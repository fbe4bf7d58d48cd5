#pragma once

#include <QString>

class ScmError;

// The process exit codes of DESIGN.md's contract, known to the engine so that the Runner can say how
// a run ended without knowing about main(): the command line returns them as they are.
namespace EngineExit {
enum : int
{
    Complete = 0, // every step asked for is done
    Other = 1,    // anything else (a bug, an answer of the wrong shape, a file that cannot be written)
    BadInput = 2, // the plan, a missing secret, an option
    Waiting = 3,  // waiting for something outside (validation, DCV, a manual step): run again later
    Refused = 4,  // SCM said no (credentials, rights, input it rejects, a FAILED validation, the order rule)
    Network = 5,  // network or TLS failure after the transport's retries
};

// What a failed SCM call means for the exit code.
int forScmError(const ScmError &error);

// When several steps failed, the code the run ends with: the most specific one (refused and
// network beat "other"; bad input beats everything because nothing sensible could be done).
int worst(int a, int b);
} // namespace EngineExit
