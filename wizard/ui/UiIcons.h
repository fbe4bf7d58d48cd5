#pragma once

#include <QIcon>
#include <QString>

// The wizard's icons, drawn as SVG in resources/icons/ui/. Without Qt's SVG plugin (libqt6svg6) a
// plain coloured disc stands in, so the wizard stays usable (status is also always said in words).
namespace UiIcons {
// name: the file's base name, e.g. "step-done", "copy".
QIcon icon(const QString &name);
// Registers the library's resources (icons, the example plan); safe to call more than once.
void initResources();
} // namespace UiIcons
