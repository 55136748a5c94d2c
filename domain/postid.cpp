#include "domain/postid.h"

#include <QDateTime>

namespace Soudan::PostId {

QUuid make()
{
    return timeOrdered(QDateTime::currentMSecsSinceEpoch(), QUuid::createUuid());
}

QUuid timeOrdered(qint64 ms, const QUuid &bits)
{
    QByteArray b = bits.toRfc4122();
    for (int i = 0; i < 6; ++i) // 48 bits of milliseconds, big-endian
        b[i] = char((quint64(ms) >> (40 - 8 * i)) & 0xff);
    b[6] = char((b[6] & 0x0f) | 0x70); // version 7
    b[8] = char((b[8] & 0x3f) | 0x80); // the RFC's variant
    return QUuid::fromRfc4122(b);
}

} // namespace Soudan::PostId
