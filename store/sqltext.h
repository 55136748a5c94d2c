#pragma once

#include <QString>

namespace Soudan::SqlText {

// The text of a named statement from store/sql/queries/<file>.sql, where each statement
// follows a "-- name: <name>" line. Files are read from the resources once.
QString get(const QString &file, const QString &name);

// The steps of one migration file, split at "-- step" lines.
QStringList migrationSteps(const QString &resourcePath);

} // namespace Soudan::SqlText
