#include "PlanValidator.h"

#include "VisibleText.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {
// "The organisation's name (organization.name)": how every message names its field.
QString who(const char *label, const QString &path)
{
    return PlanValidator::tr("%1 (%2)").arg(PlanValidator::tr(label), path);
}

QString asText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

// A whole number from a number or a text; false when it is neither.
bool asInteger(const QJsonValue &value, qint64 *number)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != double(qint64(d)))
            return false;
        *number = qint64(d);
        return true;
    }
    bool ok = false;
    *number = value.toString().trimmed().toLongLong(&ok);
    return ok;
}

QString checkText(const QString &name, const QString &value, bool required, int maxLength)
{
    if (required && value.trimmed().isEmpty())
        return PlanValidator::tr("%1 must not be empty.").arg(name);
    if (value.size() > maxLength)
        return PlanValidator::tr("%1 is %2 characters long; SCM allows at most %3.")
            .arg(name, QString::number(value.size()), QString::number(maxLength));
    return QString();
}

QString checkOneOf(const QString &name, const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return QString();
    if (value.isEmpty())
        return PlanValidator::tr("%1 must not be empty: use one of %2.")
            .arg(name, allowed.join(QLatin1String(", ")));
    return PlanValidator::tr("%1 is \"%2\"; use one of %3.")
        .arg(name, VisibleText::escaped(value), allowed.join(QLatin1String(", ")));
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

QString checkServiceUrl(const QString &name, const QString &value, const QString &example)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return PlanValidator::tr("%1 must not be empty: give the address, e.g. %2.").arg(name, example);
    // Before anything echoes the address: it may carry a password, and a message is printed and logged.
    const QString secret = PlanValidator::addressSecretProblem(text);
    if (!secret.isEmpty())
        return PlanValidator::tr(
                   "%1 must be only the address, like %2, but %3. A plan never holds a secret: give "
                   "passwords and tokens through the keychain, an environment variable or a --*-file option.")
            .arg(name, example, secret);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return PlanValidator::tr("%1 \"%2\" is not a web address; write it like %3.")
            .arg(name, text, example);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return QString();
    return PlanValidator::tr(
               "%1 \"%2\" must start with https:// (plain http only for 127.0.0.1 or localhost).")
        .arg(name, text);
}

QString checkLogin(const QString &name, const QString &login)
{
    if (login.isEmpty())
        return PlanValidator::tr("%1 must not be empty.").arg(name);
    static const QRegularExpression allowed(QStringLiteral("^[a-zA-Z0-9!@_.\\-+']$"));
    for (const QChar c : login) {
        if (!allowed.match(QString(c)).hasMatch())
            return PlanValidator::tr(
                       "%1 contains \"%2\", which SCM does not allow in a login: use letters, digits and "
                       "! @ _ . - + '.")
                .arg(name, VisibleText::escaped(QString(c)));
    }
    if (login.size() < 3 || login.size() > 128)
        return PlanValidator::tr("%1 must be 3 to 128 characters long; it has %2.")
            .arg(name, QString::number(login.size()));
    return QString();
}

// SCM refuses these in an admin's forename and surname (sectigo-scm-api.md §4.3).
QString checkPersonName(const QString &name, const QString &value)
{
    const QString text = checkText(name, value, true, 64);
    if (!text.isEmpty())
        return text;
    static const QString forbidden = QStringLiteral("><!@#$%^*()~?/\\&_+=\":;,{}[]|`");
    for (const QChar c : value) {
        if (forbidden.contains(c))
            return PlanValidator::tr("%1 contains \"%2\", which SCM does not allow in a name (none of %3).")
                .arg(name, QString(c), forbidden);
    }
    return QString();
}

QString checkDomainName(const QString &name, const QString &value)
{
    if (value.trimmed().isEmpty())
        return PlanValidator::tr("%1 must not be empty.").arg(name);
    const QString problem = PlanValidator::domainNameProblem(value);
    if (!problem.isEmpty())
        return PlanValidator::tr("%1 \"%2\" is not a valid domain name: %3").arg(name, value, problem);
    return QString();
}

QString checkEmail(const QString &name, const QString &value)
{
    const QString text = checkText(name, value, true, 128);
    if (!text.isEmpty())
        return text;
    if (PlanValidator::isValidEmail(value))
        return QString();
    const QString domain = value.mid(value.lastIndexOf(QLatin1Char('@')) + 1);
    const QString domainProblem = PlanValidator::domainNameProblem(domain);
    if (value.contains(QLatin1Char('@')) && !domain.isEmpty() && !domainProblem.isEmpty())
        return PlanValidator::tr("%1 \"%2\" is not a valid e-mail address: its domain %3")
            .arg(name, value, domainProblem);
    return PlanValidator::tr("%1 \"%2\" is not a valid e-mail address (like pki@example.ch).")
        .arg(name, value);
}

