#pragma once

#include <QString>
#include <QUuid>

namespace Soudan::SqlText {

// The text of a named statement from store/sql/queries/<file>.sql, where each statement
// follows a "-- name: <name>" line. Files are read from the resources once.
QString get(const QString &file, const QString &name);

// The steps of one migration file, split at "-- step" lines.
QStringList migrationSteps(const QString &resourcePath);

// How the cache's tables hold a UUID: lower case, without braces.
inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace Soudan::SqlText
