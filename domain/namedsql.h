#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The format of the project's .sql files, shared by the client's store and the server (the SQL
// itself stays with each): named statements follow "-- name: <name>" lines, migration steps are
// separated by "-- step" lines.
namespace Soudan::NamedSql {

// Statement name -> text, with comment lines removed (Qt scans statements for placeholders and
// would take an apostrophe in a comment for the start of a string).
QHash<QString, QString> parseStatements(const QString &text);

QStringList splitSteps(const QString &text);

} // namespace Soudan::NamedSql