QString checkPrivileges(const QString &name, const QJsonValue &value)
{
    QStringList privileges;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            privileges << item.toString();
    } else if (value.isString()) {
        privileges = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &p : privileges)
            p = p.trimmed();
    }
    for (const QString &privilege : std::as_const(privileges)) {
        if (privilege == QLatin1String("wsApiUseOnly"))
            return PlanValidator::
                tr("%1 must not contain wsApiUseOnly: the operator becomes API-only in the api-only step, "
                   "after its password was changed (an API-only admin cannot log in to change it).")
                    .arg(name);
        if (!PlanValidator::knownPrivileges().contains(privilege))
            return PlanValidator::tr(
                       "%1 contains \"%2\", which is not a privilege SCM knows (e.g. clientCertRequest, "
                       "clientCertRevoke, clientCertManage).")
                .arg(name, privilege);
    }
    if (!privileges.contains(QLatin1String("clientCertRequest")))
        return PlanValidator::tr(
                   "%1 must include clientCertRequest: the gateway requests S/MIME certificates with it.")
            .arg(name);
    return QString();
}

QString checkFullNameRegex(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return PlanValidator::tr("%1 must not be empty; the default is (?<GN>.+) (?<SN>.+).").arg(name);
    const QRegularExpression re(value);
    if (!re.isValid())
        return PlanValidator::tr("%1 is not a valid regular expression: %2 at position %3.")
            .arg(name, re.errorString(), QString::number(re.patternErrorOffset()));
    const QStringList groups = re.namedCaptureGroups();
    if (!groups.contains(QLatin1String("GN")) || !groups.contains(QLatin1String("SN")))
        return PlanValidator::tr(
                   "%1 must have the named groups (?<GN>...) for the given name and (?<SN>...) for the "
                   "surname.")
            .arg(name);
    return QString();
}

QString checkHost(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return QString(); // optional
    QHostAddress address;
    if (address.setAddress(value) || PlanValidator::isValidDomainName(value))
        return QString();
    return PlanValidator::tr("%1 \"%2\" is neither a host name nor an IP address.").arg(name, value);
}

// Names end up in certificates and on the values sheet as they are written: a control character or an
// invisible direction override in one (U+202E turns "Evil\u202eOrg" into what reads "EvilgrO") makes
// a certificate say something other than what the person read, so they are refused in every field.
QString hiddenCharacterProblem(const QString &name, const QJsonValue &value)
{
    // An address with a password in it is never echoed, not even escaped.
    const auto shown = [](const QString &text) {
        return PlanValidator::addressSecretProblem(text).isEmpty() ? VisibleText::escaped(text)
                                                                   : PlanValidator::tr("(not shown)");
    };
    QStringList texts;
    if (value.isString())
        texts << value.toString();
    else if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            texts << item.toString();
    for (const QString &text : std::as_const(texts)) {
        const qsizetype at = VisibleText::firstHidden(text);
        if (at < 0)
            continue;
        const char32_t c = text.at(at).unicode();
        if (VisibleText::isBidiControl(c))
            return PlanValidator::tr(
                       "%1 contains an invisible direction control (%2) at position %3 (\"%4\"): it makes "
                       "text read differently from what it is, and it would end up in certificates. Remove "
                       "it.")
                .arg(name, VisibleText::codePoint(c), QString::number(at + 1), shown(text));
        return PlanValidator::tr(
                   "%1 contains a control character (%2) at position %3 (\"%4\"); names go into "
                   "certificates as they are written. Remove it.")
            .arg(name, VisibleText::codePoint(c), QString::number(at + 1), shown(text));
    }
    return QString();
}

// The code points of a label (surrogate pairs joined).
QList<char32_t> codePoints(const QString &text)
{
    QList<char32_t> points;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            points << QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else {
            points << c.unicode();
        }
    }
    return points;
}

// What IDNA 2008 lets into a label, near enough: letters, digits, combining marks and the hyphen.
// Symbols (an emoji), punctuation and spaces are not, even where Qt's IDNA conversion would encode them.
bool isLabelCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return true;
    default:
        return false;
    }
}

QString scriptName(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Latin:
        return PlanValidator::tr("Latin");
    case QChar::Script_Cyrillic:
        return PlanValidator::tr("Cyrillic");
    case QChar::Script_Greek:
        return PlanValidator::tr("Greek");
    case QChar::Script_Armenian:
        return PlanValidator::tr("Armenian");
    case QChar::Script_Hebrew:
        return PlanValidator::tr("Hebrew");
    case QChar::Script_Arabic:
        return PlanValidator::tr("Arabic");
    case QChar::Script_Georgian:
        return PlanValidator::tr("Georgian");
    case QChar::Script_Cherokee:
        return PlanValidator::tr("Cherokee");
    case QChar::Script_Han:
        return PlanValidator::tr("Han");
    case QChar::Script_Hiragana:
        return PlanValidator::tr("Hiragana");
    case QChar::Script_Katakana:
        return PlanValidator::tr("Katakana");
    case QChar::Script_Hangul:
        return PlanValidator::tr("Hangul");
    default:
        return PlanValidator::tr("script %1").arg(int(script));
    }
}

