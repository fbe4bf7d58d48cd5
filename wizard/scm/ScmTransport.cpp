#include "ScmTransport.h"

#include "Clock.h"
#include "ScmCall.h"
#include "ScmConcurrencyLimit.h"
#include "ScmLogging.h"
#include "ScmProxyFactory.h"
#include "ScmReply.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QUuid>

#include <deque>

namespace {

// Calls as two different admins share one manager: a cookie from one must never ride along with
// the other. This jar stores nothing and returns nothing.
class NoCookieJar : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

} // namespace

class ScmTransport::Private
{
public:
    explicit Private(ScmTransport *transport)
        : q(transport)
    {}

    void enqueue(ScmCall *call, bool front)
    {
        if (front)
            queue.push_front(call);
        else
            queue.push_back(call);
        dispatch();
    }

    void dispatch()
    {
        if (dispatching)
            return; // the loop below sees the new state
        dispatching = true;
        while (limit.hasFreeSlot() && !queue.empty()) {
            QPointer<ScmCall> call = queue.front();
            queue.pop_front();
            if (!call || call->isDone())
                continue;
            limit.acquire();
            emit q->inFlightChanged(limit.inFlight());
            call->startAttempt();
        }
        dispatching = false;
    }

    void attemptFinished(ScmCall::AttemptOutcome outcome)
    {
        limit.release();
        if (outcome == ScmCall::AttemptOutcome::RateLimited) {
            limit.recordRateLimited();
            qCInfo(lcScm) << "SCM asked for fewer requests: at most" << limit.bound() << "in flight";
        } else if (outcome == ScmCall::AttemptOutcome::Success) {
            limit.recordSuccess();
        }
        emit q->inFlightChanged(limit.inFlight());
        dispatch();
    }

    void rebuildTrust()
    {
        settings.customTrust = !extraCaCertificates.isEmpty();
        // Built again for the next https request (ensureTrust): not here, so that adding CA files
        // at start-up does not load the TLS backend before anything is sent.
        settings.tls.reset();
    }

    // The TLS configuration of the added trust, made for the first https request that needs it.
    void ensureTrust(const QUrl &url)
    {
        if (!settings.customTrust || settings.tls || url.scheme() != QLatin1String("https"))
            return;
        // The system store stays in: the added certificates are extra trust, never a replacement.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> trusted = QSslConfiguration::systemCaCertificates();
        for (const QSslCertificate &certificate : tls.caCertificates())
            if (!trusted.contains(certificate))
                trusted.append(certificate);
        for (const QSslCertificate &certificate : extraCaCertificates)
            if (!trusted.contains(certificate))
                trusted.append(certificate);
        tls.setCaCertificates(trusted);
        settings.tls = tls;
    }

    ScmTransport *q;
    QNetworkAccessManager *network = nullptr;
    QList<QSslCertificate> extraCaCertificates;
    ScmCallSettings settings;
    ScmConcurrencyLimit limit{6};
    std::deque<QPointer<ScmCall>> queue;
    QList<QPointer<ScmCall>> calls;
    bool dispatching = false;
};

ScmTransport::ScmTransport(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    d->network = new QNetworkAccessManager(this);
    d->network->setCookieJar(new NoCookieJar(d->network));
    d->network->setProxyFactory(new ScmProxyFactory);
    d->network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    d->settings.network = d->network;
    d->settings.clock = Clock::system();
    connect(d->network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                emit tlsRefused(errors, reply->sslConfiguration().peerCertificateChain());
            });
}

ScmTransport::~ScmTransport()
{
    // Replies may outlive the transport: each one still ends, with Cancelled.
    const QList<QPointer<ScmCall>> calls = d->calls;
    for (const QPointer<ScmCall> &call : calls)
        if (call)
            call->abort();
    d->queue.clear();
    delete d;
    d = nullptr;
}

void ScmTransport::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    for (const QSslCertificate &certificate : certificates)
        if (!certificate.isNull() && !d->extraCaCertificates.contains(certificate))
            d->extraCaCertificates.append(certificate);
    d->rebuildTrust();
    // A connection kept from an attempt the old trust refused would be reused with that trust.
    networkAccessManager()->clearConnectionCache();
}

QList<QSslCertificate> ScmTransport::extraCaCertificates() const
{
    return d->extraCaCertificates;
}

void ScmTransport::setMaxInFlight(int max)
{
    d->limit.setMaximum(max);
    d->dispatch();
}

int ScmTransport::maxInFlight() const
{
    return d->limit.maximum();
}

int ScmTransport::effectiveMaxInFlight() const
{
    return d->limit.bound();
}

int ScmTransport::inFlight() const
{
    return d->limit.inFlight();
}

int ScmTransport::queued() const
{
    int count = 0;
    for (const QPointer<ScmCall> &call : d->queue)
        if (call && !call->isDone())
            ++count;
    return count;
}

void ScmTransport::setRequestDeadlineMs(int ms)
{
    d->settings.deadlineMs = qMax(1, ms);
}

int ScmTransport::requestDeadlineMs() const
{
    return d->settings.deadlineMs;
}

void ScmTransport::setRunDeadline(const QDateTime &clockTime)
{
    d->settings.runEndsAt = clockTime;
}

void ScmTransport::setMaxAttempts(int attempts)
{
    d->settings.retry.maxAttempts = qMax(1, attempts);
}

void ScmTransport::setBackoff(int initialMs, int capMs)
{
    d->settings.retry.initialBackoffMs = qMax(0, initialMs);
    d->settings.retry.backoffCapMs = qMax(d->settings.retry.initialBackoffMs, capMs);
}

void ScmTransport::setClock(Clock *clock)
{
    d->settings.clock = clock ? clock : Clock::system();
}

void ScmTransport::setExchangeObserver(ExchangeObserver observer)
{
    d->settings.observer = std::move(observer);
}

QNetworkAccessManager *ScmTransport::networkAccessManager() const
{
    return d->network;
}

QByteArray ScmTransport::newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

ScmReply *ScmTransport::send(const ScmCredentials &credentials, const ScmRequest &request)
{
    auto *reply = new ScmReply(newRequestId());
    d->ensureTrust(credentials.baseUrl);
    auto *call = new ScmCall(credentials, request, reply, d->settings, this);
    d->calls.append(call);

    connect(call, &ScmCall::wantsSlot, this, [this, call](bool resumed) { d->enqueue(call, resumed); });
    connect(call, &ScmCall::attemptFinished, this,
            [this](ScmCall::AttemptOutcome outcome) { d->attemptFinished(outcome); });
    connect(call, &ScmCall::changingRequestSent, this, &ScmTransport::changingRequestSent);
    connect(call, &ScmCall::changingRequestFinished, this, &ScmTransport::changingRequestFinished);
    connect(call, &ScmCall::done, this, [this, call] {
        d->calls.removeAll(call);
        call->deleteLater();
    });
    connect(reply, &ScmReply::abortRequested, call, &ScmCall::abort);
    // The caller deleted the reply before it finished: nobody wants the answer any more.
    connect(reply, &QObject::destroyed, call, &ScmCall::abort);

    call->begin();
    return reply;
}
