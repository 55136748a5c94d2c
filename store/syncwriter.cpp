#include "store/syncwriter.h"

#include "db/boardrows.h"
#include "db/rowreader.h"
#include "domain/vocabulary.h"
#include "store/activitycache.h"
#include "store/connection.h"
#include "store/rows.h"
#include "store/searchindex.h"
#include "store/sqltext.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::RowReader;
using Db::uuidText;

SyncWriter::SyncWriter(const StoreConnection &connection)
    : m_connection(connection)
{}

bool SyncWriter::ingest(const ChangeSet &changes)
{
    return write(changes, nullptr);
}

bool SyncWriter::applyPage(const ChangeSet &page, const QString &cursor)
{
    return write(page, &cursor);
}

bool SyncWriter::write(const ChangeSet &changes, const QString *cursor)
{
    if (changes.isEmpty() && !cursor)
        return true;
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return false;

    StoreChange change;
    change.categories = !changes.categories.isEmpty();
    QString error;
    {
        const QSqlDatabase connection = m_connection.db();
        auto run = [&](QSqlQuery &query, const QString &what) {
            if (query.exec())
                return true;
            error = what + u": "_s + query.lastError().text();
            return false;
        };
        SearchIndexer index(connection);
        // A first sync or a resync brings the whole board: its posts are indexed after it.
        index.setLater(cursor && !m_connection.value(u"resync"_s).isEmpty());
        auto indexed = [&](bool done) {
            if (!done)
                error = index.error();
            return done;
        };
        // During a full resync every row the server sends is noted, so that the rest can go.
        const bool noteSeen = cursor && m_connection.value(u"resync"_s) == u"sweep"_s;
        QSqlQuery seen = m_connection.prepare(u"sync"_s, u"seen"_s);
        auto note = [&](EntityKind kind, const QString &id) {
            if (!noteSeen)
                return true;
            seen.bindValue(u":kind"_s, int(kind));
            seen.bindValue(u":id"_s, id);
            return run(seen, u"resync"_s);
        };
        // One statement for every row of a list: bind, run, note, and whatever else the row needs.
        auto each = [&](const auto &rows, const QString &file, const QString &what, auto after) {
            QSqlQuery q = m_connection.prepare(file, u"upsert"_s);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                StoreRows::bind(q, rows.at(i));
                if (!run(q, u"%1[%2]"_s.arg(what).arg(i)) || !after(rows.at(i)))
                    return false;
            }
            return true;
        };

        bool ok =
            each(changes.categories, u"categories"_s, u"categories"_s, [&](const Category &c) {
                return note(EntityKind::Category, QString::number(c.id));
            });
        ok = ok && each(changes.users, u"users"_s, u"users"_s, [&](const User &u) {
                 return note(EntityKind::User, QString::number(u.id));
             });
        ok = ok && each(changes.threads, u"threads"_s, u"threads"_s, [&](const Thread &t) {
                 change.categoryIds.insert(t.categoryId);
                 change.threadIds.insert(t.id);
                 return note(EntityKind::Thread, uuidText(t.id)) &&
                        indexed(
                            index.put(EntityKind::Thread, t.id,
                                      SearchIndexer::questionText(
                                          t.title, t.body, t.thanks ? t.thanks->body : QString()),
                                      t.createdAt.toMSecsSinceEpoch(), t.hidden));
             });
        ok = ok && each(changes.answers, u"answers"_s, u"answers"_s, [&](const Answer &a) {
                 change.threadIds.insert(a.threadId);
                 return note(EntityKind::Answer, uuidText(a.id)) &&
                        indexed(index.put(EntityKind::Answer, a.id, a.body,
                                          a.createdAt.toMSecsSinceEpoch(), a.hidden));
             });
        ok = ok && each(changes.moderationItems, u"moderation"_s, u"moderationItems"_s,
                        [&](const ModerationItem &m) {
                            change.moderation = true;
                            return note(EntityKind::ModerationItem, uuidText(m.id));
                        });
        // The user's own rows.
        const QString me = m_connection.value(u"me_id"_s);
        auto own = [&](const auto &rows, const QString &name, const QString &what, auto extra,
                       auto after) {
            QSqlQuery q = m_connection.prepare(u"activity"_s, name);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                Db::bind(q, rows.at(i));
                extra(q, rows.at(i));
                if (!run(q, u"%1[%2]"_s.arg(what).arg(i)) || !after(rows.at(i)))
                    return false;
            }
            return true;
        };
        const auto nothing = [](QSqlQuery &, const auto &) {};
        ok = ok && own(changes.notifications, u"notification_upsert"_s, u"notifications"_s, nothing,
                       [&](const Notification &n) {
                           return note(EntityKind::Notification, QString::number(n.id));
                       });
        ok = ok && own(
                       changes.threadStates, u"thread_state_upsert"_s, u"threadStates"_s,
                       [&](QSqlQuery &q, const ThreadState &t) {
                           q.bindValue(u":thread_id2"_s, uuidText(t.threadId));
                           q.bindValue(u":me"_s, me.toLongLong());
                       },
                       [&](const ThreadState &t) {
                           change.threadIds.insert(t.threadId);
                           return note(EntityKind::ThreadState, uuidText(t.threadId));
                       });
        ok = ok && own(changes.categoryStates, u"category_state_upsert"_s, u"categoryStates"_s,
                       nothing, [&](const CategoryState &c) {
                           return note(EntityKind::CategoryState, QString::number(c.categoryId));
                       });
        change.activity = !changes.notifications.isEmpty() || !changes.threadStates.isEmpty() ||
                          !changes.categoryStates.isEmpty();
        for (const Tombstone &t : changes.tombstones) {
            if (!ok)
                break;
            // The index first, while the rows still point at their documents.
            if (t.kind == EntityKind::Thread)
                ok = indexed(index.removeThread(QUuid::fromString(t.id)));
            else if (t.kind == EntityKind::Answer)
                ok = indexed(index.remove(QUuid::fromString(t.id)));
            ok = ok && remove(t, change, &error);
        }
        ok = ok && indexed(index.flush());
        // What the marks add up to, and the notifications they cover, follow every change.
        if (ok && !ActivityCache::refreshMarks(m_connection))
            error = m_connection.lastError();
        if (ok && cursor && !m_connection.setValue(u"cursor"_s, *cursor))
            error = m_connection.lastError();
    }
    if (!error.isEmpty())
        return m_connection.fail(error);
    if (!tx.commit())
        return false;
    m_connection.clearError();
    if (!changes.isEmpty())
        m_connection.notify(change);
    return true;
}

