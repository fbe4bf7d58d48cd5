#pragma once

#include "RequestLogStats.h"

#include <QHash>
#include <QPair>
#include <QString>

// Which step made each logged request. The simulator cannot know, so the benchmark combines what the
// API table of DESIGN.md says a step may call (the path) with when each step was active (the
// Runner's stepChanged): of the steps that may make a request and were active when it arrived, the
// one that started last made it (the steps that share endpoints, e.g. connect and organization,
// never run at the same time).
namespace StepAttribution {
using Windows = QHash<QString, QPair<qint64, qint64>>; // step name -> first start, last end (wall ms)

void attribute(QList<LoggedRequest> *requests, const Windows &windows);
// The steps that may call `path` (below /api/), in graph order.
QStringList stepsThatMayCall(const QString &path);
} // namespace StepAttribution
