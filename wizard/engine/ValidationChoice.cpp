#include "ValidationChoice.h"

namespace {
int rank(const ScmValidation &validation)
{
    const QString status = validation.status.toUpper();
    if (status == QLatin1String("VALIDATED"))
        return 4;
    if (status == QLatin1String("PENDING"))
        return 3;
    if (status == QLatin1String("EXPIRED"))
        return 2;
    if (status == QLatin1String("FAILED"))
        return 1;
    return 0;
}
} // namespace

const ScmValidation *bestValidationOfLevel(const QList<ScmValidation> &validations, const QString &level)
{
    const ScmValidation *best = nullptr;
    for (const ScmValidation &validation : validations) {
        if (validation.validationLevel.compare(level, Qt::CaseInsensitive) != 0)
            continue;
        if (!best || rank(validation) > rank(*best) ||
            (rank(validation) == rank(*best) && validation.id > best->id))
            best = &validation;
    }
    return best;
}
