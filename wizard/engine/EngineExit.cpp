#include "EngineExit.h"

#include "ScmError.h"

namespace EngineExit {

int forScmError(const ScmError &error)
{
    switch (error.kind()) {
    case ScmError::Kind::None:
        return Complete;
    case ScmError::Kind::Network:
    case ScmError::Kind::Tls:
    case ScmError::Kind::Timeout:
    case ScmError::Kind::ServerError:
    case ScmError::Kind::RateLimited:
        return Network;
    case ScmError::Kind::Unauthorized:
    case ScmError::Kind::Forbidden:
    case ScmError::Kind::NotFound:
    case ScmError::Kind::Conflict:
    case ScmError::Kind::InvalidInput:
    case ScmError::Kind::PasswordPolicy:
    case ScmError::Kind::PasswordExpired:
        return Refused;
    case ScmError::Kind::Protocol:
    case ScmError::Kind::Cancelled:
        return Other;
    }
    return Other;
}

namespace {
int rank(int code)
{
    switch (code) {
    case BadInput:
        return 5;
    case Refused:
        return 4;
    case Network:
        return 3;
    case Other:
        return 2;
    case Waiting:
        return 1;
    default:
        return 0;
    }
}
} // namespace

int worst(int a, int b)
{
    return rank(a) >= rank(b) ? a : b;
}

} // namespace EngineExit
