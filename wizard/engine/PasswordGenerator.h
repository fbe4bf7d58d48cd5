#pragma once

#include <QString>

// Passwords mpki-setup sets for the operator: from OpenSSL's RAND_bytes, without modulo bias,
// with at least one upper-case letter, lower-case letter, digit and symbol (a conservative set
// every SCM policy and shell copy-paste takes), never containing the login (SCM -982), and no
// longer than SCM's 32 characters (sectigo-scm-api.md §4.6).
class PasswordGenerator
{
public:
    static constexpr int defaultLength = 24;
    static constexpr int minimumLength = 12;
    static constexpr int maximumLength = 32;

    static QString symbols(); // "!#%*+-=?@^_"

    // A new password of `length` (clamped to minimumLength..maximumLength) that does not contain
    // `login` (case-insensitive). Empty only when the system's random source failed (logged).
    static QString generate(const QString &login = QString(), int length = defaultLength);

    // Whether `password` meets the policy above for `login`.
    static bool meetsPolicy(const QString &password, const QString &login = QString());
};
