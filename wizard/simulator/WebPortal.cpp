#include "WebPortal.h"

#include "AdminPassword.h"
#include "Clock.h"
#include "ScmSimulator.h"
#include "SimulatorState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace {
QUrlQuery formOf(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20"); // form encoding writes spaces as '+'
    return QUrlQuery(QString::fromLatin1(text));
}

QString field(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

bool isApiOnly(const QJsonObject &admin)
{
    return admin.value(QStringLiteral("type")).toString() == QLatin1String("API") ||
           admin.value(QStringLiteral("privileges")).toArray().contains(QStringLiteral("wsApiUseOnly"));
}
} // namespace

WebPortal::WebPortal(SimulatorState &state, const ScmSimulatorOptions &options, const Clock &clock)
    : m_state(state)
    , m_options(options)
    , m_clock(clock)
{}

QString WebPortal::base() const
{
    return QStringLiteral("/customer/%1/").arg(m_state.customerUri);
}

SimResponse WebPortal::page(int status, const QString &title, const QString &content) const
{
    return SimResponse::html(
        status,
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                       "<body><h1>%1</h1>\n<p>%2</p>\n%3</body></html>\n")
            .arg(title.toHtmlEscaped(),
                 tr("Sectigo Certificate Manager (simulated) - customer %1")
                     .arg(m_state.customerUri.toHtmlEscaped()),
                 content));
}

SimResponse WebPortal::loginPage(int status, const QString &error) const
{
    QString content;
    if (!error.isEmpty())
        content += QStringLiteral("<p id=\"error\">%1</p>\n").arg(error.toHtmlEscaped());
    content += QStringLiteral("<form id=\"login-form\" method=\"post\" action=\"%1login\">\n"
                              "<label>%2 <input name=\"login\" autocomplete=\"username\"></label>\n"
                              "<label>%3 <input name=\"password\" type=\"password\" "
                              "autocomplete=\"current-password\"></label>\n"
                              "<button type=\"submit\">%4</button>\n</form>\n")
                   .arg(base(), tr("Login"), tr("Password"), tr("Log in"));
    return page(status, tr("Log in"), content);
}

SimResponse WebPortal::changePage(int status, const QString &login, const QString &message,
                                  bool isError) const
{
    QString content;
    if (!message.isEmpty())
        content +=
            QStringLiteral("<p id=\"%1\">%2</p>\n")
                .arg(isError ? QStringLiteral("error") : QStringLiteral("notice"), message.toHtmlEscaped());
    content +=
        QStringLiteral(
            "<form id=\"change-password-form\" method=\"post\" action=\"%1changepassword\">\n"
            "<input type=\"hidden\" name=\"login\" value=\"%2\">\n"
            "<label>%3 <input name=\"password\" type=\"password\" "
            "autocomplete=\"current-password\"></label>\n"
            "<label>%4 <input name=\"newPassword\" type=\"password\" autocomplete=\"new-password\"></label>\n"
            "<label>%5 <input name=\"confirmPassword\" type=\"password\" "
            "autocomplete=\"new-password\"></label>\n"
            "<button type=\"submit\">%6</button>\n</form>\n")
            .arg(base(), login.toHtmlEscaped(), tr("Current password"), tr("New password"),
                 tr("New password again"), tr("Change password"));
    return page(status, tr("Change password"), content);
}

