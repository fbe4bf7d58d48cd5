#include "TcsGuard.h"

#include <QCoreApplication>

namespace TcsGuard {

const QStringList &customerUris()
{
    // DFN, sunet, funet and surfnet are documented in public NREN pages (sectigo-scm-api.md §1.3);
    // the others are the customer URIs the remaining TCS member NRENs used in the same era.
    static const QStringList uris = {
        QStringLiteral("dfn"),     QStringLiteral("sunet"),   QStringLiteral("funet"),
        QStringLiteral("surfnet"), QStringLiteral("uninett"), QStringLiteral("sikt"),
        QStringLiteral("deic"),    QStringLiteral("aconet"),  QStringLiteral("belnet"),
        QStringLiteral("cesnet"),  QStringLiteral("garr"),    QStringLiteral("grnet"),
        QStringLiteral("heanet"),  QStringLiteral("renater"), QStringLiteral("rediris"),
        QStringLiteral("restena"), QStringLiteral("arnes"),   QStringLiteral("carnet"),
        QStringLiteral("switch"),  QStringLiteral("pionier"), QStringLiteral("rhnet"),
    };
    return uris;
}

bool isTcsCustomer(const QString &customerUri)
{
    return customerUris().contains(customerUri.trimmed().toLower());
}

QString explanation(const QString &customerUri)
{
    return QCoreApplication::translate(
               "TcsGuard",
               "The customer URI '%1' belongs to a GÉANT TCS account. S/MIME issuance for TCS through "
               "Sectigo ended on 2025-01-10; TCS certificates now come from HARICA, and SEPPmail's HARICA "
               "connector is the way to connect the gateway. Nothing was changed. If you really mean to "
               "set up this legacy Sectigo account, run again with --allow-legacy-tcs.")
        .arg(customerUri);
}

} // namespace TcsGuard
