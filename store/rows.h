#pragma once

#include "db/boardrows.h"
#include "store/storetypes.h"

#include <QSqlQuery>

// The cache's own rows: how a value is bound into a named statement's parameters, and read back
// from a statement's columns by name. For store/ only.
namespace Soudan::StoreRows {

// The board's rows (categories, users, threads, answers) are db/boardrows.h's.
using Db::bind;
void bind(QSqlQuery &q, const ModerationItem &item);

OutboxItem readOutboxItem(const Db::RowReader &row);

} // namespace Soudan::StoreRows
