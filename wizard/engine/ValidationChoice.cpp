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

// Whether a listed validation is of the plan's level (OV_SMIME, ...). Sectigo's 25.5 REST document
// lists validationLevel; the 25.9 OpenAPI has only type (OV) and permittedCertTypes ([SMIME]).
// Missing this would make every run submit the organisation again.
bool isOfLevel(const ScmValidation &validation, const QString &level)
{
    if (!validation.validationLevel.isEmpty())
        return validation.validationLevel.compare(level, Qt::CaseInsensitive) == 0;
    const QString type = level.section(QLatin1Char('_'), 0, 0);
    const QString certType = level.section(QLatin1Char('_'), 1);
    if (validation.type.compare(type, Qt::CaseInsensitive) != 0)
        return false;
    // Without permittedCertTypes the type alone is all SCM says.
    return validation.permittedCertTypes.isEmpty() ||
           validation.permittedCertTypes.contains(certType, Qt::CaseInsensitive);
}
} // namespace

const ScmValidation *bestValidationOfLevel(const QList<ScmValidation> &validations, const QString &level)
{
    const ScmValidation *best = nullptr;
    for (const ScmValidation &validation : validations) {
        if (!isOfLevel(validation, level))
            continue;
        if (!best || rank(validation) > rank(*best) ||
            (rank(validation) == rank(*best) && validation.id > best->id))
            best = &validation;
    }
    return best;
}
