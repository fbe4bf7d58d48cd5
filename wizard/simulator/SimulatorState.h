#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// Everything the simulated SCM account holds: organisations and departments, their validations,
// CA backends, domains with their DCV records, admins, S/MIME profiles and custom fields.
//
// Records are kept as the JSON objects the API answers with, so a handler renders them by copying.
// Keys that start with an underscore are the simulator's own bookkeeping (a password hash, the
// moment a validation was submitted, ...) and are never sent to a client (see publicView()).
// The same JSON is what --state FILE holds.
class SimulatorState
{
public:
    QString customerUri;
    // The demo MRAO admin whose credentials `simulate` prints at every start. Its password is kept
    // here (and so in the state file, written 0600) because printing it is the point of the demo.
    QString demoLogin;
    QString demoPassword;

    QMap<qint64, QJsonObject> organizations; // departments too: they have "parentId"
    QMap<qint64, QJsonObject> validations;   // "_orgId" says whose
    QMap<qint64, QJsonObject> caBackends;
    QMap<qint64, QJsonObject> domains;
    QMap<QString, QJsonObject> dcv; // by registered domain, lower-case
    QMap<qint64, QJsonObject> admins;
    QList<QJsonObject> smimeTypes;
    QList<QJsonObject> customFields;

    qint64 allocateId() { return nextId++; }

    // What a new SCM account has: one MRAO admin, one public CA backend, S/MIME profiles with
    // terms and a few custom fields.
    static SimulatorState newAccount(const QString &customerUri, const QString &login,
                                     const QString &password, const QDateTime &now);

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, SimulatorState *state, QString *error);
    // Atomically (QSaveFile), mode 0600.
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, SimulatorState *state, QString *error);

    qint64 adminIdByLogin(const QString &login) const; // 0 when there is none
    qint64 topLevelOrganizationByName(const QString &name) const;

    // The record without the simulator's own underscore keys.
    static QJsonObject publicView(const QJsonObject &record);

private:
    qint64 nextId = 1001;
};
