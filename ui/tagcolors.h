#pragma once

#include "domain/thread.h"

#include <QColor>

// The colours of the board's labels (status, すぐ知りたい!, ベストアンサー), white text on each.
namespace Soudan::TagColors {

QColor status(ThreadStatus status);
inline QColor urgent()
{
    return QColor(0xc6, 0x28, 0x28);
}
inline QColor bestAnswer()
{
    return QColor(0xb8, 0x86, 0x0b);
}

} // namespace Soudan::TagColors