bool SyncWriter::remove(const Tombstone &tombstone, StoreChange &change, QString *error)
{
    auto run = [&](QSqlQuery q, const QString &what) {
        if (q.exec())
            return true;
        *error = u"%1 %2: %3"_s.arg(what, tombstone.id, q.lastError().text());
        return false;
    };
    // The thread a removed row belonged to, so that the views showing it refresh.
    auto lookUp = [&](const QString &file, const QString &name, auto found) {
        QSqlQuery q = m_connection.prepare(file, name, {{u":id"_s, tombstone.id}});
        if (!q.exec()) {
            *error = u"%1 %2: %3"_s.arg(file, tombstone.id, q.lastError().text());
            return false;
        }
        if (q.next())
            found(RowReader(q));
        return true;
    };
    switch (tombstone.kind) {
    case EntityKind::Thread:
        change.threadIds.insert(QUuid::fromString(tombstone.id));
        return lookUp(u"threads"_s, u"category_of"_s,
                      [&](const RowReader &row) {
                          change.categoryIds.insert(row.integer("category_id"_L1));
                      }) &&
               run(m_connection.prepare(u"answers"_s, u"delete_of_thread"_s,
                                        {{u":thread_id"_s, tombstone.id}}),
                   u"answers"_s) &&
               run(m_connection.prepare(u"threads"_s, u"delete"_s, {{u":id"_s, tombstone.id}}),
                   u"threads"_s);
    case EntityKind::Answer:
        return lookUp(u"answers"_s, u"thread_of"_s,
                      [&](const RowReader &row) {
                          change.threadIds.insert(row.uuid("thread_id"_L1));
                      }) &&
               run(m_connection.prepare(u"answers"_s, u"delete"_s, {{u":id"_s, tombstone.id}}),
                   u"answers"_s);
    case EntityKind::Category:
        change.categories = true;
        return run(m_connection.prepare(u"categories"_s, u"delete"_s,
                                        {{u":id"_s, tombstone.id.toLongLong()}}),
                   u"categories"_s);
    case EntityKind::User:
        change.everything = true; // names shown in the detail pane
        return run(
            m_connection.prepare(u"users"_s, u"delete"_s, {{u":id"_s, tombstone.id.toLongLong()}}),
            u"users"_s);
    case EntityKind::ModerationItem:
        change.moderation = true;
        return run(m_connection.prepare(u"moderation"_s, u"delete"_s, {{u":id"_s, tombstone.id}}),
                   u"moderation"_s);
    case EntityKind::Notification:
        change.activity = true;
        return run(m_connection.prepare(u"activity"_s, u"notification_delete"_s,
                                        {{u":id"_s, tombstone.id.toLongLong()}}),
                   u"notifications"_s);
    case EntityKind::ThreadState:
        change.activity = true;
        change.threadIds.insert(QUuid::fromString(tombstone.id));
        return run(m_connection.prepare(u"activity"_s, u"thread_state_delete"_s,
                                        {{u":thread_id"_s, tombstone.id}}),
                   u"thread_marks"_s);
    case EntityKind::CategoryState:
        change.activity = true;
        return run(m_connection.prepare(u"activity"_s, u"category_state_delete"_s,
                                        {{u":category_id"_s, tombstone.id.toLongLong()}}),
                   u"category_marks"_s);
    }
    return true;
}

