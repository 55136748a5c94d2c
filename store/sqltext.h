#pragma once

#include <QString>
#include <QStringList>

namespace Soudan::SqlText {

// The text of a named statement from store/sql/queries/<file>.sql, where each statement
// follows a "-- name: <name>" line, with its {{words}} filled in (SqlText::words()). Files are
// read from the resources once.
QString get(const QString &file, const QString &name);

// The steps of one migration file, split at "-- step" lines.
QStringList migrationSteps(const QString &resourcePath);

// The words the cache's statements use for enum values: the board's (Wire::sqlWords) and the
// cache's own ({{outbox.view}}, {{outbox_state.waiting}}, {{local.synced}}).
QHash<QString, QString> words();

} // namespace Soudan::SqlText
