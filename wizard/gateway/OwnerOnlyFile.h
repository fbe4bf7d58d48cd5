#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;
class QSaveFile;

// The one way mpki-setup writes a file that may hold a secret (the connector file, the values
// sheet): atomically through QSaveFile (no direct-write fallback), the new file 0600 before its first
// byte, and every result checked — open, permissions, each write, the flush, the rename. On any
// failure the file at `path` is left exactly as it was (or absent), and *error names the file.
class OwnerOnlyFile
{
    Q_DECLARE_TR_FUNCTIONS(OwnerOnlyFile)

public:
    // Writes the content into `device`; false with a translated reason in *why abandons the write.
    using Producer = std::function<bool(QIODevice &device, QString *why)>;
    // Tests only: runs after every byte is written and before the rename; false abandons the write
    // as a crash would.
    using BeforeCommit = std::function<bool(QSaveFile &)>;

    static bool write(const QString &path, const Producer &produce, QString *error,
                      const BeforeCommit &beforeCommit = {});
    static bool write(const QString &path, const QByteArray &content, QString *error,
                      const BeforeCommit &beforeCommit = {});
};
