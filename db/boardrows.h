#pragma once

#include "db/rowreader.h"
#include "domain/activity.h"
#include "domain/answer.h"
#include "domain/category.h"
#include "domain/thread.h"
#include "domain/user.h"

#include <QSqlQuery>

// The board's rows as both the cache and the server's database hold them (the same column
// names): bound into a named statement's parameters (":id", ":category_id", …), and read back
// from a statement's columns by name.
namespace Soudan::Db {

void bind(QSqlQuery &q, const Thread &t);
void bind(QSqlQuery &q, const Answer &a);
void bind(QSqlQuery &q, const Category &c);
void bind(QSqlQuery &q, const User &u);

Thread readThread(const RowReader &row);
Answer readAnswer(const RowReader &row);
Category readCategory(const RowReader &row);
User readUser(const RowReader &row);

// A question's supplements as both databases hold them: JSON text, NULL for none.
QVariant supplementsText(const QList<Supplement> &supplements);
QList<Supplement> readSupplements(const QString &text);

// A user's own rows (domain/activity.h). Times are milliseconds, 0 for none; a level is its wire
// name, NULL for none.
// suffix follows each placeholder's name: ":kind_3" for the fourth row of a statement of rows.
void bind(QSqlQuery &q, const Notification &n, const QString &suffix = {});
void bind(QSqlQuery &q, const ThreadState &s);
void bind(QSqlQuery &q, const CategoryState &s);

Notification readNotification(const RowReader &row);
ThreadState readThreadState(const RowReader &row);
CategoryState readCategoryState(const RowReader &row);

// A level as the tables hold it, and back.
QVariant levelOrNull(std::optional<FollowLevel> level);
std::optional<FollowLevel> readLevel(const RowReader &row, QLatin1StringView column);
qint64 msOrZero(const QDateTime &time);
QDateTime fromMsOrNull(qint64 ms);

} // namespace Soudan::Db
