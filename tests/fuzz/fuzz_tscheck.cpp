// The translators' checker reading a .ts file, whatever a translator's tool left in it.

#include "tools/tscheck/tscheck.h"

#include <QFile>
#include <QTemporaryFile>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryFile file;
    if (!file.isOpen() && !file.open())
        return 0;
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.flush();
    QString error;
    if (const std::optional<Soudan::TsCheck::File> read =
            Soudan::TsCheck::read(file.fileName(), &error))
        (void)Soudan::TsCheck::check(*read);
    return 0;
}
