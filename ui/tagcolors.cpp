#include "ui/tagcolors.h"

namespace Soudan::TagColors {

QColor status(ThreadStatus status)
{
    switch (status) {
    case ThreadStatus::Open:
        return QColor(0xd3, 0x54, 0x00);
    case ThreadStatus::Resolved:
        return QColor(0x2e, 0x7d, 0x32);
    case ThreadStatus::Closed:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace Soudan::TagColors