// The scripts of a label's letters, in the order they first appear (digits, the hyphen and combining
// marks belong to every script).
QList<QChar::Script> labelScripts(const QString &label)
{
    QList<QChar::Script> scripts;
    for (const char32_t c : codePoints(label)) {
        const QChar::Script script = QChar::script(c);
        if (script != QChar::Script_Common && script != QChar::Script_Inherited && !scripts.contains(script))
            scripts << script;
    }
    return scripts;
}

// One script per label, or the mixes that Japanese, Chinese and Korean names are written in (UTS #39's
// "highly restrictive" profile): anything else is how look-alike (homograph) domains are made, e.g. a
// Cyrillic "а" among Latin letters.
bool isSingleScript(const QList<QChar::Script> &scripts)
{
    if (scripts.size() <= 1)
        return true;
    using S = QList<QChar::Script>;
    const S allowedMixes[] = {
        S{QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana},
        S{QChar::Script_Latin, QChar::Script_Han, QChar::Script_Bopomofo},
        S{QChar::Script_Latin, QChar::Script_Han, QChar::Script_Hangul},
    };
    for (const S &mix : allowedMixes) {
        if (std::all_of(scripts.begin(), scripts.end(), [&mix](QChar::Script s) { return mix.contains(s); }))
            return true;
    }
    return false;
}

using Checker = QString (*)(const QString &path, const QJsonValue &value);

struct FieldRule
{
    const char *path;
    const char *label; // how messages name the field, e.g. "The organisation's name"
    Checker check;
};

