#pragma once

// For the secret-store tests: one asynchronous SecretStore call, waited for.

#include "SecretStore.h"

#include <QObject>
#include <QTest>

#include <functional>

namespace SecretStoreTestKit {

// Starts a call (`start` gets a context and the callback) and waits up to `timeoutMs` for its one
// answer; warns when it answered synchronously, late or more than once.
inline SecretResult call(const std::function<void(QObject *, SecretStore::Done)> &start, int timeoutMs)
{
    QObject context;
    SecretResult result;
    int calls = 0;
    start(&context, [&](const SecretResult &r) {
        result = r;
        ++calls;
    });
    if (calls != 0)
        qWarning("answered synchronously");
    if (!QTest::qWaitFor([&] { return calls > 0; }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    QTest::qWait(10);
    if (calls != 1)
        qWarning("answered %d times", calls);
    return result;
}

} // namespace SecretStoreTestKit
