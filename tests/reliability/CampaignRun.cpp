#include "CampaignRun.h"

#include "Clock.h"
#include "KeychainSecretStore.h"
#include "ManualPasswordChange.h"
#include "MemorySecretStore.h"
#include "Plan.h"
#include "Runner.h"
#include "ScmTransport.h"
#include "SimulatedPerson.h"
#include "StateStore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

namespace {
// A small generator of our own: the runs must draw the same numbers on every machine and Qt version.
quint32 nextRandom(quint32 &state)
{
    state = state * 1664525u + 1013904223u;
    return state >> 8;
}

quint32 seedOf(const QString &kind, int index)
{
    quint32 hash = 2166136261u; // FNV-1a of the kind's name, then the run's number
    for (const QChar c : kind)
        hash = (hash ^ c.unicode()) * 16777619u;
    return hash ^ quint32(index * 7919 + 1);
}

QJsonArray collection(const QJsonObject &snapshot, const QString &name)
{
    return snapshot.value(name).toArray();
}

// Every number stored below an "ids" key of the engine's state file: the objects the run knows.
void collectIds(const QJsonValue &value, bool underIds, QSet<qint64> *ids)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectIds(it.value(), underIds || it.key() == QLatin1String("ids"), ids);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectIds(item, underIds, ids);
    } else if (underIds && value.isDouble()) {
        ids->insert(qint64(value.toDouble()));
    }
}

// How many records share a name with an earlier one (case-insensitive, as SCM compares them).
int duplicatesIn(const QJsonArray &records, const std::function<QString(const QJsonObject &)> &nameOf)
{
    QSet<QString> seen;
    int duplicates = 0;
    for (const QJsonValue &value : records) {
        const QString name = nameOf(value.toObject()).toLower();
        if (seen.contains(name))
            ++duplicates;
        seen.insert(name);
    }
    return duplicates;
}
} // namespace

QJsonObject RunOutcome::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("index"), index},
                       {QStringLiteral("seed"), double(seed)},
                       {QStringLiteral("finished"), finished},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("lastExitCode"), lastExitCode},
                       {QStringLiteral("lastSummary"), lastSummary},
                       {QStringLiteral("faultsInjected"), faultsInjected},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("orphans"), orphans},
                       {QStringLiteral("secretLost"), secretLost},
                       {QStringLiteral("secretsLeaked"), secretsLeaked},
                       {QStringLiteral("leakedWhere"), QJsonArray::fromStringList(leakedWhere)},
                       {QStringLiteral("maxRefusedLogins"), maxRefusedLogins},
                       {QStringLiteral("changedCertificateAccepted"), changedCertificateAccepted},
                       {QStringLiteral("note"), note}};
}