const FieldRule fieldRules[] = {
    {"scm.baseUrl", QT_TRANSLATE_NOOP("PlanValidator", "The SCM address"),
     [](const QString &p, const QJsonValue &v) {
         return checkServiceUrl(who(QT_TRANSLATE_NOOP("PlanValidator", "The SCM address"), p), asText(v),
                                QStringLiteral("https://cert-manager.com"));
     }},
    {"scm.customerUri", QT_TRANSLATE_NOOP("PlanValidator", "The customer URI"),
     [](const QString &p, const QJsonValue &v) {
         const QString name = who(QT_TRANSLATE_NOOP("PlanValidator", "The customer URI"), p);
         const QString value = asText(v);
         if (value.trimmed().isEmpty())
             return PlanValidator::tr(
                        "%1 must not be empty: it is the part after /customer/ in your Certificate "
                        "Manager's address.")
                 .arg(name);
         if (value.contains(QLatin1Char('/')) || value.contains(QLatin1Char(' ')))
             return PlanValidator::tr(
                        "%1 \"%2\" must be only the part after /customer/, without / or spaces.")
                 .arg(name, value);
         return checkText(name, value, true, 128);
     }},
    {"scm.login", QT_TRANSLATE_NOOP("PlanValidator", "The admin's login"),
     [](const QString &p, const QJsonValue &v) {
         return checkLogin(who(QT_TRANSLATE_NOOP("PlanValidator", "The admin's login"), p), asText(v));
     }},
    {"scm.dialect", QT_TRANSLATE_NOOP("PlanValidator", "The SCM dialect"),
     [](const QString &p, const QJsonValue &v) {
         return checkOneOf(who(QT_TRANSLATE_NOOP("PlanValidator", "The SCM dialect"), p), asText(v),
                           PlanValidator::dialects());
     }},
    {"organization.name", QT_TRANSLATE_NOOP("PlanValidator", "The organisation's name"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation's name"), p), asText(v),
                          true, 128);
     }},
    {"organization.address1", QT_TRANSLATE_NOOP("PlanValidator", "The organisation's address"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation's address"), p), asText(v),
                          true, 128);
     }},
    {"organization.city", QT_TRANSLATE_NOOP("PlanValidator", "The organisation's city"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation's city"), p), asText(v),
                          false, 32);
     }},
    {"organization.stateProvince", QT_TRANSLATE_NOOP("PlanValidator", "The organisation's state or province"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation's state or province"), p),
                          asText(v), false, 32);
     }},
    {"organization.postalCode", QT_TRANSLATE_NOOP("PlanValidator", "The organisation's postal code"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation's postal code"), p),
                          asText(v), false, 10);
     }},
    {"organization.country", QT_TRANSLATE_NOOP("PlanValidator", "The organisation's country"),
     [](const QString &p, const QJsonValue &v) {
         const QString name = who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation's country"), p);
         const QString value = asText(v);
         if (value.isEmpty())
             return PlanValidator::tr("%1 must not be empty: give its ISO 3166 two-letter code, e.g. CH.")
                 .arg(name);
         if (!PlanValidator::isCountryCode(value))
             return PlanValidator::tr(
                        "%1 \"%2\" is not an ISO 3166 two-letter country code in capitals, e.g. CH, DE, AT.")
                 .arg(name, value);
         return QString();
     }},
    {"organization.department", QT_TRANSLATE_NOOP("PlanValidator", "The department"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The department"), p), asText(v), false,
                          128);
     }},
    {"organization.validation.level", QT_TRANSLATE_NOOP("PlanValidator", "The validation level"),
     [](const QString &p, const QJsonValue &v) {
         return checkOneOf(who(QT_TRANSLATE_NOOP("PlanValidator", "The validation level"), p), asText(v),
                           PlanValidator::validationLevels());
     }},
    {"organization.validation.legalName", QT_TRANSLATE_NOOP("PlanValidator", "The organisation's legal name"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation's legal name"), p),
                          asText(v), false, 64);
     }},
    {"organization.validation.organizationIdentifier",
     QT_TRANSLATE_NOOP("PlanValidator", "The organisation identifier"),
     [](const QString &p, const QJsonValue &v) {
         // Required for OV S/MIME (the only level the plan knows): SCM refuses the submit without it.
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The organisation identifier"), p),
                          asText(v), true, 128);
     }},
    {"domains", QT_TRANSLATE_NOOP("PlanValidator", "The list of domains"),
     [](const QString &p, const QJsonValue &v) {
         if (v.isArray() && !v.toArray().isEmpty())
             return QString();
         return PlanValidator::tr("%1 is empty: add the e-mail domains the gateway signs and encrypts for.")
             .arg(who(QT_TRANSLATE_NOOP("PlanValidator", "The list of domains"), p));
     }},
    {"domains[].name", QT_TRANSLATE_NOOP("PlanValidator", "The domain"),
     [](const QString &p, const QJsonValue &v) {
         return checkDomainName(who(QT_TRANSLATE_NOOP("PlanValidator", "The domain"), p), asText(v));
     }},
    {"domains[].dcv", QT_TRANSLATE_NOOP("PlanValidator", "The domain's validation method"),
     [](const QString &p, const QJsonValue &v) {
         return checkOneOf(who(QT_TRANSLATE_NOOP("PlanValidator", "The domain's validation method"), p),
                           asText(v), PlanValidator::dcvMethods());
     }},
    {"domains[].dcvEmail", QT_TRANSLATE_NOOP("PlanValidator", "The domain's validation e-mail address"),
     [](const QString &p, const QJsonValue &v) {
         // Empty is judged with the method (only EMAIL needs an address).
         if (asText(v).isEmpty())
             return QString();
         return checkEmail(
             who(QT_TRANSLATE_NOOP("PlanValidator", "The domain's validation e-mail address"), p), asText(v));
     }},
    {"operator.login", QT_TRANSLATE_NOOP("PlanValidator", "The operator's login"),
     [](const QString &p, const QJsonValue &v) {
         return checkLogin(who(QT_TRANSLATE_NOOP("PlanValidator", "The operator's login"), p), asText(v));
     }},
    {"operator.email", QT_TRANSLATE_NOOP("PlanValidator", "The operator's e-mail address"),
     [](const QString &p, const QJsonValue &v) {
         return checkEmail(who(QT_TRANSLATE_NOOP("PlanValidator", "The operator's e-mail address"), p),
                           asText(v));
     }},
    {"operator.forename", QT_TRANSLATE_NOOP("PlanValidator", "The operator's forename"),
     [](const QString &p, const QJsonValue &v) {
         return checkPersonName(who(QT_TRANSLATE_NOOP("PlanValidator", "The operator's forename"), p),
                                asText(v));
     }},
    {"operator.surname", QT_TRANSLATE_NOOP("PlanValidator", "The operator's surname"),
     [](const QString &p, const QJsonValue &v) {
         return checkPersonName(who(QT_TRANSLATE_NOOP("PlanValidator", "The operator's surname"), p),
                                asText(v));
     }},
    {"operator.role", QT_TRANSLATE_NOOP("PlanValidator", "The operator's role"),
     [](const QString &p, const QJsonValue &v) {
         return checkOneOf(who(QT_TRANSLATE_NOOP("PlanValidator", "The operator's role"), p), asText(v),
                           PlanValidator::operatorRoles());
     }},
    {"operator.privileges", QT_TRANSLATE_NOOP("PlanValidator", "The operator's privileges"),
     [](const QString &p, const QJsonValue &v) {
         return checkPrivileges(who(QT_TRANSLATE_NOOP("PlanValidator", "The operator's privileges"), p), v);
     }},
    {"certificate.profile", QT_TRANSLATE_NOOP("PlanValidator", "The S/MIME certificate profile"),
     [](const QString &p, const QJsonValue &v) {
         return checkText(who(QT_TRANSLATE_NOOP("PlanValidator", "The S/MIME certificate profile"), p),
                          asText(v), true, 256);
     }},
    {"certificate.term", QT_TRANSLATE_NOOP("PlanValidator", "The certificate term"),
     [](const QString &p, const QJsonValue &v) {
         qint64 term = 0;
         if (!asInteger(v, &term) || term <= 0)
             return PlanValidator::tr("%1 must be a number of days greater than 0, e.g. 365.")
                 .arg(who(QT_TRANSLATE_NOOP("PlanValidator", "The certificate term"), p));
         return QString();
     }},
    {"gateway.renewalDays", QT_TRANSLATE_NOOP("PlanValidator", "The renewal period"),
     [](const QString &p, const QJsonValue &v) {
         qint64 days = 0;
         if (!asInteger(v, &days) || days < 30)
             return PlanValidator::tr("%1 must be at least 30 days (\"%2\").")
                 .arg(who(QT_TRANSLATE_NOOP("PlanValidator", "The renewal period"), p), asText(v));
         return QString();
     }},
    {"gateway.fullNameRegex", QT_TRANSLATE_NOOP("PlanValidator", "The full-name pattern"),
     [](const QString &p, const QJsonValue &v) {
         return checkFullNameRegex(who(QT_TRANSLATE_NOOP("PlanValidator", "The full-name pattern"), p),
                                   asText(v));
     }},
    {"gateway.api.url", QT_TRANSLATE_NOOP("PlanValidator", "The gateway's API address"),
     [](const QString &p, const QJsonValue &v) {
         return checkServiceUrl(who(QT_TRANSLATE_NOOP("PlanValidator", "The gateway's API address"), p),
                                asText(v), QStringLiteral("https://gateway.example.ch:8445/v1"));
     }},
    {"gateway.api.customer", QT_TRANSLATE_NOOP("PlanValidator", "The gateway's customer"),
     [](const QString &p, const QJsonValue &v) {
         const QString name = who(QT_TRANSLATE_NOOP("PlanValidator", "The gateway's customer"), p);
         if (asText(v).trimmed().isEmpty())
             return PlanValidator::tr("%1 must not be empty; the gateway's default customer is [default].")
                 .arg(name);
         return QString();
     }},
    {"gateway.api.createMissingManagedDomains",
     QT_TRANSLATE_NOOP("PlanValidator", "Whether to create missing managed domains"),
     [](const QString &p, const QJsonValue &v) {
         if (v.isBool() || v.isUndefined() || v.isNull())
             return QString();
         return PlanValidator::tr("%1 must be true or false.")
             .arg(who(QT_TRANSLATE_NOOP("PlanValidator", "Whether to create missing managed domains"), p));
     }},
    {"gateway.api.forwardingHost", QT_TRANSLATE_NOOP("PlanValidator", "The managed domains' forwarding host"),
     [](const QString &p, const QJsonValue &v) {
         return checkHost(who(QT_TRANSLATE_NOOP("PlanValidator", "The managed domains' forwarding host"), p),
                          asText(v));
     }},
    {"gateway.api.forwardingPort", QT_TRANSLATE_NOOP("PlanValidator", "The managed domains' forwarding port"),
     [](const QString &p, const QJsonValue &v) {
         qint64 port = 0;
         if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
             return QString();
         if (!asInteger(v, &port) || port < 0 || port > 65535)
             return PlanValidator::tr("%1 must be a port number from 1 to 65535.")
                 .arg(who(QT_TRANSLATE_NOOP("PlanValidator", "The managed domains' forwarding port"), p));
         return QString();
     }},
};

