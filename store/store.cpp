#include "store/store.h"

#include "store/cachefile.h"
#include "store/migrator.h"
#include "store/searchindex.h"
#include "store/sqltext.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "soudan.store")

namespace Soudan {

using SqlText::uuidText;

namespace {

QString sql(const QString &file, const QString &name)
{
    return SqlText::get(file, name);
}

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(uuidText(id));
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString sortColumn(ThreadSort sort)
{
    switch (sort) {
    case ThreadSort::Newest:
        return u"created_ms"_s;
    case ThreadSort::LastActivity:
        return u"last_activity_ms"_s;
    case ThreadSort::MostViewed:
        return u"view_count"_s;
    case ThreadSort::MostAnswered:
        return u"answer_count"_s;
    }
    return u"created_ms"_s;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

Category readCategory(const QSqlQuery &q)
{
    Category c;
    c.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        c.parentId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.side = q.value(3).toInt() == 1 ? Side::Client : Side::Contractor;
    c.order = q.value(4).toInt();
    return c;
}

std::atomic<int> connectionCounter{0};

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Store::~Store()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::fail(const QString &error) const
{
    m_lastError = error;
    qCWarning(lcStore) << "cache" << m_path << ":" << error;
    return false;
}

Store::Opened Store::open(const QString &path)
{
    Opened result;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = CacheFile::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return result;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = u"soudan-store-%1"_s.arg(++connectionCounter);
        std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), name));
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(info.absoluteFilePath());
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!connection.open()) {
            result.error = CacheFile::tr("Cannot open the cache %1: %2")
                               .arg(path, connection.lastError().text());
            return result;
        }
        Migrator::Outcome outcome = Migrator(connection).migrate();
        if (outcome.problem == Migrator::Problem::None) {
            QSqlQuery q(connection);
            bool ok = q.exec(sql(u"connection"_s, u"journal_mode"_s)) && q.next() &&
                      q.value(0).toString() == u"wal"_s;
            ok = ok && q.exec(sql(u"connection"_s, u"synchronous"_s));
            ok = ok && q.exec(sql(u"connection"_s, u"foreign_keys"_s));
            QString why = q.lastError().text();
            // A cache from before the search index gets its posts indexed once.
            if (ok && !store->syncValue(u"search_rebuild"_s).isEmpty()) {
                ok = store->rebuildSearchIndex().has_value();
                why = store->lastError();
            }
            if (ok) {
                result.store = std::move(store);
                return result;
            }
            outcome = {Migrator::Problem::NotADatabase,
                       CacheFile::tr("The cache cannot be set up: %1").arg(why), 0};
        }
        connection = QSqlDatabase();
        store.reset();
        if (attempt == 1) {
            result.error = outcome.message;
            return result;
        }
        const QString moved = CacheFile::moveAside(info.absoluteFilePath(), outcome.problem);
        if (moved.isEmpty()) {
            result.error =
                CacheFile::tr("%1 Moving it aside failed as well, so it was left as it is.")
                    .arg(outcome.message);
            return result;
        }
        qCWarning(lcStore) << "moved" << path << "aside to" << moved << ":" << outcome.message;
        result.movedAsidePath = moved;
        result.movedAsideReason = outcome.message;
    }
    return result;
}

bool Store::hasThreads() const
{
    QSqlQuery q(db());
    if (!q.exec(sql(u"threads"_s, u"any"_s)) || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toBool();
}

CacheTotals Store::totals() const
{
    QSqlQuery q(db());
    if (!q.exec(sql(u"sync"_s, u"totals"_s)) || !q.next()) {
        fail(q.lastError().text());
        return {};
    }
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong()};
}

QList<Category> Store::categories() const
{
    QList<Category> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(sql(u"categories"_s, u"all"_s))) {
        fail(q.lastError().text());
        return list;
    }
    while (q.next())
        list.append(readCategory(q));
    return list;
}

std::optional<Category> Store::category(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(sql(u"categories"_s, u"one"_s));
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readCategory(q);
}

QHash<qint64, CategoryCounts> Store::categoryCounts() const
{
    QHash<qint64, CategoryCounts> counts;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(sql(u"categories"_s, u"counts"_s))) {
        fail(q.lastError().text());
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return counts;
}

