#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the person needs to change the operator's temporary password by hand at SCM's web page when
// SCM refuses to change it over the API: shown once (terminal) or on the wizard's page (copy
// buttons). Held in memory only — never logged, never in the state, the journal or --json output.
struct ManualPasswordChange
{
    QUrl url;                  // https://<host>/customer/<customerUri>/
    QString login;             // the operator's login
    QString temporaryPassword; // what to log in with
    QString newPassword;       // what to set (already generated and kept as "pending")
};
Q_DECLARE_METATYPE(ManualPasswordChange)