const FieldRule *findRule(const QString &normalisedPath)
{
    for (const FieldRule &rule : fieldRules) {
        if (normalisedPath == QLatin1String(rule.path))
            return &rule;
    }
    return nullptr;
}

// "domains[3].name" -> "domains[].name"
QString normalisePath(const QString &path)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d*\\]"));
    QString normalised = path;
    normalised.replace(index, QStringLiteral("[]"));
    return normalised;
}

class IssueCollector
{
public:
    QList<PlanIssue> issues;

    void check(const QString &path, const QJsonValue &value)
    {
        add(path, PlanValidator::checkField(path, value));
    }
    void add(const QString &path, const QString &message)
    {
        if (!message.isEmpty())
            issues << PlanIssue{path, message};
    }
};
} // namespace

QList<PlanIssue> PlanValidator::validate(const Plan &plan)
{
    IssueCollector c;
    c.check(QStringLiteral("scm.baseUrl"), plan.scm.baseUrl);
    c.check(QStringLiteral("scm.customerUri"), plan.scm.customerUri);
    c.check(QStringLiteral("scm.login"), plan.scm.login);
    c.check(QStringLiteral("scm.dialect"), plan.scm.dialect);

    const Plan::Organization &o = plan.organization;
    c.check(QStringLiteral("organization.name"), o.name);
    c.check(QStringLiteral("organization.address1"), o.address1);
    c.check(QStringLiteral("organization.city"), o.city);
    c.check(QStringLiteral("organization.stateProvince"), o.stateProvince);
    if (o.city.trimmed().isEmpty() && o.stateProvince.trimmed().isEmpty())
        c.add(QStringLiteral("organization.city"),
              PlanValidator::tr(
                  "The organisation's city (organization.city) and its state or province "
                  "(organization.stateProvince) are both empty; SCM needs at least one of them."));
    c.check(QStringLiteral("organization.postalCode"), o.postalCode);
    c.check(QStringLiteral("organization.country"), o.country);
    c.check(QStringLiteral("organization.department"), o.department);
    const bool drao = plan.operatorAdmin.role == QLatin1String("DRAO_SMIME");
    if (drao && o.department.trimmed().isEmpty())
        c.add(QStringLiteral("organization.department"),
              PlanValidator::tr(
                  "The department (organization.department) must be given when the operator's role "
                  "(operator.role) is DRAO_SMIME: a DRAO administers a department."));
    if (!drao && !o.department.trimmed().isEmpty() && plan.operatorAdmin.role == QLatin1String("RAO_SMIME"))
        c.add(
            QStringLiteral("organization.department"),
            PlanValidator::tr(
                "The department (organization.department) \"%1\" is only used for an operator with the role "
                "DRAO_SMIME, but operator.role is RAO_SMIME: remove the department or change the role.")
                .arg(VisibleText::escaped(o.department)));
    c.check(QStringLiteral("organization.validation.level"), o.validation.level);
    c.check(QStringLiteral("organization.validation.legalName"), o.validation.legalName);
    c.check(QStringLiteral("organization.validation.organizationIdentifier"),
            o.validation.organizationIdentifier);

    if (plan.domains.isEmpty())
        c.check(QStringLiteral("domains"), QJsonArray());
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < plan.domains.size(); ++i) {
        const Plan::Domain &domain = plan.domains.at(i);
        const QString path = QStringLiteral("domains[%1]").arg(i);
        const QString nameMessage = checkField(path + QStringLiteral(".name"), domain.name);
        c.add(path + QStringLiteral(".name"), nameMessage);
        if (nameMessage.isEmpty()) {
            const QString ascii = domain.asciiName();
            if (seen.contains(ascii))
                c.add(path + QStringLiteral(".name"),
                      PlanValidator::tr(
                          "The domain (%1.name) \"%2\" is listed twice: also as domains[%3].name.")
                          .arg(path, domain.name, QString::number(seen.value(ascii))));
            else
                seen.insert(ascii, i);
        }
        c.check(path + QStringLiteral(".dcv"), domain.dcv);
        c.check(path + QStringLiteral(".dcvEmail"), domain.dcvEmail);
        if (domain.dcv.compare(QLatin1String("EMAIL"), Qt::CaseInsensitive) == 0 && domain.dcvEmail.isEmpty())
            c.add(path + QStringLiteral(".dcvEmail"),
                  PlanValidator::tr("The domain %1 is validated by e-mail (%2.dcv is EMAIL) but %2.dcvEmail "
                                    "names no address: name the address Sectigo's validation mail goes to, "
                                    "one of those SCM offers (such as webmaster@%1).")
                      .arg(domain.name, path));
    }

    const Plan::Operator &a = plan.operatorAdmin;
    c.check(QStringLiteral("operator.login"), a.login);
    if (!a.login.isEmpty() && a.login.compare(plan.scm.login, Qt::CaseInsensitive) == 0)
        c.add(QStringLiteral("operator.login"),
              PlanValidator::tr("The operator's login (operator.login) is the admin's own (scm.login): the "
                                "operator must be a "
                                "separate account, because it becomes API-only."));
    c.check(QStringLiteral("operator.email"), a.email);
    c.check(QStringLiteral("operator.forename"), a.forename);
    c.check(QStringLiteral("operator.surname"), a.surname);
    c.check(QStringLiteral("operator.role"), a.role);
    c.check(QStringLiteral("operator.privileges"), QJsonArray::fromStringList(a.privileges));

    c.check(QStringLiteral("certificate.profile"), plan.certificate.profile);
    c.check(QStringLiteral("certificate.term"), plan.certificate.term);

    c.check(QStringLiteral("gateway.renewalDays"), plan.gateway.renewalDays);
    c.check(QStringLiteral("gateway.fullNameRegex"), plan.gateway.fullNameRegex);
    if (plan.gateway.api) {
        const Plan::GatewayApi &api = *plan.gateway.api;
        c.check(QStringLiteral("gateway.api.url"), api.url);
        c.check(QStringLiteral("gateway.api.customer"), api.customer);
        c.check(QStringLiteral("gateway.api.forwardingHost"), api.forwardingHost);
        if (api.forwardingPort != 0)
            c.check(QStringLiteral("gateway.api.forwardingPort"), api.forwardingPort);
        if (api.forwardingPort != 0 && api.forwardingHost.isEmpty())
            c.add(QStringLiteral("gateway.api.forwardingHost"),
                  PlanValidator::tr(
                      "The managed domains' forwarding port (gateway.api.forwardingPort) is set without a "
                      "forwarding host (gateway.api.forwardingHost): give both or neither."));
    }
    return c.issues;
}

