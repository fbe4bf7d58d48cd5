#pragma once

// Shared by the GUI tests outside the demo: a standalone simulator (`mpki-setup simulate` as a child
// process, as an administrator's SCM would be: another process), the wizard over it as a person
// starts it (no demo, an empty state directory, secrets in memory), and the simulator's outcome read
// as its MRAO admin over HTTP, as acceptance/lib.sh's scm_outcome does.

#include "GuiTestSupport.h"
#include "MemorySecretStore.h"
#include "MpkiWizard.h"
#include "PageIds.h"
#include "Plan.h"
#include "StepPage.h"
#include "UrlOpener.h"
#include "WizardController.h"

#include <QAbstractButton>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

// `mpki-setup simulate --port 0 --json ...` in a child process; its first line says where it listens.
class StandaloneSimulator
{
public:
    explicit StandaloneSimulator(const QStringList &options)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.start(QStringLiteral(MPKI_BINARY),
                        QStringList{QStringLiteral("simulate"), QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--json")} +
                            options);
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return;
        }
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 20000 && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        line = m_process.readLine();
        const QJsonObject info = QJsonDocument::fromJson(line).object();
        baseUrl = info.value(QStringLiteral("baseUrl")).toString();
        customerUri = info.value(QStringLiteral("customerUri")).toString();
        login = info.value(QStringLiteral("login")).toString();
        password = info.value(QStringLiteral("password")).toString();
        if (baseUrl.endsWith(QLatin1Char('/')))
            baseUrl.chop(1);
        if (baseUrl.isEmpty())
            m_error = QStringLiteral("no JSON line from the simulator: ") + QString::fromUtf8(line) +
                      QString::fromUtf8(m_process.readAllStandardError());
    }
    ~StandaloneSimulator() { stop(); }

    bool isRunning() const { return m_error.isEmpty() && m_process.state() == QProcess::Running; }
    QString error() const { return m_error; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // One call as the simulator's MRAO admin; the JSON answer (null on an error, with *status).
    QJsonDocument call(const QString &path, int *status = nullptr) const
    {
        QNetworkAccessManager network;
        network.setCookieJar(nullptr);
        QNetworkRequest request(QUrl(baseUrl + path));
        request.setRawHeader("login", login.toUtf8());
        request.setRawHeader("password", password.toUtf8());
        request.setRawHeader("customerUri", customerUri.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return document;
    }

    QString baseUrl;
    QString customerUri;
    QString login;
    QString password;

private:
    QProcess m_process;
    QString m_error;
};

// The shipped example plan pointed at the simulator, without a gateway API: what the scripted person
// types (DESIGN.md's plan file; acceptance/lib.sh make_plan).
inline Plan answersFor(const StandaloneSimulator &simulator, const QString &organizationName,
                       const QString &dialect = QStringLiteral("current"))
{
    Plan plan;
    QString error;
    if (!Plan::load(QStringLiteral(MPKI_SOURCE_DIR "/resources/examples/demo-plan.json"), &plan, &error))
        qFatal("cannot load the demo plan: %s", qPrintable(error));
    plan.scm.baseUrl = simulator.baseUrl;
    plan.scm.customerUri = simulator.customerUri;
    plan.scm.login = simulator.login;
    plan.scm.dialect = dialect;
    plan.organization.name = organizationName;
    plan.gateway.api.reset();
    return plan;
}

// The wizard as a person opens it outside the demo: blank, over a state directory of the test.
struct RealWizard
{
    RecordingUrlOpener opener; // outside the demo nothing may open a browser
    std::unique_ptr<WizardController> controller;
    std::unique_ptr<MpkiWizard> wizard;

    static std::unique_ptr<RealWizard> open(const QString &stateDirectory, SecretStore *secrets,
                                            Confirmer confirmer = {})
    {
        auto w = std::make_unique<RealWizard>();
        WizardController::Options options;
        options.demo = false;
        options.stateDirectory = stateDirectory;
        options.secrets = secrets;
        options.urlOpener = &w->opener;
        options.confirmer = confirmer ? std::move(confirmer)
                                      : Confirmer([](QWidget *, const ConfirmationRequest &,
                                                     std::function<void(bool)> answer) { answer(true); });
        w->controller = std::make_unique<WizardController>(options);
        QString error;
        if (!w->controller->open(&error)) {
            qWarning() << "cannot open the controller:" << error;
            return nullptr;
        }
        w->wizard = std::make_unique<MpkiWizard>(w->controller.get());
        w->wizard->resize(900, 720);
        w->wizard->show();
        return w;
    }

    template<typename T> T *find(const QString &objectName) const
    {
        return wizard->findChild<T *>(objectName);
    }
    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }
    void clickNext() const { QTest::mouseClick(next(), Qt::LeftButton); }
    // Closes the window as a person does; the state stays.
    void close() const { QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton); }
};

// What a finished procedure leaves in SCM, read as the MRAO admin: one organisation of the plan's
// name, API-enabled; the operator once, API-only. Empty when so, else what is wrong.
inline QString scmOutcomeProblem(const StandaloneSimulator &simulator, const Plan &plan)
{
    QList<QJsonObject> organizations;
    for (const QJsonValue &value : simulator.call(QStringLiteral("/api/organization/v1")).array()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == plan.organization.name)
            organizations << value.toObject();
    }
    if (organizations.size() != 1)
        return QStringLiteral("%1 organisations named %2")
            .arg(organizations.size())
            .arg(plan.organization.name);
    const qint64 orgId = organizations.first().value(QStringLiteral("id")).toInteger();
    const QJsonObject organization =
        simulator.call(QStringLiteral("/api/organization/v1/%1").arg(orgId)).object();
    if (!organization.value(QStringLiteral("clientCertsApiEnabled")).toBool())
        return QStringLiteral("clientCertsApiEnabled is not true");
    bool validated = false;
    for (const QJsonValue &v :
         simulator.call(QStringLiteral("/api/organization/v2/%1/validations").arg(orgId)).array()) {
        validated |= v.toObject().value(QStringLiteral("status")).toString().toUpper() == u"VALIDATED";
    }
    if (!validated)
        return QStringLiteral("the organisation's validation is not VALIDATED");

    const QString login = plan.operatorAdmin.login;
    QList<QJsonObject> admins;
    for (const QJsonValue &value :
         simulator.call(QStringLiteral("/api/admin/v1?login=%1&size=200&position=0").arg(login)).array()) {
        if (value.toObject().value(QStringLiteral("login")).toString() == login)
            admins << value.toObject();
    }
    if (admins.size() != 1)
        return QStringLiteral("%1 admins with the operator's login").arg(admins.size());
    const QJsonObject admin = simulator
                                  .call(QStringLiteral("/api/admin/v1/%1")
                                            .arg(admins.first().value(QStringLiteral("id")).toInteger()))
                                  .object();
    const QJsonArray privileges = admin.value(QStringLiteral("privileges")).toArray();
    const bool apiOnly = admin.value(QStringLiteral("type")).toString() == u"API" ||
                         privileges.contains(QStringLiteral("wsApiUseOnly"));
    if (!apiOnly)
        return QStringLiteral("the operator is not API-only: ") +
               QString::fromUtf8(QJsonDocument(admin).toJson(QJsonDocument::Compact));
    if (!privileges.contains(QStringLiteral("clientCertRequest")))
        return QStringLiteral("the operator lacks clientCertRequest");
    return QString();
}
