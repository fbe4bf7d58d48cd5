#pragma once

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

// Makes an SCM answer fit for a file a customer sends away: every string that may be personal or
// secret (names, e-mails, addresses, logins, passwords, tokens, free text) becomes "<string:N>" (its
// length), while what describes the shape of the answer stays: field names, ids, numbers, booleans,
// dates, enum-like values (VALIDATED, RAO_SMIME) and the values of fields known to hold only
// such things (status, role, privileges, ...).
class ExchangeRedactor
{
public:
    // `keptNames`: the plan's own names (organisation, department, domains, operator login), kept
    // where a value equals one of them (case-insensitively) so that a replay can answer lookups by
    // name. Empty: nothing is kept. An e-mail address is redacted in every case.
    explicit ExchangeRedactor(const QStringList &keptNames = {});

    QJsonValue body(const QJsonValue &value) const;
    // A query's values: paging numbers, ids and enum-like values stay, names and logins go.
    QList<QPair<QString, QString>> query(const QList<QPair<QString, QString>> &query) const;
    // What stands for a redacted string of this length.
    static QString placeholder(qsizetype length);
    // Whether `text` is such a placeholder; *length receives the length it stands for.
    static bool isPlaceholder(const QString &text, qsizetype *length = nullptr);

private:
    QJsonValue value(const QJsonValue &value, const QString &key) const;
    QString text(const QString &text, const QString &key) const;

    QSet<QString> m_keptNames; // lower case
};
