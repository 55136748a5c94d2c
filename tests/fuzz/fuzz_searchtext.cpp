// The search box and the tokenizer: any text a user types or a post holds.

#include "domain/searchtext.h"

#include <cstdint>
#include <cstdlib>

using namespace Soudan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString normalized = SearchText::normalized(text);
    for (const QString &token : SearchText::tokens(text)) {
        if (token.isEmpty())
            std::abort(); // an empty token would match everything
    }
    (void)SearchText::tokenString(text);
    const SearchText::Query query = SearchText::parse(text);
    for (const SearchText::Term &term : query.include) {
        const qsizetype at = SearchText::find(normalized, term);
        if (at < -1 || at > normalized.size())
            std::abort();
    }
    return 0;
}
