#pragma once

#include <QList>
#include <QString>

// The parts of a plan file (DESIGN.md, "The plan file"): each step reads some of them, and a run
// checks only the sections of the steps it runs.
enum class PlanSection
{
    Scm,
    Organization,
    Domains,
    Operator,
    Certificate,
    Gateway
};

namespace PlanSections {
// The plan file's key of a section ("scm", "organization", ...), which also starts the paths of its
// fields in PlanIssue::field.
QString key(PlanSection section);
// Whether a field path ("organization.city", "domains[1].name") lies in one of the sections.
bool contains(const QList<PlanSection> &sections, const QString &fieldPath);
} // namespace PlanSections
