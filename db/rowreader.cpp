#include "db/rowreader.h"

#include <QSqlRecord>

namespace Soudan::Db {

int RowReader::index(QLatin1StringView column) const
{
    // Callers pass literals, so the same name comes with the same address.
    for (const auto &[name, at] : m_indexes) {
        if (name == column.data())
            return at;
    }
    const int at = m_query.record().indexOf(column);
    if (at < 0) {
        qFatal("Soudan: the statement has no column %s: %s", column.data(),
               qPrintable(m_query.lastQuery().left(200)));
    }
    m_indexes.append({column.data(), at});
    return at;
}

QVariant RowReader::value(QLatin1StringView column) const
{
    return m_query.value(index(column));
}

QDateTime RowReader::time(QLatin1StringView column) const
{
    return fromMs(integer(column));
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidText(id));
}

QVariant integerOrNull(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textOrNull(std::optional<QString> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>());
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace Soudan::Db