QJsonObject *WebPortal::signIn(const QString &login, const QString &password, SimResponse *refusal)
{
    const qint64 id = m_state.adminIdByLogin(login);
    QJsonObject *admin = id ? &m_state.admins[id] : nullptr;
    if (admin && AdminPassword::isLocked(*admin)) {
        *refusal = loginPage(401, tr("This account is locked after too many failed logins. An MRAO "
                                     "administrator can unlock it by setting a new password."));
        return nullptr;
    }
    if (admin && !AdminPassword::matches(*admin, password)) {
        AdminPassword::recordRefusedLogin(*admin, m_clock.now().date(), m_options.lockoutAfter);
        m_changedBySignIn = true;
    } else if (admin && admin->value(QStringLiteral("failedAttempts")).toInt() != 0) {
        AdminPassword::recordSuccessfulLogin(*admin);
        m_changedBySignIn = true;
    }
    if (!admin || !AdminPassword::matches(*admin, password) ||
        admin->value(QStringLiteral("activeStatus")).toString() == QLatin1String("SUSPENDED")) {
        *refusal = loginPage(401, tr("Wrong login or password."));
        return nullptr;
    }
    if (isApiOnly(*admin)) {
        *refusal = page(
            403, tr("Login refused"),
            QStringLiteral("<p id=\"error\">%1</p>\n")
                .arg(tr("This administrator may use the API only and cannot log in to the web interface. "
                        "An MRAO can change its type back to STANDARD.")
                         .toHtmlEscaped()));
        return nullptr;
    }
    return admin;
}

SimResponse WebPortal::handle(const SimRequest &request, bool *stateChanged)
{
    m_changedBySignIn = false;
    SimResponse response = answer(request, stateChanged);
    *stateChanged = *stateChanged || m_changedBySignIn;
    return response;
}

SimResponse WebPortal::answer(const SimRequest &request, bool *stateChanged)
{
    *stateChanged = false;
    const QString prefix = QStringLiteral("/customer/");
    const QString rest = request.path.mid(prefix.size());
    const QString uri = rest.section(QLatin1Char('/'), 0, 0);
    const QString action = rest.section(QLatin1Char('/'), 1);
    if (uri.compare(m_state.customerUri, Qt::CaseInsensitive) != 0)
        return page(404, tr("Not found"),
                    QStringLiteral("<p id=\"error\">%1</p>\n")
                        .arg(tr("There is no customer '%1' here.").arg(uri).toHtmlEscaped()));

    if (request.method == "GET" && action.isEmpty())
        return loginPage(200, QString());

    const QUrlQuery form = formOf(request.body);
    const QString login = field(form, QStringLiteral("login"));
    const QString password = field(form, QStringLiteral("password"));
    SimResponse refusal;
    if (request.method == "POST" && action == QLatin1String("login")) {
        QJsonObject *admin = signIn(login, password, &refusal);
        if (!admin)
            return refusal;
        const bool mustChange =
            AdminPassword::isTemporary(*admin) ||
            AdminPassword::state(*admin, m_clock.now().date()) == QLatin1String("EXPIRED");
        return changePage(
            200, login,
            mustChange ? tr("You logged in with a temporary or expired password: set your own password now.")
                       : tr("You are logged in. You may change your password here."),
            false);
    }
    if (request.method == "POST" && action == QLatin1String("changepassword")) {
        QJsonObject *admin = signIn(login, password, &refusal);
        if (!admin)
            return refusal;
        const QString newPassword = field(form, QStringLiteral("newPassword"));
        if (newPassword != field(form, QStringLiteral("confirmPassword")))
            return changePage(400, login, tr("The two new passwords differ."), true);
        if (const auto violation = AdminPassword::policyViolation(login, newPassword))
            return changePage(400, login, violation->description, true);
        if (AdminPassword::matches(*admin, newPassword))
            return changePage(400, login, QStringLiteral("Password can't be the same."), true);
        AdminPassword::set(*admin, newPassword, m_clock.now().toUTC(), /*temporary=*/false,
                           m_options.passwordLifetimeDays(login == m_state.demoLogin));
        if (login == m_state.demoLogin)
            m_state.demoPassword = newPassword;
        *stateChanged = true;
        return page(200, tr("Password changed"),
                    QStringLiteral("<p id=\"result\">%1</p>\n")
                        .arg(tr("Your password has been changed. The API accepts it now.").toHtmlEscaped()));
    }
    return page(404, tr("Not found"),
                QStringLiteral("<p id=\"error\">%1</p>\n").arg(tr("No such page.").toHtmlEscaped()));
}
