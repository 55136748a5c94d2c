#include "store/storetypes.h"

namespace Soudan {

ThreadKey keyOf(const ThreadSummary &row, ThreadSort sort)
{
    switch (sort) {
    case ThreadSort::Newest:
        return {row.createdMs, row.id};
    case ThreadSort::LastActivity:
        return {row.lastActivityMs, row.id};
    case ThreadSort::MostViewed:
        return {row.viewCount, row.id};
    case ThreadSort::MostAnswered:
        return {row.answerCount, row.id};
    }
    return {row.createdMs, row.id};
}

} // namespace Soudan
