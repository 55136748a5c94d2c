#pragma once

#include "domain/changeset.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace Soudan {
class Store;
}

// Builders of board data for tests, and a fresh cache in a temporary folder.
namespace Soudan::TestBoard {

// Sides 1 (contractor) and 2 (client) with subcategories 11, 12 and 21, 22; users 1 to 3.
ChangeSet skeleton();

// A thread in category with predictable fields; n makes it unique and orders it in time.
Thread thread(int n, qint64 categoryId);
Answer answer(int n, const Thread &thread, qint64 authorId = 2);

// count threads in categoryId numbered from first; view and answer counts repeat so that sorts
// have ties to break.
QList<Thread> threads(qint64 categoryId, int count, int first = 0);

// A Store on a new file in a temporary folder that lives as long as the store.
struct TempStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Store *operator->() const { return store.get(); }
    Store &operator*() const { return *store; }
};
std::unique_ptr<TempStore> openTempStore();

// A connection of the test's own to a cache file ("raw"), as SQLite itself sees it, beside the
// store's; closed and removed with this object (queries on it go first).
class RawFile
{
    Q_DISABLE_COPY_MOVE(RawFile)

public:
    explicit RawFile(const QString &path);
    ~RawFile();
    bool isOpen() const { return db().isOpen(); }
    QSqlDatabase db() const;
    QSqlQuery query() const { return QSqlQuery(db()); }
};

// A cache file of an older schema (migrated up to `schema`) holding one thread, 見積もり with the
// body 契約書, indexed as document `docid` as Soudan then wrote it: its tokens in the index, no
// terms anywhere else. False, with a warning saying why, when it cannot be made.
bool writeOldIndexedCache(const QString &path, int schema, qint64 docid);

} // namespace Soudan::TestBoard
