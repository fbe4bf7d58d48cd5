#pragma once

#include "SimulatorHttp.h"

#include <QCoreApplication>

class Clock;
class SimulatorState;
struct ScmSimulatorOptions;

// The one page of SCM's web interface the procedure needs: /customer/<uri>/, where a new admin
// logs in with its temporary password and sets its own (the API refuses temporary passwords by
// default). Plain HTML forms posting application/x-www-form-urlencoded, stateless:
//   GET  /customer/<uri>/                 login form (id="login-form": login, password)
//   POST /customer/<uri>/login            200 change-password form (id="change-password-form"),
//                                         401 wrong credentials, 403 API-only admin (id="error")
//   POST /customer/<uri>/changepassword   login, password, newPassword, confirmPassword:
//                                         200 id="result" on success, 400/401/403 id="error"
class WebPortal
{
    Q_DECLARE_TR_FUNCTIONS(WebPortal)

public:
    WebPortal(SimulatorState &state, const ScmSimulatorOptions &options, const Clock &clock);
    SimResponse handle(const SimRequest &request, bool *stateChanged);

private:
    SimResponse answer(const SimRequest &request, bool *stateChanged);
    SimResponse loginPage(int status, const QString &error) const;
    SimResponse changePage(int status, const QString &login, const QString &message, bool isError) const;
    SimResponse page(int status, const QString &title, const QString &content) const;
    // Null when the login is refused; *refusal then holds the answer.
    QJsonObject *signIn(const QString &login, const QString &password, SimResponse *refusal);
    QString base() const;

    SimulatorState &m_state;
    const ScmSimulatorOptions &m_options;
    const Clock &m_clock;
    bool m_changedBySignIn = false; // a failed-login count changed (--lockout-after)
};
