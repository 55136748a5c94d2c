#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The format of the project's .sql files, shared by the client's store and the server (the SQL
// itself stays with each): named statements follow "-- name: <name>" lines, migration steps are
// separated by "-- step" lines.
//
// Words in double braces ("{{outbox.view}}", "{{id_column}}") are filled in once, when a file is
// read: the numbers of enum values, a dialect's types. Words in single braces ("{filters}") are
// left for the code that runs the statement to fill in each time.
namespace Soudan::NamedSql {

using Words = QHash<QString, QString>;

// Statement name -> text, with comment lines removed (Qt scans statements for placeholders and
// would take an apostrophe in a comment for the start of a string) and words filled in.
QHash<QString, QString> parseStatements(const QString &text, const Words &words = {});

QStringList splitSteps(const QString &text, const Words &words = {});

// Fills in every {{word}} of text. A word that is not in words is a mistake in a .sql file:
// the program stops and names it, so that a test catches it before anyone runs the statement.
QString fillIn(const QString &text, const Words &words);

// The whole text of a file built into the program; a missing one stops the program.
QString readResource(const QString &path);

} // namespace Soudan::NamedSql
