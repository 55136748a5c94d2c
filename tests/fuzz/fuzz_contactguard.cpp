// The contact check: a post's text, whatever it holds.

#include "domain/contactguard.h"

#include <cstdint>
#include <cstdlib>

using namespace Soudan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<ContactGuard::Finding> found = ContactGuard::scan(text);
    if (ContactGuard::trips(text) != !found.isEmpty())
        std::abort();
    return 0;
}
