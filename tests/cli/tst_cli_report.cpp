// mpki-setup report: after a complete run against the simulator (the operator's one-time web login
// played by a simulated person), the report as HTML and as PDF names every id the state holds and
// the logins, and none of the passwords the run used; the failures exit as DESIGN.md says.
#include "CliTestKit.h"
#include "EngineTestKit.h"
#include "PdfText.h"

#include "StateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using CliTestKit::runBinary;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `id` as a number of its own, not the tail or head of a longer one.
bool containsNumber(const QString &text, const QString &id)
{
    return text.contains(
        QRegularExpression(QStringLiteral("(^|\\D)%1(\\D|$)").arg(QRegularExpression::escape(id))));
}
} // namespace

class ReportCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void htmlHasEveryIdAndNoSecret();
    void pdfHasEveryIdAndNoSecret();
    void aPlanThatIsGoneIsSaid();
    void unwritableTargetExitsOneNamingTheFile_data();
    void unwritableTargetExitsOneNamingTheFile();
    void badInputExitsTwo();

private:
    void verifyNoSecret(const QString &text, const QString &what);
    QStringList reportArguments(const QString &out) const;

    std::unique_ptr<EngineTestKit::World> m_world;
    std::unique_ptr<EngineTestKit::Session> m_session;
    QTemporaryDir m_files;
    QString m_planPath;
    QStringList m_ids;     // every id in the state, as text
    QStringList m_secrets; // every password the run used
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

void ReportCommandTest::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_world = std::make_unique<EngineTestKit::World>();
    m_session = std::make_unique<EngineTestKit::Session>(*m_world);
    m_planPath = m_files.filePath(QStringLiteral("plan.json"));
    QFile plan(m_planPath);
    QVERIFY(plan.open(QIODevice::WriteOnly));
    QVERIFY(plan.write(QJsonDocument(m_world->plan.toJson()).toJson()) > 0);
    plan.close();
    m_session->planPath = m_planPath;
    QCOMPARE(m_session->run(), 0);
    QVERIFY2(m_session->state.allDone(), qPrintable(m_session->summary));
    // The simulator refuses the temporary password over the API: the person logged in by hand.
    QCOMPARE(m_session->manualRequests, 1);
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    const State &state = m_session->state;
    const auto addId = [this](const QJsonValue &value) {
        QVERIFY(value.toDouble() > 0);
        m_ids << QString::number(qint64(value.toDouble()));
    };
    addId(state.step(StepId::Organization).ids.value(QStringLiteral("organization")));
    addId(state.step(StepId::Validation).ids.value(QStringLiteral("validation")));
    const QJsonObject domains = state.step(StepId::Domains).ids.value(QStringLiteral("domains")).toObject();
    QCOMPARE(domains.size(), m_world->plan.domains.size());
    for (const QJsonValue &id : domains)
        addId(id);
    addId(state.step(StepId::Operator).ids.value(QStringLiteral("operator")));
    addId(state.step(StepId::Connect).ids.value(QStringLiteral("admin")));
    addId(state.step(StepId::Verify).ids.value(QStringLiteral("profile")));

    // The admin's password, the operator's temporary and new ones (as the person was shown them), and
    // whatever the secret store still holds (the operator's current one).
    m_secrets << m_world->simulator->adminPassword() << m_session->lastManual.temporaryPassword
              << m_session->lastManual.newPassword << m_session->secrets.values();
    m_secrets.removeAll(QString());
    m_secrets.removeDuplicates();
    QVERIFY2(m_secrets.size() >= 3, "the run used an admin, a temporary and a new password");
}

QStringList ReportCommandTest::reportArguments(const QString &out) const
{
    return {QStringLiteral("report"),
            QStringLiteral("--state"),
            m_session->directory.path(),
            QStringLiteral("--out"),
            out,
            QStringLiteral("--lang"),
            QStringLiteral("en")};
}

void ReportCommandTest::verifyNoSecret(const QString &text, const QString &what)
{
    for (const QString &secret : std::as_const(m_secrets)) {
        // Also as HTML would write it: a password with & or < is escaped there.
        QVERIFY2(!text.contains(secret) && !text.contains(secret.toHtmlEscaped()),
                 qPrintable(QStringLiteral("%1 holds a password the run used").arg(what)));
        QVERIFY2(!squeezed(text).contains(squeezed(secret)),
                 qPrintable(QStringLiteral("%1 holds a password the run used").arg(what)));
    }
}