SyncState SyncWriter::state() const
{
    SyncState s;
    s.cursor = m_connection.value(u"cursor"_s);
    s.resyncing = !m_connection.value(u"resync"_s).isEmpty();
    s.origin = m_connection.value(u"origin"_s);
    const QString last = m_connection.value(u"last_sync_ms"_s);
    if (!last.isEmpty())
        s.lastSync = Db::fromMs(last.toLongLong());
    return s;
}

bool SyncWriter::beginResync(const QString &origin)
{
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return false;
    // With nothing in the cache there is nothing to sweep afterwards, and nothing to note.
    QSqlQuery q = m_connection.prepare(u"sync"_s, u"any_rows"_s);
    if (!q.exec() || !q.next())
        return m_connection.fail(q.lastError().text());
    const bool anyRows = RowReader(q).flag("any_rows"_L1);
    q.finish();
    // Another server or user: what was new for the last one is not for this one.
    if (m_connection.value(u"origin"_s) != origin) {
        for (const QString &name :
             {u"clear_mine"_s, u"clear_thread_marks"_s, u"clear_category_marks"_s}) {
            if (!m_connection.run(u"activity"_s, name))
                return false;
        }
        if (!m_connection.setValue(u"new_since_ms"_s, QString()) || !rebuildMine())
            return false;
    }
    const bool newAccount = m_connection.value(u"origin"_s) != origin;
    if (!m_connection.run(u"sync"_s, u"seen_clear"_s) ||
        !m_connection.run(u"outbox"_s, u"adopt"_s, {{u":origin"_s, origin}}) ||
        !m_connection.setValue(u"resync"_s, anyRows ? u"sweep"_s : u"fresh"_s) ||
        !m_connection.setValue(u"cursor"_s, QString()) ||
        !m_connection.setValue(u"origin"_s, origin) || !tx.commit())
        return false;
    if (newAccount) {
        // Whose outbox items are whose has changed.
        StoreChange change;
        change.outbox = true;
        m_connection.notify(change);
    }
    return true;
}

