// The importer's HTML to text: a Stack Exchange post's body, however broken.

#include "server/htmltext.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Soudan::Server::HtmlText::toPlainText(html);
    return 0;
}
