#pragma once

#include "db/rowreader.h"
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

} // namespace Soudan::Db
