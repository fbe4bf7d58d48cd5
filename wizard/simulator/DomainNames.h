#pragma once

#include <QString>

// Domain-name rules of the simulated SCM: what a valid domain name is, and which "high-level"
// (registered) domain DCV validates for a given name (-723 for anything else).
namespace DomainNames {
// Letters, digits, hyphens; labels of 1..63; at least one dot; an optional leading "*.".
bool isValid(const QString &name);
// The registered domain: the last two labels, or three under a two-label public suffix such as
// co.uk or com.au (a short built-in list, not the whole Public Suffix List).
QString registeredDomain(const QString &name);
bool isRegisteredDomain(const QString &name);
} // namespace DomainNames