QString PlanValidator::checkField(const QString &field, const QJsonValue &value)
{
    const FieldRule *rule = findRule(normalisePath(field));
    if (!rule)
        return QString();
    // Before the field's own rule, whose message may echo the value: a control character would cut the
    // message off, a direction override would make it read differently.
    const QString hidden = hiddenCharacterProblem(who(rule->label, field), value);
    if (!hidden.isEmpty())
        return hidden;
    return rule->check(field, value);
}

QStringList PlanValidator::fieldPaths()
{
    QStringList paths;
    for (const FieldRule &rule : fieldRules)
        paths << QString::fromLatin1(rule.path);
    return paths;
}

const QStringList &PlanValidator::knownPrivileges()
{
    // sectigo-scm-api.md §4.1 (DOC25.5 plus OAS25.9); the deprecated wsApiUseOnly and
    // allowSslAutoApprove are left out on purpose.
    static const QStringList privileges{
        QStringLiteral("allowCreate"),
        QStringLiteral("allowEdit"),
        QStringLiteral("allowDelete"),
        QStringLiteral("allowDCV"),
        QStringLiteral("autoApproveCertificates"),
        QStringLiteral("allowMsAdDiscovery"),
        QStringLiteral("allowKeyVault"),
        QStringLiteral("approveDomainDelegation"),
        QStringLiteral("allowManageDomains"),
        QStringLiteral("sslRequest"),
        QStringLiteral("sslRenew"),
        QStringLiteral("sslReplace"),
        QStringLiteral("sslRevoke"),
        QStringLiteral("sslApprove"),
        QStringLiteral("sslManage"),
        QStringLiteral("clientCertRequest"),
        QStringLiteral("clientCertRevoke"),
        QStringLiteral("clientCertManage"),
        QStringLiteral("csRequest"),
        QStringLiteral("csRevoke"),
        QStringLiteral("csManage"),
        QStringLiteral("deviceRequest"),
        QStringLiteral("deviceRenew"),
        QStringLiteral("deviceReplace"),
        QStringLiteral("deviceRevoke"),
        QStringLiteral("deviceApprove"),
        QStringLiteral("deviceManage"),
        QStringLiteral("editOrganizationAndDepartment"),
        QStringLiteral("addOrganizationAndDepartments"),
        QStringLiteral("addDepartments"),
        QStringLiteral("editDepartments"),
        QStringLiteral("orgValidationManager"),
        QStringLiteral("viewUsage"),
        QStringLiteral("viewSubscriptions"),
        QStringLiteral("manageSubscriptions"),
        QStringLiteral("acceptCustomerLicenseAgreement"),
        QStringLiteral("externalClm"),
    };
    return privileges;
}

