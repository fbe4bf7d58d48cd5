#include "SecretSources.h"

#include <QEventLoop>
#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {
void deliver(QObject *context, const SecretSources::Done &done, const ResolvedSecret &result)
{
    QObject *target = context ? context : QCoreApplication::instance();
    QMetaObject::invokeMethod(
        target, [done, result] { done(result); }, Qt::QueuedConnection);
}

QString missingMessage(const SecretSpec &spec, const QString &keychainTrouble)
{
    // Only the ways this secret can really be given: a passphrase has no environment variable and no
    // keychain entry, and a message that names an empty variable helps nobody.
    QStringList ways;
    if (!spec.fileOption.isEmpty())
        ways
            << SecretSources::tr("give a file holding it with %1 FILE (its first line)").arg(spec.fileOption);
    if (!spec.environmentVariable.isEmpty())
        ways << SecretSources::tr("set the environment variable %1").arg(spec.environmentVariable);
    if (!spec.keychainKey.isEmpty())
        ways << SecretSources::tr("store it in the keychain");
    if (spec.mayPrompt)
        ways << SecretSources::tr("run on a terminal to be asked for it");
    QString message =
        ways.isEmpty() ? SecretSources::tr("mpki-setup needs %1 and found it nowhere.").arg(spec.description)
                       : SecretSources::tr("mpki-setup needs %1 and found it nowhere: %2.")
                             .arg(spec.description, ways.join(SecretSources::tr(", or ")));
    if (!keychainTrouble.isEmpty())
        message += QLatin1Char(' ') + SecretSources::tr("The keychain: %1").arg(keychainTrouble);
    return message;
}

// The last sources, after the keychain: a prompt on a terminal, else a failure at once.
ResolvedSecret promptOrFail(const SecretSpec &spec, const QString &keychainTrouble)
{
    ResolvedSecret result;
    if (spec.mayPrompt && SecretSources::stdinIsTerminal()) {
        QString answer;
        if (SecretSources::promptWithoutEcho(SecretSources::tr("Enter %1: ").arg(spec.description),
                                             &answer) &&
            !answer.isEmpty()) {
            result.source = ResolvedSecret::Source::Prompt;
            result.value = answer;
            return result;
        }
    }
    result.message = missingMessage(spec, keychainTrouble);
    return result;
}
} // namespace

SecretSpec SecretSources::adminPassword(const QString &host, const QString &customerUri, const QString &login,
                                        const QString &passwordFile)
{
    SecretSpec spec;
    spec.description =
        tr("the password of the SCM admin %1 (customer %2 at %3)").arg(login, customerUri, host);
    spec.file = passwordFile;
    spec.fileOption = QStringLiteral("--password-file");
    spec.environmentVariable = QStringLiteral("MPKI_SCM_PASSWORD");
    if (!host.isEmpty() && !login.isEmpty())
        spec.keychainKey = SecretStore::key(host, customerUri, login, SecretStore::adminPasswordSlot());
    return spec;
}

SecretSpec SecretSources::gatewayToken(const QString &gatewayHost, const QString &tokenFile)
{
    SecretSpec spec;
    spec.description = tr("the API token of the gateway %1").arg(gatewayHost);
    spec.file = tokenFile;
    spec.fileOption = QStringLiteral("--gateway-token-file");
    spec.environmentVariable = QStringLiteral("MPKI_GATEWAY_TOKEN");
    if (!gatewayHost.isEmpty())
        spec.keychainKey = SecretStore::gatewayKey(gatewayHost, SecretStore::gatewayTokenSlot());
    return spec;
}

SecretSpec SecretSources::gatewaySecret(const QString &gatewayHost, const QString &secretFile)
{
    SecretSpec spec;
    spec.description = tr("the API secret of the gateway %1").arg(gatewayHost);
    spec.file = secretFile;
    spec.fileOption = QStringLiteral("--gateway-secret-file");
    spec.environmentVariable = QStringLiteral("MPKI_GATEWAY_SECRET");
    if (!gatewayHost.isEmpty())
        spec.keychainKey = SecretStore::gatewayKey(gatewayHost, SecretStore::gatewaySecretSlot());
    return spec;
}

void SecretSources::resolve(const SecretSpec &spec, SecretStore *store, QObject *context, Done done)
{
    ResolvedSecret result;
    if (!spec.file.isEmpty()) {
        // A file the person named must work: silently using another source would hide their mistake.
        QString error;
        if (readFirstLine(spec.file, &result.value, &error))
            result.source = ResolvedSecret::Source::File;
        else
            result.message = error;
        deliver(context, done, result);
        return;
    }
    const QString fromEnvironment = qEnvironmentVariable(qPrintable(spec.environmentVariable));
    if (!spec.environmentVariable.isEmpty() && !fromEnvironment.isEmpty()) {
        result.source = ResolvedSecret::Source::Environment;
        result.value = fromEnvironment;
        deliver(context, done, result);
        return;
    }
    if (store && !spec.keychainKey.isEmpty()) {
        store->read(spec.keychainKey, context, [spec, done](const SecretResult &secret) {
            if (secret.ok()) {
                ResolvedSecret found;
                found.source = ResolvedSecret::Source::Keychain;
                found.value = secret.value;
                done(found);
                return;
            }
            const bool trouble = secret.status != SecretResult::Status::NotFound;
            done(promptOrFail(spec, trouble ? secret.message : QString()));
        });
        return;
    }
    deliver(context, done, promptOrFail(spec, QString()));
}

ResolvedSecret SecretSources::resolveNow(const SecretSpec &spec, SecretStore *store)
{
    QEventLoop loop;
    auto result = std::make_shared<std::optional<ResolvedSecret>>();
    resolve(spec, store, &loop, [result, &loop](const ResolvedSecret &resolved) {
        *result = resolved;
        loop.quit();
    });
    if (!result->has_value())
        loop.exec();
    return result->value_or(ResolvedSecret());
}

bool SecretSources::readFirstLine(const QString &path, QString *line, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the secret file %1: %2.").arg(path, file.errorString());
        return false;
    }
    QByteArray first = file.readLine();
    while (first.endsWith('\n') || first.endsWith('\r'))
        first.chop(1);
    if (first.isEmpty()) {
        if (error)
            *error = tr("The first line of the secret file %1 is empty; put the secret on it.").arg(path);
        return false;
    }
    *line = QString::fromUtf8(first);
    return true;
}

bool SecretSources::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool SecretSources::promptWithoutEcho(const QString &prompt, QString *answer)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool isTerminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    bool gotLine = false;
    for (int c = std::fgetc(stdin); c != EOF; c = std::fgetc(stdin)) {
        gotLine = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (isTerminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    while (!line.empty() && line.back() == '\r')
        line.pop_back();
    *answer = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    // The secret lived in a std::string: overwrite it before the memory is freed.
    std::fill(line.begin(), line.end(), '\0');
    return gotLine;
}
