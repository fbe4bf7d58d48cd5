#pragma once

#include "ScmTypes.h"

#include <QList>
#include <QString>

// Which of an organisation's validations of one level counts: a VALIDATED one, else one in
// progress, else the newest. Shared by ValidationStep (what it does) and PlanPreview (what it says
// a run would do), so that the two cannot disagree. Null when there is none of that level.
const ScmValidation *bestValidationOfLevel(const QList<ScmValidation> &validations, const QString &level);
