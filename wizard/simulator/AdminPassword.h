#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

struct ScmFailure;

// An admin's password as the simulated SCM keeps it: a salted hash (never the password itself),
// `lastPasswordChange`, `passwordExpiryDate` (90 days later, on the simulator's Clock),
// `passwordState`, `_temporaryPassword` (true while the password is a temporary one someone else
// set) and `reseted` (Sectigo's shape: the date of that reset, yyyy-MM-dd, absent otherwise).
namespace AdminPassword {
constexpr int expiryDays = 90;

// `lifetimeDays`: days until passwordExpiryDate (ScmSimulatorOptions::passwordLifetimeDays).
void set(QJsonObject &admin, const QString &password, const QDateTime &now, bool temporary,
         int lifetimeDays = expiryDays);
// Moves passwordExpiryDate (the simulator's control, SimulatorControl) and refreshes passwordState.
void setExpiry(QJsonObject &admin, const QDate &expiry, const QDate &today);
bool matches(const QJsonObject &admin, const QString &password);
bool isTemporary(const QJsonObject &admin);
// ALIVE or EXPIRED on `today`.
QString state(const QJsonObject &admin, const QDate &today);
// Refreshes passwordState in the record (it depends on the date).
void refreshState(QJsonObject &admin, const QDate &today);

// Failed logins (--lockout-after): `failedAttempts` and `failedDate` as Sectigo's schema has them,
// `_locked` once `lockoutAfter` (> 0) consecutive logins were refused. A successful login resets the
// count; set() and unlock() lift the lock.
bool isLocked(const QJsonObject &admin);
void recordRefusedLogin(QJsonObject &admin, const QDate &today, int lockoutAfter);
void recordSuccessfulLogin(QJsonObject &admin);
void unlock(QJsonObject &admin);

// SCM's default password policy for a new password: 8..32 characters (-976), an upper-case letter
// and a digit (-7306), not containing the login (-982). Empty when the password complies.
std::optional<ScmFailure> policyViolation(const QString &login, const QString &password);

// A random password that satisfies the policy (the demo admin's when none is given).
QString generate(const QString &login);
} // namespace AdminPassword
