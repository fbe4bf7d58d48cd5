#include "DomainNames.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace {
const QSet<QString> &twoLabelSuffixes()
{
    static const QSet<QString> suffixes = {
        QStringLiteral("co.uk"),  QStringLiteral("org.uk"), QStringLiteral("ac.uk"),
        QStringLiteral("gov.uk"), QStringLiteral("com.au"), QStringLiteral("net.au"),
        QStringLiteral("org.au"), QStringLiteral("edu.au"), QStringLiteral("co.nz"),
        QStringLiteral("co.jp"),  QStringLiteral("co.za"),  QStringLiteral("com.br"),
        QStringLiteral("com.cn"), QStringLiteral("co.in"),  QStringLiteral("com.mx"),
        QStringLiteral("co.at"),  QStringLiteral("or.at"),  QStringLiteral("com.tr"),
        QStringLiteral("co.il"),  QStringLiteral("com.sg"),
    };
    return suffixes;
}

QString withoutWildcard(const QString &name)
{
    return name.startsWith(QLatin1String("*.")) ? name.mid(2) : name;
}
} // namespace

namespace DomainNames {

bool isValid(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QString bare = withoutWildcard(name);
    const QStringList labels = bare.split(QLatin1Char('.'));
    if (labels.size() < 2 || bare.size() > 253)
        return false;
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return !labels.last().at(0).isDigit();
}

QString registeredDomain(const QString &name)
{
    const QStringList labels = withoutWildcard(name).toLower().split(QLatin1Char('.'));
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    const QString lastTwo = labels.mid(labels.size() - 2).join(QLatin1Char('.'));
    if (twoLabelSuffixes().contains(lastTwo))
        return labels.mid(labels.size() - 3).join(QLatin1Char('.'));
    return lastTwo;
}

bool isRegisteredDomain(const QString &name)
{
    return !name.startsWith(QLatin1String("*.")) && registeredDomain(name) == name.toLower();
}

} // namespace DomainNames
