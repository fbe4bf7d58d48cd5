#include "FaultInjector.h"

#include "SimulatorHttp.h"

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{}

FaultInjector::Fault FaultInjector::decide(const SimRequest &request)
{
    const double whether = m_random.generateDouble();
    const double which = m_random.generateDouble();
    if (whether >= m_rate)
        return Fault::None;
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
    }
    return QString();
}