QList<qint64> Store::categoryAndChildren(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql(u"categories"_s, u"with_children"_s));
    q.bindValue(u":id"_s, id);
    q.bindValue(u":parent_id"_s, id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<ThreadSummary> Store::threads(const ThreadQuery &query, const std::optional<ThreadKey> &after,
                                    int limit) const
{
    QList<ThreadSummary> rows;
    const QList<qint64> categoryIds = categoryAndChildren(query.categoryId);
    if (categoryIds.isEmpty())
        return rows;

    const bool descending = query.order == Qt::DescendingOrder;
    QString filters;
    if (query.status == StatusFilter::Open)
        filters += u' ' + sql(u"threads"_s, u"only_open"_s);
    else if (query.status == StatusFilter::Resolved)
        filters += u' ' + sql(u"threads"_s, u"only_resolved"_s);
    if (query.urgentOnly)
        filters += u' ' + sql(u"threads"_s, u"only_urgent"_s);
    if (query.unansweredOnly)
        filters += u' ' + sql(u"threads"_s, u"only_unanswered"_s);
    if (!query.titleContains.isEmpty())
        filters += u' ' + sql(u"threads"_s, u"title_contains"_s);
    if (after)
        filters += u' ' + sql(u"threads"_s, descending ? u"after_desc"_s : u"after_asc"_s);

    QStringList placeholders;
    for (qsizetype i = 0; i < categoryIds.size(); ++i)
        placeholders.append(u":c"_s + QString::number(i));

    QString text = sql(u"threads"_s, u"page"_s);
    text.replace(u"{filters}"_s, filters)
        .replace(u"{sort}"_s, sortColumn(query.sort))
        .replace(u"{direction}"_s, descending ? u"DESC"_s : u"ASC"_s)
        .replace(u"{categories}"_s, placeholders.join(u", "_s));

    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(text)) {
        fail(q.lastError().text());
        return rows;
    }
    for (qsizetype i = 0; i < categoryIds.size(); ++i)
        q.bindValue(placeholders.at(i), categoryIds.at(i));
    if (!query.titleContains.isEmpty())
        q.bindValue(u":title"_s, likePattern(query.titleContains));
    if (after) {
        q.bindValue(u":after_key"_s, after->sortValue);
        q.bindValue(u":after_id"_s, uuidText(after->id));
    }
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        fail(q.lastError().text());
        return rows;
    }
    rows.reserve(limit);
    while (q.next()) {
        ThreadSummary row;
        row.id = QUuid::fromString(q.value(0).toString());
        row.categoryId = q.value(1).toLongLong();
        row.title = q.value(2).toString();
        row.status = threadStatusFromInt(q.value(3).toInt());
        row.urgency = q.value(4).toBool() ? Urgency::Urgent : Urgency::Calm;
        row.viewCount = q.value(5).toLongLong();
        row.answerCount = q.value(6).toInt();
        row.createdMs = q.value(7).toLongLong();
        row.lastActivityMs = q.value(8).toLongLong();
        row.local = LocalState(q.value(9).toInt());
        rows.append(std::move(row));
    }
    return rows;
}

std::optional<ThreadDetail> Store::threadDetail(const QUuid &id) const
{
    QSqlQuery q(db());
    q.prepare(sql(u"threads"_s, u"detail"_s));
    q.bindValue(u":id"_s, uuidText(id));
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;

    ThreadDetail detail;
    Thread &t = detail.thread;
    t.id = QUuid::fromString(q.value(0).toString());
    t.categoryId = q.value(1).toLongLong();
    t.authorId = q.value(2).toLongLong();
    t.title = q.value(3).toString();
    t.body = q.value(4).toString();
    t.createdAt = fromMs(q.value(5).toLongLong());
    t.lastActivityAt = fromMs(q.value(6).toLongLong());
    t.status = threadStatusFromInt(q.value(7).toInt());
    t.urgency = q.value(8).toBool() ? Urgency::Urgent : Urgency::Calm;
    t.viewCount = q.value(9).toLongLong();
    t.answerCount = q.value(10).toInt();
    t.bestAnswerId = QUuid::fromString(q.value(11).toString());
    if (!q.value(12).isNull())
        t.thanks = Thanks{q.value(12).toString(), fromMs(q.value(13).toLongLong())};
    t.version = q.value(14).toLongLong();
    t.hidden = q.value(15).toBool();
    detail.authorName = q.value(16).toString();
    detail.local = LocalState(q.value(17).toInt());
    detail.bestAnswerWaiting = q.value(18).toBool();
    detail.thanksWaiting = q.value(19).toBool();
    q.finish();

    for (std::optional<Category> c = category(t.categoryId); c;
         c = c->parentId ? category(*c->parentId) : std::nullopt) {
        detail.categoryPath.prepend(*c);
        if (detail.categoryPath.size() > 8)
            break; // a cycle in bad data must not hang the reader
    }

    q.prepare(sql(u"answers"_s, u"of_thread"_s));
    q.bindValue(u":thread_id"_s, uuidText(id));
    if (!q.exec()) {
        fail(q.lastError().text());
        return detail;
    }
    while (q.next()) {
        AnswerView view;
        Answer &a = view.answer;
        a.id = QUuid::fromString(q.value(0).toString());
        a.threadId = QUuid::fromString(q.value(1).toString());
        a.authorId = q.value(2).toLongLong();
        a.body = q.value(3).toString();
        a.createdAt = fromMs(q.value(4).toLongLong());
        a.version = q.value(5).toLongLong();
        a.hidden = q.value(6).toBool();
        view.authorName = q.value(7).toString();
        view.local = LocalState(q.value(8).toInt());
        detail.answers.append(std::move(view));
    }
    return detail;
}

