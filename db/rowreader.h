#pragma once

#include <QDateTime>
#include <QLatin1StringView>
#include <QSqlQuery>
#include <QUuid>
#include <QVarLengthArray>
#include <QVariant>

#include <optional>

namespace Soudan::Db {

// Reads the rows of one statement by column name, so that adding or moving a column in the
// statement cannot shift another. Make one reader per executed statement: a column's position
// is looked up the first time its name is asked for and kept for the following rows. Names are
// string literals ("id"_L1). A name the statement does not have is a mistake in the code: the
// program stops and names it.
class RowReader final
{
public:
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    {}

    QVariant value(QLatin1StringView column) const;
    bool isNull(QLatin1StringView column) const { return value(column).isNull(); }
    QString text(QLatin1StringView column) const { return value(column).toString(); }
    qint64 integer(QLatin1StringView column) const { return value(column).toLongLong(); }
    bool flag(QLatin1StringView column) const { return value(column).toLongLong() != 0; }
    // A UUID held as text; null for NULL or anything else.
    QUuid uuid(QLatin1StringView column) const { return QUuid::fromString(text(column)); }
    // A time held as milliseconds since the epoch (UTC).
    QDateTime time(QLatin1StringView column) const;

private:
    int index(QLatin1StringView column) const;

    const QSqlQuery &m_query;
    mutable QVarLengthArray<std::pair<const char *, int>, 24> m_indexes;
};

// How the project's tables hold values that SQL has no type for.
QString uuidText(const QUuid &id);             // lower case, without braces
QVariant uuidOrNull(const QUuid &id);          // NULL (typed as text) for a null UUID
QVariant integerOrNull(std::optional<qint64>); // NULL (typed as an integer) for none
QVariant textOrNull(std::optional<QString>);   // NULL (typed as text) for none
QDateTime fromMs(qint64 ms);                   // UTC
qint64 nowMs();

} // namespace Soudan::Db
