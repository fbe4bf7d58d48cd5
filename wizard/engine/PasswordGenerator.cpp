#include "PasswordGenerator.h"

#include <QLoggingCategory>

#include <openssl/rand.h>

#include <cstdint>

Q_LOGGING_CATEGORY(lcPasswordGenerator, "mpki.engine.password")

namespace {
const QString upper = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString lower = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
const QString digits = QStringLiteral("0123456789");

// A uniformly distributed number in [0, bound) from RAND_bytes: values from the biased tail of the
// 32-bit range are drawn again instead of folded in with %.
bool randomBelow(quint32 bound, quint32 *out)
{
    const quint32 limit = UINT32_MAX - (UINT32_MAX % bound); // multiple of bound
    for (;;) {
        quint32 value = 0;
        if (RAND_bytes(reinterpret_cast<unsigned char *>(&value), sizeof value) != 1)
            return false;
        if (value < limit) {
            *out = value % bound;
            return true;
        }
    }
}

bool randomCharacter(const QString &alphabet, QChar *out)
{
    quint32 index = 0;
    if (!randomBelow(quint32(alphabet.size()), &index))
        return false;
    *out = alphabet.at(qsizetype(index));
    return true;
}
} // namespace

QString PasswordGenerator::symbols()
{
    return QStringLiteral("!#%*+-=?@^_");
}

QString PasswordGenerator::generate(const QString &login, int length)
{
    length = qBound(minimumLength, length, maximumLength);
    const QString all = upper + lower + digits + symbols();
    // Containing the login is so unlikely that a few fresh draws always suffice.
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString password(length, QChar());
        bool ok = randomCharacter(upper, &password[0]) && randomCharacter(lower, &password[1]) &&
                  randomCharacter(digits, &password[2]) && randomCharacter(symbols(), &password[3]);
        for (int i = 4; ok && i < length; ++i)
            ok = randomCharacter(all, &password[i]);
        // Fisher-Yates, so that the classes' characters are not always in front.
        for (int i = length - 1; ok && i > 0; --i) {
            quint32 j = 0;
            ok = randomBelow(quint32(i + 1), &j);
            if (ok)
                std::swap(password[i], password[qsizetype(j)]);
        }
        if (!ok) {
            qCCritical(lcPasswordGenerator) << "the system's random source (RAND_bytes) failed";
            return QString();
        }
        if (meetsPolicy(password, login))
            return password;
    }
    qCCritical(lcPasswordGenerator) << "no password without the login after 100 draws";
    return QString();
}

bool PasswordGenerator::meetsPolicy(const QString &password, const QString &login)
{
    if (password.size() < minimumLength || password.size() > maximumLength)
        return false;
    bool hasUpper = false, hasLower = false, hasDigit = false, hasSymbol = false;
    for (const QChar c : password) {
        if (upper.contains(c))
            hasUpper = true;
        else if (lower.contains(c))
            hasLower = true;
        else if (digits.contains(c))
            hasDigit = true;
        else if (symbols().contains(c))
            hasSymbol = true;
        else
            return false;
    }
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return false;
    return hasUpper && hasLower && hasDigit && hasSymbol;
}