bool Store::ingest(const ChangeSet &changes)
{
    return write(changes, nullptr);
}

bool Store::applyPage(const ChangeSet &page, const QString &cursor)
{
    return write(page, &cursor);
}

bool Store::write(const ChangeSet &changes, const QString *cursor)
{
    if (changes.isEmpty() && !cursor)
        return true;
    QSqlDatabase connection = db();
    if (!connection.transaction())
        return fail(connection.lastError().text());

    StoreChange change;
    change.categories = !changes.categories.isEmpty();
    QString error;
    {
        QSqlQuery q(connection);
        auto run = [&](QSqlQuery &query, const QString &what) {
            if (query.exec())
                return true;
            error = what + u": "_s + query.lastError().text();
            return false;
        };
        auto run2 = [&](QSqlQuery &query, const ModerationItem &m, qsizetype i) {
            if (writeModerationItem(query, m))
                return true;
            error = u"moderationItems[%1]: %2"_s.arg(i).arg(query.lastError().text());
            return false;
        };
        SearchIndexer index(connection);
        auto indexed = [&](bool done) {
            if (!done)
                error = index.error();
            return done;
        };
        // During a full resync every row the server sends is noted, so that the rest can go.
        const bool noteSeen = cursor && syncValue(u"resync"_s) == u"sweep"_s;
        QSqlQuery seen(connection);
        bool ok = !noteSeen || seen.prepare(sql(u"sync"_s, u"seen"_s));
        auto note = [&](EntityKind kind, const QString &id) {
            if (!noteSeen)
                return true;
            seen.bindValue(u":kind"_s, int(kind));
            seen.bindValue(u":id"_s, id);
            return run(seen, u"resync"_s);
        };

        ok = ok && q.prepare(sql(u"categories"_s, u"upsert"_s));
        for (qsizetype i = 0; ok && i < changes.categories.size(); ++i) {
            const Category &c = changes.categories.at(i);
            q.bindValue(u":id"_s, c.id);
            q.bindValue(u":parent_id"_s, c.parentId ? QVariant(*c.parentId) : QVariant());
            q.bindValue(u":name"_s, c.name);
            q.bindValue(u":side"_s, c.side == Side::Client ? 1 : 0);
            q.bindValue(u":sort_order"_s, c.order);
            ok = run(q, u"categories[%1]"_s.arg(i)) &&
                 note(EntityKind::Category, QString::number(c.id));
        }
        ok = ok && q.prepare(sql(u"users"_s, u"upsert"_s));
        for (qsizetype i = 0; ok && i < changes.users.size(); ++i) {
            const User &u = changes.users.at(i);
            q.bindValue(u":id"_s, u.id);
            q.bindValue(u":display_name"_s, u.displayName);
            q.bindValue(u":role"_s, u.role == Role::Moderator ? 1 : 0);
            ok = run(q, u"users[%1]"_s.arg(i)) && note(EntityKind::User, QString::number(u.id));
        }
        ok = ok && q.prepare(sql(u"threads"_s, u"upsert"_s));
        for (qsizetype i = 0; ok && i < changes.threads.size(); ++i) {
            const Thread &t = changes.threads.at(i);
            q.bindValue(u":id"_s, uuidText(t.id));
            q.bindValue(u":category_id"_s, t.categoryId);
            q.bindValue(u":author_id"_s, t.authorId);
            q.bindValue(u":title"_s, t.title);
            q.bindValue(u":body"_s, t.body);
            q.bindValue(u":created_ms"_s, t.createdAt.toMSecsSinceEpoch());
            q.bindValue(u":last_activity_ms"_s, t.lastActivityAt.toMSecsSinceEpoch());
            q.bindValue(u":status"_s, int(t.status));
            q.bindValue(u":urgent"_s, t.urgency == Urgency::Urgent ? 1 : 0);
            q.bindValue(u":view_count"_s, t.viewCount);
            q.bindValue(u":answer_count"_s, t.answerCount);
            q.bindValue(u":best_answer_id"_s, uuidOrNull(t.bestAnswerId));
            q.bindValue(u":thanks_body"_s, t.thanks ? QVariant(t.thanks->body) : QVariant());
            q.bindValue(u":thanks_ms"_s,
                        t.thanks ? QVariant(t.thanks->at.toMSecsSinceEpoch()) : QVariant());
            q.bindValue(u":version"_s, t.version);
            q.bindValue(u":hidden"_s, t.hidden ? 1 : 0);
            ok = run(q, u"threads[%1]"_s.arg(i)) && note(EntityKind::Thread, uuidText(t.id)) &&
                 indexed(index.put(EntityKind::Thread, t.id, t.id, t.title + u'\n' + t.body,
                                   t.createdAt.toMSecsSinceEpoch(), t.hidden));
            change.categoryIds.insert(t.categoryId);
            change.threadIds.insert(t.id);
        }
        ok = ok && q.prepare(sql(u"answers"_s, u"upsert"_s));
        for (qsizetype i = 0; ok && i < changes.answers.size(); ++i) {
            const Answer &a = changes.answers.at(i);
            q.bindValue(u":id"_s, uuidText(a.id));
            q.bindValue(u":thread_id"_s, uuidText(a.threadId));
            q.bindValue(u":author_id"_s, a.authorId);
            q.bindValue(u":body"_s, a.body);
            q.bindValue(u":created_ms"_s, a.createdAt.toMSecsSinceEpoch());
            q.bindValue(u":version"_s, a.version);
            q.bindValue(u":hidden"_s, a.hidden ? 1 : 0);
            ok = run(q, u"answers[%1]"_s.arg(i)) && note(EntityKind::Answer, uuidText(a.id)) &&
                 indexed(index.put(EntityKind::Answer, a.id, a.threadId, a.body,
                                   a.createdAt.toMSecsSinceEpoch(), a.hidden));
            change.threadIds.insert(a.threadId);
        }
        ok = ok && q.prepare(sql(u"moderation"_s, u"upsert"_s));
        for (qsizetype i = 0; ok && i < changes.moderationItems.size(); ++i) {
            const ModerationItem &m = changes.moderationItems.at(i);
            ok = run2(q, m, i) && note(EntityKind::ModerationItem, uuidText(m.id));
            change.moderation = true;
        }
        for (qsizetype i = 0; ok && i < changes.tombstones.size(); ++i)
            ok = remove(changes.tombstones.at(i), change, &error) &&
                 indexed(changes.tombstones.at(i).kind == EntityKind::Thread
                             ? index.removeThread(QUuid::fromString(changes.tombstones.at(i).id))
                         : changes.tombstones.at(i).kind == EntityKind::Answer
                             ? index.remove(QUuid::fromString(changes.tombstones.at(i).id))
                             : true);
        ok = ok && indexed(index.flush());
        if (ok && cursor)
            ok = setSyncValue(u"cursor"_s, *cursor, &error);
        if (!ok && error.isEmpty())
            error = q.lastError().text();
    }
    if (!error.isEmpty() || !connection.commit()) {
        if (error.isEmpty())
            error = connection.lastError().text();
        connection.rollback();
        return fail(error);
    }
    m_lastError.clear();
    if (!changes.isEmpty())
        Q_EMIT changed(change);
    return true;
}