void ReportCommandTest::htmlHasEveryIdAndNoSecret()
{
    const QString out = m_files.filePath(QStringLiteral("report.html"));
    const CliTestKit::RunResult result = runBinary(reportArguments(out), m_environment);
    QVERIFY2(result.exitCode == 0, result.output.constData());
    const QString html = QString::fromUtf8(readAll(out));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    for (const QString &id : std::as_const(m_ids))
        QVERIFY2(containsNumber(html, id), qPrintable(QStringLiteral("the report lacks the id %1").arg(id)));
    const Plan &plan = m_world->plan;
    QVERIFY(html.contains(plan.operatorAdmin.login));
    QVERIFY(html.contains(plan.scm.login));
    QVERIFY(html.contains(plan.scm.customerUri));
    QVERIFY(html.contains(plan.scm.baseUrl.toHtmlEscaped()));
    QVERIFY(html.contains(plan.operatorAdmin.role));
    for (const Plan::Domain &domain : plan.domains)
        QVERIFY(html.contains(domain.asciiName()));
    // The one-time web login is on record, at the page the person was sent to.
    QVERIFY(html.contains(QLatin1String("logged in once")));
    QVERIFY(html.contains(m_session->lastManual.url.toString().toHtmlEscaped()));
    // The expiry of the operator's password, as the state recorded it.
    const std::optional<PasswordExpiry> expiry = m_session->state.passwordExpiry(PasswordHolder::Operator);
    QVERIFY(expiry && expiry->expires.isValid());
    QVERIFY(html.contains(expiry->expires.toString(Qt::ISODate)));
    verifyNoSecret(html, out);
}

void ReportCommandTest::pdfHasEveryIdAndNoSecret()
{
    const QString out = m_files.filePath(QStringLiteral("report.pdf"));
    const CliTestKit::RunResult result = runBinary(reportArguments(out), m_environment);
    QVERIFY2(result.exitCode == 0, result.output.constData());
    const QByteArray pdf = readAll(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    const QString flat = squeezed(text);
    for (const QString &id : std::as_const(m_ids))
        QVERIFY2(flat.contains(id), qPrintable(QStringLiteral("the PDF lacks the id %1").arg(id)));
    QVERIFY(flat.contains(squeezed(m_world->plan.operatorAdmin.login)));
    verifyNoSecret(text, out);
    // Nor hidden in the file's own bytes (metadata, uncompressed streams).
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!pdf.contains(secret.toUtf8()), "the PDF file holds a password the run used");
}

void ReportCommandTest::aPlanThatIsGoneIsSaid()
{
    const QString moved = m_planPath + QStringLiteral(".moved");
    QVERIFY(QFile::rename(m_planPath, moved));
    const QString out = m_files.filePath(QStringLiteral("without-plan.html"));
    const CliTestKit::RunResult result = runBinary(reportArguments(out), m_environment);
    QVERIFY(QFile::rename(moved, m_planPath));
    QVERIFY2(result.exitCode == 0, result.output.constData());
    const QString html = QString::fromUtf8(readAll(out));
    QVERIFY(html.contains(QLatin1String("no longer exists")));
    QVERIFY(html.contains(m_planPath.toHtmlEscaped()));
    for (const QString &id : std::as_const(m_ids))
        QVERIFY2(containsNumber(html, id), qPrintable(QStringLiteral("the report lacks the id %1").arg(id)));
    QVERIFY(html.contains(m_world->plan.operatorAdmin.login)); // from the state, not the plan
    verifyNoSecret(html, out);
}

void ReportCommandTest::unwritableTargetExitsOneNamingTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("html") << QStringLiteral("report.html");
    QTest::newRow("pdf") << QStringLiteral("report.pdf");
}

void ReportCommandTest::unwritableTargetExitsOneNamingTheFile()
{
    QFETCH(QString, name);
    const QString out = m_files.filePath(QStringLiteral("no-such-directory/") + name);
    const CliTestKit::RunResult result = runBinary(reportArguments(out), m_environment);
    QVERIFY2(result.exitCode == 1, result.output.constData());
    QVERIFY2(result.output.contains(QDir::toNativeSeparators(out).toUtf8()), result.output.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void ReportCommandTest::badInputExitsTwo()
{
    // A suffix the report has no format for.
    const QString text = m_files.filePath(QStringLiteral("report.txt"));
    CliTestKit::RunResult result = runBinary(reportArguments(text), m_environment);
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QVERIFY(result.output.contains(".pdf or .html"));
    QVERIFY(!QFileInfo::exists(text));

    // A directory without a state.
    QTemporaryDir empty;
    result = runBinary({QStringLiteral("report"), QStringLiteral("--state"), empty.path(),
                        QStringLiteral("--out"), m_files.filePath(QStringLiteral("nothing.html"))},
                       m_environment);
    QVERIFY2(result.exitCode == 2, result.output.constData());
    QVERIFY(result.output.contains(StateStore::stateFileName().toUtf8()));

    // No --out.
    result = runBinary({QStringLiteral("report"), QStringLiteral("--state"), m_session->directory.path()},
                       m_environment);
    QVERIFY2(result.exitCode == 2, result.output.constData());
}

QTEST_GUILESS_MAIN(ReportCommandTest)
#include "tst_cli_report.moc"
