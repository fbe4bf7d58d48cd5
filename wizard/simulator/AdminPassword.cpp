#include "AdminPassword.h"

#include "SimulatorHttp.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {
QByteArray hashOf(const QByteArray &salt, const QString &password)
{
    return QCryptographicHash::hash(salt + password.toUtf8(), QCryptographicHash::Sha256).toHex();
}
} // namespace

namespace AdminPassword {

void set(QJsonObject &admin, const QString &password, const QDateTime &now, bool temporary, int lifetimeDays)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    salt = salt.toHex();
    admin.insert(QStringLiteral("_passwordSalt"), QString::fromLatin1(salt));
    admin.insert(QStringLiteral("_passwordHash"), QString::fromLatin1(hashOf(salt, password)));
    // Sectigo's schema: `reseted` is the date someone else reset the password (yyyy-MM-dd), absent
    // when it was not reset. Whether the password is temporary is the simulator's own bookkeeping.
    admin.insert(QStringLiteral("_temporaryPassword"), temporary);
    if (temporary) {
        admin.insert(QStringLiteral("reseted"), now.date().toString(Qt::ISODate));
        admin.insert(QStringLiteral("_resetDate"), now.date().toString(Qt::ISODate)); // --reseted-shape=kept
    } else
        admin.remove(QStringLiteral("reseted"));
    admin.insert(QStringLiteral("lastPasswordChange"), now.date().toString(Qt::ISODate));
    admin.insert(QStringLiteral("passwordExpiryDate"),
                 now.date().addDays(lifetimeDays).toString(Qt::ISODate));
    admin.insert(QStringLiteral("passwordState"), QStringLiteral("ALIVE"));
    admin.insert(QStringLiteral("modified"), now.date().toString(Qt::ISODate));
    unlock(admin);
}

bool matches(const QJsonObject &admin, const QString &password)
{
    const QByteArray salt = admin.value(QStringLiteral("_passwordSalt")).toString().toLatin1();
    const QByteArray expected = admin.value(QStringLiteral("_passwordHash")).toString().toLatin1();
    return !expected.isEmpty() && hashOf(salt, password) == expected;
}

bool isTemporary(const QJsonObject &admin)
{
    return admin.value(QStringLiteral("_temporaryPassword")).toBool();
}

bool isLocked(const QJsonObject &admin)
{
    return admin.value(QStringLiteral("_locked")).toBool();
}

void recordRefusedLogin(QJsonObject &admin, const QDate &today, int lockoutAfter)
{
    const int failed = admin.value(QStringLiteral("failedAttempts")).toInt() + 1;
    admin.insert(QStringLiteral("failedAttempts"), failed);
    admin.insert(QStringLiteral("failedDate"), today.toString(Qt::ISODate));
    if (lockoutAfter > 0 && failed >= lockoutAfter)
        admin.insert(QStringLiteral("_locked"), true);
}

void recordSuccessfulLogin(QJsonObject &admin)
{
    admin.insert(QStringLiteral("failedAttempts"), 0);
}

void unlock(QJsonObject &admin)
{
    admin.remove(QStringLiteral("_locked"));
    admin.insert(QStringLiteral("failedAttempts"), 0);
}

QString state(const QJsonObject &admin, const QDate &today)
{
    const QDate expiry =
        QDate::fromString(admin.value(QStringLiteral("passwordExpiryDate")).toString(), Qt::ISODate);
    return expiry.isValid() && expiry < today ? QStringLiteral("EXPIRED") : QStringLiteral("ALIVE");
}

void refreshState(QJsonObject &admin, const QDate &today)
{
    admin.insert(QStringLiteral("passwordState"), state(admin, today));
}

void setExpiry(QJsonObject &admin, const QDate &expiry, const QDate &today)
{
    admin.insert(QStringLiteral("passwordExpiryDate"), expiry.toString(Qt::ISODate));
    refreshState(admin, today);
}

std::optional<ScmFailure> policyViolation(const QString &login, const QString &password)
{
    if (password.size() < 8 || password.size() > 32)
        return ScmFailure{400, -976, QStringLiteral("New password must be between 8 and 32 characters.")};
    QStringList violated;
    if (!std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isUpper(); }))
        violated << QStringLiteral("Password must contain 1 or more uppercase characters.");
    if (!std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); }))
        violated << QStringLiteral("Password must contain 1 or more digit characters.");
    if (!violated.isEmpty())
        return ScmFailure{
            400, -7306, QStringLiteral("Password policy violated: %1").arg(violated.join(QLatin1Char(' ')))};
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return ScmFailure{400, -982, QStringLiteral("New password must not contain Login.")};
    return std::nullopt;
}

QString generate(const QString &login)
{
    static const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
    static const QString digits = QStringLiteral("23456789");
    static const QString symbols = QStringLiteral("!#%*+-=?@^_");
    const QString all = upper + lower + digits + symbols;
    QRandomGenerator *random = QRandomGenerator::system();
    for (;;) {
        QString password;
        password += upper.at(random->bounded(upper.size()));
        password += lower.at(random->bounded(lower.size()));
        password += digits.at(random->bounded(digits.size()));
        password += symbols.at(random->bounded(symbols.size()));
        while (password.size() < 20)
            password += all.at(random->bounded(all.size()));
        std::shuffle(password.begin(), password.end(), *random);
        if (!policyViolation(login, password))
            return password;
    }
}

} // namespace AdminPassword