bool Store::remove(const Tombstone &tombstone, StoreChange &change, QString *error)
{
    QSqlQuery q(db());
    auto run = [&](const QString &file, const QString &name, const QString &param,
                   const QVariant &value) {
        q.prepare(sql(file, name));
        q.bindValue(param, value);
        if (q.exec())
            return true;
        *error = u"%1 %2: %3"_s.arg(file, tombstone.id, q.lastError().text());
        return false;
    };
    switch (tombstone.kind) {
    case EntityKind::Thread:
        if (!run(u"threads"_s, u"category_of"_s, u":id"_s, tombstone.id))
            return false;
        if (q.next())
            change.categoryIds.insert(q.value(0).toLongLong());
        q.finish();
        change.threadIds.insert(QUuid::fromString(tombstone.id));
        return run(u"answers"_s, u"delete_of_thread"_s, u":thread_id"_s, tombstone.id) &&
               run(u"threads"_s, u"delete"_s, u":id"_s, tombstone.id);
    case EntityKind::Answer:
        if (!run(u"answers"_s, u"thread_of"_s, u":id"_s, tombstone.id))
            return false;
        if (q.next())
            change.threadIds.insert(QUuid::fromString(q.value(0).toString()));
        q.finish();
        return run(u"answers"_s, u"delete"_s, u":id"_s, tombstone.id);
    case EntityKind::Category:
        change.categories = true;
        return run(u"categories"_s, u"delete"_s, u":id"_s, tombstone.id.toLongLong());
    case EntityKind::User:
        change.everything = true; // names shown in the detail pane
        return run(u"users"_s, u"delete"_s, u":id"_s, tombstone.id.toLongLong());
    case EntityKind::ModerationItem:
        change.moderation = true;
        return run(u"moderation"_s, u"delete"_s, u":id"_s, tombstone.id);
    }
    return true;
}