bool SyncWriter::finishResync()
{
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return false;
    bool ok = true;
    const bool sweep = m_connection.value(u"resync"_s) == u"sweep"_s;
    if (sweep) {
        for (const QString &name : {u"sweep_answers"_s, u"sweep_threads"_s, u"sweep_users"_s,
                                    u"sweep_categories"_s, u"sweep_mod_items"_s})
            ok = ok && m_connection.run(u"sync"_s, name);
        for (const QString &name :
             {u"sweep_notifications"_s, u"sweep_thread_states"_s, u"sweep_category_states"_s})
            ok = ok && m_connection.run(u"activity"_s, name);
        // What the sweep removed no longer points at its documents of the search index.
        QString error;
        ok = ok &&
             (SearchIndexer::recountOrphans(m_connection.db(), &error) || m_connection.fail(error));
        // Rows that were kept were not inserted again: which are the user's is found anew.
        ok = ok && rebuildMine();
    } else {
        // A first sync brings old notifications: they are in the panel, not on the desktop.
        ok = ok && m_connection.run(u"activity"_s, u"all_shown"_s);
    }
    // Threads that were there before the first sync are not new.
    if (ok && m_connection.value(u"new_since_ms"_s).isEmpty()) {
        QSqlQuery newest = m_connection.prepare(u"activity"_s, u"board_created"_s);
        ok = newest.exec() && newest.next();
        const QString since = ok ? RowReader(newest).text("created_ms"_L1) : QString();
        newest.finish();
        ok = (ok || m_connection.fail(newest.lastError().text())) &&
             m_connection.setValue(u"new_since_ms"_s, since);
    }
    ok = ok && ActivityCache::refreshMarks(m_connection);
    ok = ok && m_connection.run(u"sync"_s, u"seen_clear"_s) &&
         m_connection.setValue(u"resync"_s, QString()) && tx.commit();
    if (!ok)
        return false;
    StoreChange change;
    change.everything = true;
    change.categories = true;
    change.moderation = true;
    m_connection.notify(change);
    return true;
}

bool SyncWriter::setLastSync(const QDateTime &when)
{
    return m_connection.setValue(u"last_sync_ms"_s, QString::number(when.toMSecsSinceEpoch()));
}

bool SyncWriter::setMe(const User &me)
{
    ChangeSet user;
    user.users = {me};
    const bool another = m_connection.value(u"me_id"_s) != QString::number(me.id);
    if (!ingest(user))
        return false;
    StoreTransaction tx(m_connection);
    return tx.ok() && m_connection.setValue(u"me_id"_s, QString::number(me.id)) &&
           m_connection.setValue(u"me_name"_s, me.displayName) &&
           m_connection.setValue(u"me_role"_s, Wire::name(me.role)) &&
           (!another || rebuildMine()) && tx.commit();
}

bool SyncWriter::rebuildMine()
{
    const qint64 me = m_connection.value(u"me_id"_s).toLongLong();
    return m_connection.run(u"activity"_s, u"reset_mine"_s) &&
           m_connection.run(u"activity"_s, u"rebuild_asked"_s, {{u":me"_s, me}}) &&
           m_connection.run(u"activity"_s, u"rebuild_answered"_s, {{u":me"_s, me}}) &&
           m_connection.run(u"activity"_s, u"rebuild_last_other"_s, {{u":me"_s, me}});
}

std::optional<User> SyncWriter::me() const
{
    const qint64 id = m_connection.value(u"me_id"_s).toLongLong();
    if (id <= 0)
        return std::nullopt;
    return User{id, m_connection.value(u"me_name"_s),
                Wire::parse<Role>(m_connection.value(u"me_role"_s)).value_or(Role::Member)};
}

} // namespace Soudan
