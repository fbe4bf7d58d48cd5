#pragma once

#include <QLoggingCategory>

// The steps and the runner ("mpki.engine.runner").
Q_DECLARE_LOGGING_CATEGORY(lcRunner)