QString Store::syncValue(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(sql(u"sync"_s, u"get"_s));
    q.bindValue(u":key"_s, key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool Store::setSyncValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db());
    q.prepare(sql(u"sync"_s, u"set"_s));
    q.bindValue(u":key"_s, key);
    q.bindValue(u":value"_s, value.isNull() ? u""_s : value); // a null QString binds NULL
    if (q.exec())
        return true;
    const QString text = q.lastError().text();
    if (error)
        *error = text;
    else
        fail(text);
    return false;
}

SyncState Store::syncState() const
{
    SyncState s;
    s.cursor = syncValue(u"cursor"_s);
    s.resyncing = !syncValue(u"resync"_s).isEmpty();
    s.origin = syncValue(u"origin"_s);
    const QString last = syncValue(u"last_sync_ms"_s);
    if (!last.isEmpty())
        s.lastSync = fromMs(last.toLongLong());
    return s;
}

bool Store::beginResync(const QString &origin)
{
    QSqlDatabase connection = db();
    if (!connection.transaction())
        return fail(connection.lastError().text());
    QSqlQuery q(connection);
    // With nothing in the cache there is nothing to sweep afterwards, and nothing to note.
    const bool anyRows = q.exec(sql(u"sync"_s, u"any_rows"_s)) && q.next() && q.value(0).toBool();
    q.finish();
    QString error;
    const bool ok = q.exec(sql(u"sync"_s, u"seen_clear"_s)) &&
                    setSyncValue(u"resync"_s, anyRows ? u"sweep"_s : u"fresh"_s, &error) &&
                    setSyncValue(u"cursor"_s, QString(), &error) &&
                    setSyncValue(u"origin"_s, origin, &error);
    if (!ok || !connection.commit()) {
        connection.rollback();
        return fail(error.isEmpty() ? q.lastError().text() : error);
    }
    return true;
}

bool Store::finishResync()
{
    QSqlDatabase connection = db();
    if (!connection.transaction())
        return fail(connection.lastError().text());
    QSqlQuery q(connection);
    bool ok = true;
    if (syncValue(u"resync"_s) == u"sweep"_s) {
        for (const QString &name : {u"sweep_answers"_s, u"sweep_threads"_s, u"sweep_users"_s,
                                    u"sweep_categories"_s, u"sweep_mod_items"_s})
            ok = ok && q.exec(sql(u"sync"_s, name));
        // What the sweep removed leaves the search index too.
        ok = ok && q.exec(sql(u"search"_s, u"orphan_tokens"_s)) &&
             q.exec(sql(u"search"_s, u"orphan_docs"_s));
    }
    QString error;
    ok = ok && q.exec(sql(u"sync"_s, u"seen_clear"_s)) &&
         setSyncValue(u"resync"_s, QString(), &error);
    if (!ok || !connection.commit()) {
        connection.rollback();
        return fail(error.isEmpty() ? q.lastError().text() : error);
    }
    StoreChange change;
    change.everything = true;
    change.categories = true;
    change.moderation = true;
    Q_EMIT changed(change);
    return true;
}

bool Store::setLastSync(const QDateTime &when)
{
    return setSyncValue(u"last_sync_ms"_s, QString::number(when.toMSecsSinceEpoch()));
}

void Store::announce(const StoreChange &change)
{
    Q_EMIT changed(change);
}

} // namespace Soudan