const QStringList &PlanValidator::dcvMethods()
{
    static const QStringList methods{QStringLiteral("CNAME"), QStringLiteral("TXT"), QStringLiteral("HTTP"),
                                     QStringLiteral("HTTPS"), QStringLiteral("EMAIL")};
    return methods;
}

const QStringList &PlanValidator::operatorRoles()
{
    static const QStringList roles{QStringLiteral("RAO_SMIME"), QStringLiteral("DRAO_SMIME")};
    return roles;
}

const QStringList &PlanValidator::dialects()
{
    static const QStringList dialects{QStringLiteral("current"), QStringLiteral("legacy")};
    return dialects;
}

const QStringList &PlanValidator::validationLevels()
{
    static const QStringList levels{QStringLiteral("OV_SMIME")};
    return levels;
}

bool PlanValidator::isValidLogin(const QString &login)
{
    return checkLogin(QString(), login).isEmpty();
}

bool PlanValidator::isValidDomainName(const QString &name)
{
    return domainNameProblem(name).isEmpty();
}

QString PlanValidator::domainNameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("it is empty.");
    if (trimmed != name)
        return tr("it has spaces around it.");
    if (name.contains(QLatin1Char('*')))
        return tr("it is a wildcard; name the domain itself (no wildcard), e.g. example.ch.");
    // The dots IDNA takes as label separators, so that "a。b" is judged as "a.b" is.
    QString dotted = name;
    for (const char16_t dot : {u'\u3002', u'\uff0e', u'\uff61'})
        dotted.replace(QChar(dot), QLatin1Char('.'));
    const QStringList labels = dotted.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return tr("it has a single label; write the whole domain, like example.ch.");
    for (const QString &label : labels) {
        if (label.isEmpty())
            return tr("it has an empty label (two dots in a row, or a dot at the start or the end).");
        for (const char32_t c : codePoints(label)) {
            if (!isLabelCharacter(c)) {
                const QString shown = VisibleText::escaped(QString::fromUcs4(&c, 1));
                return tr("it contains \"%1\" (%2), which is not a letter, a digit or a hyphen; a domain "
                          "name holds only those, in labels of up to 63 characters.")
                    .arg(shown, VisibleText::codePoint(c));
            }
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return tr("its label \"%1\" starts or ends with a hyphen.").arg(label);
        // Qt's IDNA conversion gives nothing for a label that is too long, so length is judged here.
        const QByteArray aceLabel = QUrl::toAce(label);
        const qsizetype aceLength = aceLabel.isEmpty() ? label.size() : aceLabel.size();
        if (aceLength > 63)
            return tr("its label \"%1\" is %2 characters long in its ASCII form; a label has at most 63 "
                      "characters.")
                .arg(label)
                .arg(aceLength);
        // A label given in punycode is judged by what it stands for.
        QString unicodeLabel = label;
        if (label.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive)) {
            unicodeLabel = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
            if (unicodeLabel.compare(label, Qt::CaseInsensitive) == 0)
                return tr("its label \"%1\" is not valid punycode.").arg(label);
            for (const char32_t c : codePoints(unicodeLabel)) {
                if (!isLabelCharacter(c))
                    return tr("its label \"%1\" stands for \"%2\", which holds %3, not a letter or a digit.")
                        .arg(label, VisibleText::escaped(unicodeLabel), VisibleText::codePoint(c));
            }
        }
        const QList<QChar::Script> scripts = labelScripts(unicodeLabel);
        if (!isSingleScript(scripts)) {
            QStringList names;
            for (const QChar::Script script : scripts)
                names << scriptName(script);
            const QByteArray ace = QUrl::toAce(name);
            const QString unicodeName = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
            return tr("it is \"%1\" in Unicode and %2 in its ASCII (punycode) form, and its label \"%3\" "
                      "mixes %4 letters. Look-alike (homograph) domains are made that way, e.g. with a "
                      "Cyrillic letter that looks like a Latin one: write each label in one script.")
                .arg(unicodeName, QString::fromLatin1(ace), unicodeLabel, names.join(QLatin1String(" + ")));
        }
    }
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty())
        return tr("it cannot be converted to its ASCII form (IDNA).");
    if (ace.size() > 253)
        return tr("it is %1 characters long in its ASCII form; a domain name has at most 253.")
            .arg(ace.size());
    const QList<QByteArray> aceLabels = ace.toLower().split('.');
    for (const QByteArray &label : aceLabels) {
        if (label.size() > 63)
            return tr("its label \"%1\" is %2 characters long in its ASCII form; a label has at most 63 "
                      "characters.")
                .arg(QString::fromLatin1(label))
                .arg(label.size());
        const bool ldh = std::all_of(label.begin(), label.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        });
        if (label.isEmpty() || !ldh || label.startsWith('-') || label.endsWith('-'))
            return tr("its ASCII form %1 is not made of letters, digits and hyphens.")
                .arg(QString::fromLatin1(ace));
    }
    if (ace.size() < 4)
        return tr("it is too short to be a registered domain.");
    // A top-level domain is never all digits (that would be an IP address).
    const QByteArray &tld = aceLabels.last();
    if (std::all_of(tld.begin(), tld.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return tr("it ends in a number; write a domain name, not an IP address.");
    return QString();
}

QString PlanValidator::addressSecretProblem(const QString &address)
{
    const QString text = address.trimmed();
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const qsizetype authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    // Up to the path only: a password may hold "?" or "#", which would otherwise end the host part.
    const qsizetype slash = text.indexOf(QLatin1Char('/'), authorityStart);
    const qsizetype authorityEnd = slash < 0 ? text.size() : slash;
    if (text.mid(authorityStart, authorityEnd - authorityStart).contains(QLatin1Char('@')))
        return tr("it holds a user name or password (before \"@\")");
    if (text.contains(QLatin1Char('?')))
        return tr("it has a query (\"?...\"), where keys and tokens are often passed");
    if (text.contains(QLatin1Char('#')))
        return tr("it has a fragment (\"#...\")");
    return QString();
}

bool PlanValidator::isValidEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1 || email.size() > 254)
        return false;
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    static const QRegularExpression localPart(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    return local.size() <= 64 && localPart.match(local).hasMatch() && isValidDomainName(domain);
}

bool PlanValidator::isCountryCode(const QString &code)
{
    if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper() || code.at(0).unicode() > 'Z' ||
        code.at(1).unicode() > 'Z')
        return false;
    // Codes Qt knows that ISO 3166-1 does not assign to a country.
    static const QStringList notCountries{QStringLiteral("EU"), QStringLiteral("EZ"), QStringLiteral("UN"),
                                          QStringLiteral("QO"), QStringLiteral("ZZ")};
    if (notCountries.contains(code))
        return false;
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}
