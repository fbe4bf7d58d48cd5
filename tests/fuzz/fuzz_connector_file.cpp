// libFuzzer target: the connector file as `import` reads it — ConnectorFile::readDocument from a file,
// then decode() with a passphrase (for an encrypted file: scrypt parameters, nonce and tag come from
// the file, so a hostile file must not make decode crash, hang or allocate without bound).
#include "ConnectorFile.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("connector.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    const std::optional<QByteArray> document = ConnectorFile::readDocument(path, &error);
    if (!document)
        return 0;
    ConnectorFile::isEncrypted(*document);
    ConnectorFile::Failure failure = ConnectorFile::Failure::None;
    const std::optional<ConnectorConfig> config =
        ConnectorFile::decode(*document, QStringLiteral("fuzz passphrase"), &error, &failure);
    if (!config && (error.isEmpty() || failure == ConnectorFile::Failure::None))
        __builtin_trap(); // a refusal must say why and what kind it is
    return 0;
}
