#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

// How the Board's tables hold ids and times: UUIDs as lower-case text without braces, times as
// milliseconds since the epoch in UTC.
namespace Soudan::Server::RowValues {

inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace Soudan::Server::RowValues