CampaignRun::CampaignRun(const FaultKind &kind, int index, const QString &workRoot,
                         const QString &simulatorRoot, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_work(workRoot + QStringLiteral("/run-XXXXXX"))
{
    m_outcome.kind = kind.name;
    m_outcome.index = index;
    m_outcome.seed = seedOf(kind.name, index);
    m_random = m_outcome.seed;
    m_simulatorState =
        simulatorRoot + QStringLiteral("/%1-%2.json")
                            .arg(QString(kind.name).replace(QLatin1Char('/'), QLatin1Char('-')))
                            .arg(index);

    m_options.seed = m_outcome.seed;
    m_options.validationDelaySeconds = 0;
    m_options.dcvDelaySeconds = 0;
    m_options.statePath = m_simulatorState;
    // A customer of its own: the keychain's entries are keyed by host, customer and login.
    m_options.customerUri = QStringLiteral("campaign-%1").arg(m_outcome.seed);
    m_options.tls = kind.mode == FaultKind::Mode::TlsChange;
    if (kind.mode == FaultKind::Mode::KillProcess) {
        // No person at the web page for a child process: the API takes the temporary password.
        m_options.tempPassword = ScmSimulatorOptions::TempPassword::ApiChange;
        m_keychain = std::make_unique<KeychainSecretStore>();
    } else {
        // Polling waits played twenty times faster on both sides.
        m_clock = std::make_unique<ScaledClock>(20.0);
        m_options.clock = m_clock.get();
        m_memorySecrets = std::make_unique<MemorySecretStore>();
    }
    if (kind.configure)
        kind.configure(m_options, index);
    QDir().mkpath(m_work.filePath(QStringLiteral("tmp")));
}

CampaignRun::~CampaignRun()
{
    m_runner.reset();
    m_store.reset();
}

void CampaignRun::start()
{
    QString error;
    if (!startSimulator(0, &error)) {
        m_outcome.note = QStringLiteral("simulator did not start: ") + error;
        QTimer::singleShot(0, this, &CampaignRun::done);
        return;
    }
    m_adminPassword = m_simulator->adminPassword();
    m_options.adminPassword = m_adminPassword;
    m_passwords.insert(m_adminPassword);
    m_trusted =
        m_options.tls ? QList<QSslCertificate>{m_simulator->caCertificate()} : QList<QSslCertificate>{};
    const QJsonObject snapshot = m_simulator->snapshot();
    for (const QString &name :
         {QStringLiteral("organizations"), QStringLiteral("domains"), QStringLiteral("admins")}) {
        for (const QJsonValue &record : collection(snapshot, name))
            m_initialIds.insert(record.toObject().value(QStringLiteral("id")).toInteger());
    }
    if (m_kind.mode == FaultKind::Mode::Restart || m_kind.mode == FaultKind::Mode::TlsChange)
        m_restartAt = 4 + int(nextRandom(m_random) % 22); // the whole procedure takes 40 and more
    startAttempt();
}

bool CampaignRun::startSimulator(quint16 port, QString *error)
{
    m_simulator = std::make_unique<ScmSimulator>(m_options);
    if (!m_simulator->listen(QHostAddress::LocalHost, port, error)) {
        m_simulator.reset();
        return false;
    }
    m_port = quint16(m_simulator->baseUrl().port());
    connect(m_simulator.get(), &ScmSimulator::requestHandled, this, [this](const QJsonObject &line) {
        ++m_requestsThisAttempt;
        ++m_requestsInRun;
        if (line.contains(QStringLiteral("fault")))
            ++m_outcome.faultsInjected;
        if (line.value(QStringLiteral("status")).toInt() == 401)
            ++m_refusedLogins[line.value(QStringLiteral("login")).toString()];
        if (m_memorySecrets)
            rememberSecrets();
        if (m_process && m_killAt > 0 && m_requestsThisAttempt == m_killAt &&
            m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // SIGKILL: no chance to tidy up
            ++m_outcome.faultsInjected;
        }
        if (m_restartAt > 0 && !m_restarted && m_requestsInRun >= m_restartAt) {
            m_restarted = true;
            m_restartedDuringAttempt = true;
            ++m_outcome.faultsInjected;
            QTimer::singleShot(0, this, &CampaignRun::restartSimulator);
        }
    });
    return true;
}

void CampaignRun::restartSimulator()
{
    // Gone mid-request: answers in flight are lost, a change may be made and its answer lost with it.
    m_simulator.reset();
    QTimer::singleShot(400, this, [this] {
        QString error;
        for (int attempt = 0; attempt < 20 && !startSimulator(m_port, &error); ++attempt)
            QThread::msleep(100);
        if (!m_simulator)
            m_outcome.note = QStringLiteral("simulator did not restart on its port: ") + error;
    });
}

void CampaignRun::startAttempt()
{
    if (!m_simulator) { // between a stop and its restart
        QTimer::singleShot(300, this, &CampaignRun::startAttempt);
        return;
    }
    m_requestsThisAttempt = 0;
    m_restartedDuringAttempt = false;
    if (m_kind.mode == FaultKind::Mode::KillProcess)
        startChildAttempt();
    else
        startInProcessAttempt();
}

namespace {
Plan planFor(const ScmSimulator &simulator)
{
    Plan plan;
    QString error;
    if (!Plan::load(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"), &plan, &error))
        qFatal("cannot load the demo plan: %s", qPrintable(error));
    plan.gateway.api.reset();
    plan.scm.baseUrl = simulator.baseUrl().toString();
    plan.scm.customerUri = simulator.customerUri();
    plan.scm.login = simulator.adminLogin();
    return plan;
}
} // namespace

void CampaignRun::startInProcessAttempt()
{
    m_store = std::make_unique<StateStore>(m_work.filePath(QStringLiteral("state")), m_clock.get());
    m_runner = std::make_unique<Runner>();
    m_runner->setPlan(planFor(*m_simulator));
    m_runner->setStateStore(m_store.get());
    m_runner->setSecretStore(m_memorySecrets.get());
    m_runner->setAdminPassword(m_adminPassword);
    m_runner->setClock(m_clock.get());
    m_runner->setDeadline(600); // on the scaled clock: 30 s of real time
    m_runner->transport()->setBackoff(50, 500);
    if (!m_trusted.isEmpty())
        m_runner->addCaCertificates(m_trusted);
    Runner *runner = m_runner.get();
    connect(runner, &Runner::manualPasswordChangeRequired, this,
            [this, runner](const ManualPasswordChange &c) {
                auto *person = new SimulatedPerson(this);
                if (m_simulator && !m_simulator->caCertificate().isNull())
                    person->setCaCertificates({m_simulator->caCertificate()});
                connect(person, &SimulatedPerson::finished, person, &QObject::deleteLater);
                connect(person, &SimulatedPerson::finished, runner, [runner](bool ok) {
                    if (ok)
                        runner->pollNow(StepId::Password);
                });
                person->changePassword(c.url, c.login, c.temporaryPassword, c.newPassword);
                m_passwords << c.temporaryPassword << c.newPassword;
            });
    connect(runner, &Runner::message, this, [this](const QString &step, const QString &text) {
        m_printed += (step + QStringLiteral(": ") + text + QLatin1Char('\n')).toUtf8();
    });
    connect(runner, &Runner::finished, this, [this](int code, const QString &summary) {
        // Not from inside the runner's own signal: the attempt's runner is deleted next.
        QTimer::singleShot(0, this, [this, code, summary] { attemptFinished(code, summary); });
    });
    m_runner->start();
}

void CampaignRun::startChildAttempt()
{
    const QString planPath = m_work.filePath(QStringLiteral("plan.json"));
    QFile plan(planPath);
    if (plan.open(QIODevice::WriteOnly | QIODevice::Truncate))
        plan.write(QJsonDocument(planFor(*m_simulator).toJson()).toJson());
    plan.close();
    // The first attempt always dies, later ones now and then, the last ones never (so a run can end).
    const bool kill = m_outcome.attempts == 0 || (m_outcome.attempts < 3 && nextRandom(m_random) % 2 == 0);
    m_killAt = kill ? 1 + int(nextRandom(m_random) % 45) : -1;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MPKI_SCM_PASSWORD"), m_adminPassword);
    environment.insert(QStringLiteral("TMPDIR"), m_work.filePath(QStringLiteral("tmp")));
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_printed += m_process->readAllStandardOutput() + m_process->readAllStandardError();
        const int code = status == QProcess::CrashExit ? -9 : exitCode;
        m_process->deleteLater();
        m_process = nullptr;
        attemptFinished(code, code == -9 ? QStringLiteral("killed") : QString());
    });
    m_process->start(QStringLiteral(MPKI_BINARY),
                     {QStringLiteral("run"), QStringLiteral("--plan"), planPath, QStringLiteral("--state"),
                      m_work.filePath(QStringLiteral("state")), QStringLiteral("--deadline"),
                      QStringLiteral("90"), QStringLiteral("--json")});
}

void CampaignRun::attemptFinished(int exitCode, const QString &summary)
{
    m_runner.reset();
    m_store.reset();
    ++m_outcome.attempts;
    m_outcome.lastExitCode = exitCode;
    if (!summary.isEmpty())
        m_outcome.lastSummary = summary;
    rememberSecrets();
    if (m_kind.mode == FaultKind::Mode::TlsChange && m_restartedDuringAttempt && exitCode == 0)
        m_outcome.changedCertificateAccepted = true;
    if (exitCode == 0 || m_outcome.attempts >= maxAttempts) {
        m_outcome.finished = exitCode == 0;
        QTimer::singleShot(m_simulator ? 0 : 1000, this, &CampaignRun::judge);
        return;
    }
    // The person who resumes after a changed certificate has checked and trusted the new one.
    if (m_simulator && m_options.tls)
        m_trusted = {m_simulator->caCertificate()};
    startAttempt();
}

QString CampaignRun::operatorSlotValue(const QString &slot) const
{
    const QString key = SecretStore::key(QStringLiteral("127.0.0.1"), m_options.customerUri,
                                         QStringLiteral("seppmail-mpki"), slot);
    if (m_memorySecrets)
        return m_memorySecrets->value(key);
    QEventLoop loop;
    QString value;
    bool answered = false;
    QObject context;
    m_keychain->read(key, &context, [&](const SecretResult &result) {
        value = result.ok() ? result.value : QString();
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return value;
}

void CampaignRun::rememberSecrets()
{
    if (m_memorySecrets) {
        for (const QString &value : m_memorySecrets->values())
            m_passwords.insert(value);
        return;
    }
    for (const QString &slot : {SecretStore::operatorTemporarySlot(), SecretStore::operatorPendingSlot(),
                                SecretStore::operatorCurrentSlot()})
        m_passwords.insert(operatorSlotValue(slot));
}

bool CampaignRun::signsIn(const QString &login, const QString &password)
{
    if (password.isEmpty() || !m_simulator)
        return false;
    QNetworkAccessManager manager;
    QNetworkRequest request(
        QUrl(m_simulator->baseUrl().toString() + QStringLiteral("/api/admin/v1/password")));
    request.setRawHeader("login", login.toUtf8());
    request.setRawHeader("password", password.toUtf8());
    request.setRawHeader("customerUri", m_options.customerUri.toUtf8());
    if (m_options.tls) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_simulator->caCertificate()});
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 200;
}

void CampaignRun::judge()
{
    if (!m_simulator) {
        m_outcome.note += QStringLiteral(" no simulator to judge by;");
        emit done();
        return;
    }
    m_simulator->setFaultRate(0);
    m_simulator->setLatencyMs(0);
    const QJsonObject snapshot = m_simulator->snapshot();
    const QJsonArray organizations = collection(snapshot, QStringLiteral("organizations"));
    const QJsonArray domains = collection(snapshot, QStringLiteral("domains"));
    const QJsonArray admins = collection(snapshot, QStringLiteral("admins"));
    auto text = [](const char *key) {
        return [key](const QJsonObject &o) { return o.value(QLatin1String(key)).toVariant().toString(); };
    };
    m_outcome.duplicates = duplicatesIn(organizations,
                                        [](const QJsonObject &o) {
                                            return o.value(QStringLiteral("name")).toString() +
                                                   QLatin1Char('/') +
                                                   o.value(QStringLiteral("parentId")).toVariant().toString();
                                        }) +
                           duplicatesIn(domains, text("name")) + duplicatesIn(admins, text("login"));

    QSet<qint64> known;
    QFile stateFile(m_work.filePath(QStringLiteral("state/state.json")));
    if (stateFile.open(QIODevice::ReadOnly))
        collectIds(QJsonDocument::fromJson(stateFile.readAll()).object(), false, &known);
    for (const QJsonArray &records : {organizations, domains, admins}) {
        for (const QJsonValue &value : records) {
            const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
            if (!m_initialIds.contains(id) && !known.contains(id))
                ++m_outcome.orphans;
        }
    }

    // The operator's password is lost when the operator exists in SCM and nothing the run stored
    // signs in with it (a finished run: the current one).
    bool operatorExists = false;
    for (const QJsonValue &admin : admins)
        operatorExists = operatorExists || admin.toObject().value(QStringLiteral("login")).toString() ==
                                               QLatin1String("seppmail-mpki");
    if (operatorExists) {
        QStringList slotNames{SecretStore::operatorCurrentSlot()};
        if (!m_outcome.finished)
            slotNames << SecretStore::operatorPendingSlot() << SecretStore::operatorTemporarySlot();
        bool works = false;
        for (const QString &slot : slotNames)
            works = works || signsIn(QStringLiteral("seppmail-mpki"), operatorSlotValue(slot));
        m_outcome.secretLost = !works;
    }

    // Secrets where none may be: what the engine said or printed, its state directory and journal, and
    // the temporary files of the run.
    QSet<QString> leaked;
    QStringList where;
    auto scan = [&](const QByteArray &content, const QString &name) {
        for (const QString &secret : std::as_const(m_passwords)) {
            if (secret.size() >= 6 && content.contains(secret.toUtf8())) {
                leaked.insert(secret);
                where << name;
            }
        }
    };
    scan(m_printed, QStringLiteral("output"));
    QDirIterator files(m_work.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            scan(file.readAll(), QDir(m_work.path()).relativeFilePath(path));
    }
    m_outcome.secretsLeaked = int(leaked.size());
    where.removeDuplicates();
    m_outcome.leakedWhere = where;
    for (const int refused : std::as_const(m_refusedLogins))
        m_outcome.maxRefusedLogins = qMax(m_outcome.maxRefusedLogins, refused);
    emit done();
}
