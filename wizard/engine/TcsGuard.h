#pragma once

#include <QString>
#include <QStringList>

// GÉANT's Trusted Certificate Service used Sectigo SCM from 2020 to 2024; its S/MIME issuance
// through Sectigo ended on 2025-01-10 and moved to HARICA. A plan that points at one of the NREN
// customer URIs of that era would change an account that can no longer issue, so the run stops
// before changing anything unless the person insists (--allow-legacy-tcs).
namespace TcsGuard {
// The customer URIs of GÉANT TCS accounts on SCM (lower case). The one place this list is kept.
const QStringList &customerUris();
// Whether `customerUri` is one of them (case-insensitive).
bool isTcsCustomer(const QString &customerUri);
// What the person reads when the run stops: why, and what to use instead.
QString explanation(const QString &customerUri);
} // namespace TcsGuard
