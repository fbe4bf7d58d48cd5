#include "FaultInjector.h"

#include "SimulatorHttp.h"

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{}

FaultInjector::Fault FaultInjector::decide(const SimRequest &request)
{
    const double whether = m_random.generateDouble();
    const double which = m_random.generateDouble();
    if (m_burstLeft > 0) {
        // A burst is an outage of the service, not a dice roll per request.
        --m_burstLeft;
        m_burstStatus = QList<int>{500, 502, 503}.at(int(which * 3) % 3);
        return Fault::ServerErrorBurst;
    }
    if (whether >= m_rate)
        return Fault::None;
    if (!m_kinds.isEmpty()) {
        const Fault chosen = m_kinds.at(qMin(int(m_kinds.size()) - 1, int(which * m_kinds.size())));
        switch (chosen) {
        case Fault::DropAfterProcessing:
        case Fault::TruncatedBody:
            return isChanging(request.method, request.path) ? Fault::DropAfterProcessing
                                                            : Fault::TruncatedBody;
        case Fault::ServerErrorBurst:
            // 2..6 requests in all; the status varies as a load balancer's would.
            m_burstLeft = 1 + int(which * 1000) % 5;
            m_burstStatus = 503;
            return chosen;
        default:
            return chosen;
        }
    }
    const int kind = qMin(3, int(which * 4));
    switch (kind) {
    case 0:
        return Fault::ServiceUnavailable;
    case 1:
        return Fault::TooManyRequests;
    case 2:
        return Fault::ResetBeforeProcessing;
    default:
        return isChanging(request.method, request.path) ? Fault::DropAfterProcessing : Fault::TruncatedBody;
    }
}

QStringList FaultInjector::kindNames()
{
    return {QStringLiteral("503"),       QStringLiteral("429"),       QStringLiteral("reset"),
            QStringLiteral("truncated"), QStringLiteral("malformed"), QStringLiteral("no-location"),
            QStringLiteral("slow-drip"), QStringLiteral("5xx-burst")};
}

bool FaultInjector::setKinds(const QStringList &kinds, QString *error)
{
    static const QList<Fault> byName{
        Fault::ServiceUnavailable, Fault::TooManyRequests, Fault::ResetBeforeProcessing,
        Fault::TruncatedBody,      Fault::MalformedBody,   Fault::MissingLocation,
        Fault::SlowDrip,           Fault::ServerErrorBurst};
    QList<Fault> chosen;
    for (const QString &kind : kinds) {
        const int index = int(kindNames().indexOf(kind.trimmed()));
        if (index < 0) {
            if (error)
                *error = QStringLiteral("unknown fault kind '%1' (known: %2)")
                             .arg(kind, kindNames().join(QLatin1String(", ")));
            return false;
        }
        if (!chosen.contains(byName.at(index)))
            chosen << byName.at(index);
    }
    m_kinds = chosen;
    return true;
}

bool FaultInjector::isChanging(const QByteArray &method, const QString &path)
{
    const QByteArray verb = method.toUpper();
    if (verb == "GET" || verb == "HEAD" || verb == "OPTIONS")
        return false;
    const QString resource = path.section(QLatin1Char('?'), 0, 0);
    return !resource.endsWith(QLatin1String("/validation/status")) &&
           !resource.endsWith(QLatin1String("/sync"));
}

QString FaultInjector::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QString();
    case Fault::ServiceUnavailable:
        return QStringLiteral("503");
    case Fault::TooManyRequests:
        return QStringLiteral("429");
    case Fault::ResetBeforeProcessing:
        return QStringLiteral("reset");
    case Fault::DropAfterProcessing:
        return QStringLiteral("processed-then-reset");
    case Fault::TruncatedBody:
        return QStringLiteral("truncated");
    case Fault::MalformedBody:
        return QStringLiteral("malformed");
    case Fault::MissingLocation:
        return QStringLiteral("no-location");
    case Fault::SlowDrip:
        return QStringLiteral("slow-drip");
    case Fault::ServerErrorBurst:
        return QStringLiteral("5xx-burst");
    }
    return QString();
}
