#pragma once

#include "SecretStore.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Where one secret may come from, in the order they are tried: a file given on the command line
// (its first line), an environment variable, the keychain, and a prompt without echo when stdin is
// a terminal. Never the command line itself.
struct SecretSpec
{
    QString description;         // translated, whose secret: "the password of mrao-admin at ..."
    QString file;                // the --*-file option's value; empty: not given
    QString fileOption;          // e.g. "--password-file", for messages
    QString environmentVariable; // e.g. "MPKI_SCM_PASSWORD"
    QString keychainKey;         // SecretStore key; empty: the keychain is not asked
    bool mayPrompt = true;       // false for the GUI (it asks with its own dialog)
};

struct ResolvedSecret
{
    enum class Source
    {
        None,
        File,
        Environment,
        Keychain,
        Prompt
    };
    Source source = Source::None;
    QString value;
    // When not ok(): what is missing and every way to give it (translated). The command exits 2.
    QString message;

    bool ok() const { return source != Source::None; }
};

// Resolves the admin's password and the gateway's token and secret for run, export and the wizard.
class SecretSources
{
    Q_DECLARE_TR_FUNCTIONS(SecretSources)
public:
    // --password-file, MPKI_SCM_PASSWORD, keychain slot "password" of (host, customerUri, login).
    static SecretSpec adminPassword(const QString &host, const QString &customerUri, const QString &login,
                                    const QString &passwordFile);
    // --gateway-token-file, MPKI_GATEWAY_TOKEN, keychain "gateway-token" of the gateway's host.
    static SecretSpec gatewayToken(const QString &gatewayHost, const QString &tokenFile);
    // --gateway-secret-file, MPKI_GATEWAY_SECRET, keychain "gateway-secret" of the gateway's host.
    static SecretSpec gatewaySecret(const QString &gatewayHost, const QString &secretFile);

    using Done = std::function<void(const ResolvedSecret &)>;
    // Tries the sources in order; `store` may be null (no keychain asked). A file that is given but
    // cannot be read is an error, not a reason to try the next source. Keychain trouble
    // (Unavailable, Error) falls through to the prompt; its message is part of the final failure.
    // With no terminal and nothing found, fails at once: never waits on stdin.
    // `done` runs exactly once, on the thread of `context`, not at all once it is gone.
    static void resolve(const SecretSpec &spec, SecretStore *store, QObject *context, Done done);
    // The same for the command line: waits in a local event loop for the keychain.
    static ResolvedSecret resolveNow(const SecretSpec &spec, SecretStore *store);

    // The first line of a file, without its line end. False with a translated *error when the file
    // cannot be read or the line is empty.
    static bool readFirstLine(const QString &path, QString *line, QString *error);
    static bool stdinIsTerminal();
    // Writes `prompt` to stderr and reads one line from stdin with echo off. False at end of input.
    static bool promptWithoutEcho(const QString &prompt, QString *answer);
};
