#pragma once

#include <QJsonArray>
#include <QJsonObject>

// The bad-input table of the campaign (docs/reliability.md): plan files, command lines and connector
// files that `mpki-setup` must refuse — exit 2 (bad input) with a message, and not one request to SCM.
// Each case runs the real binary against a simulator in this process.
class BadInputs
{
public:
    struct Result
    {
        int tried = 0;
        int refused = 0;
        QJsonArray cases; // {area, name, refused, exitCode, requests, why}
    };
    static Result run(const QString &workDirectory);
};
