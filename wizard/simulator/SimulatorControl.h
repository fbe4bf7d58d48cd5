#pragma once

#include "SimulatorHttp.h"

#include <QJsonObject>

class Clock;
class ScmApi;
class SimulatorState;
struct ScmSimulatorOptions;

// The simulator's own controls below /simulator/v1/ (never below /api/, no SCM authentication: they
// are what a test does to the account that SCM would do by itself over time or that another person
// would do in its web interface). Each moves a date or takes something away, so that every check of
// `mpki-setup health` can be seen failing: an admin's password expiry, an organisation's validation
// expiry, a domain's DCV expiry, a domain's S/MIME delegation. The README's "Controls" lists them.
class SimulatorControl
{
public:
    SimulatorControl(SimulatorState &state, ScmApi &api, const ScmSimulatorOptions &options,
                     const Clock &clock);

    // Answers a request whose path starts with /simulator/. *stateChanged tells whether the state
    // changed (and must be saved).
    SimResponse handle(const SimRequest &request, bool *stateChanged);

private:
    SimResponse passwordExpiry(const QJsonObject &body);
    SimResponse validationExpiry(const QJsonObject &body);
    SimResponse dcvExpiry(const QJsonObject &body);
    SimResponse revokeDelegation(const QJsonObject &body);

    qint64 organizationFrom(const QJsonObject &body) const;
    // The end of the day (UTC) `inDays` days from today on the Clock: a record moved there is still
    // valid today when inDays is 0 and expired when it is negative, as a password is.
    QDateTime endOfDayIn(int inDays) const;

    SimulatorState &m_state;
    ScmApi &m_api;
    const ScmSimulatorOptions &m_options;
    const Clock &m_clock;
    bool m_changed = false;
};
