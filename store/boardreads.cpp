#include "store/boardreads.h"

#include "domain/apicodec.h"
#include "store/activitycache.h"
#include "store/connection.h"
#include "store/rows.h"
#include "store/sqltext.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::RowReader;
using Db::uuidText;

namespace {

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

} // namespace

ThreadSummary BoardReads::summaryOf(const RowReader &r)
{
    ThreadSummary row;
    row.id = r.uuid("id"_L1);
    row.categoryId = r.integer("category_id"_L1);
    row.title = r.text("title"_L1);
    row.status = threadStatusFromInt(int(r.integer("shown_status"_L1)));
    row.urgency = r.flag("urgent"_L1) ? Urgency::Urgent : Urgency::Calm;
    row.viewCount = r.integer("view_count"_L1);
    row.answerCount = int(r.integer("shown_answers"_L1));
    row.createdMs = r.integer("created_ms"_L1);
    row.lastActivityMs = r.integer("last_activity_ms"_L1);
    row.local = LocalState(r.integer("pending"_L1));
    return row;
}

BoardReads::BoardReads(const StoreConnection &connection)
    : m_connection(connection)
{}

bool BoardReads::hasThreads() const
{
    QSqlQuery q = m_connection.prepare(u"threads"_s, u"any"_s);
    if (!q.exec() || !q.next())
        return m_connection.fail(q.lastError().text());
    return RowReader(q).flag("any_threads"_L1);
}

CacheTotals BoardReads::totals() const
{
    QSqlQuery q = m_connection.prepare(u"sync"_s, u"totals"_s);
    if (!q.exec() || !q.next()) {
        m_connection.fail(q.lastError().text());
        return {};
    }
    const RowReader row(q);
    return {row.integer("categories"_L1), row.integer("users"_L1), row.integer("threads"_L1),
            row.integer("answers"_L1)};
}

QList<Category> BoardReads::categories() const
{
    QList<Category> list;
    QSqlQuery q = m_connection.prepare(u"categories"_s, u"all"_s);
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return list;
    }
    const RowReader row(q);
    while (q.next())
        list.append(Db::readCategory(row));
    return list;
}

std::optional<Category> BoardReads::category(qint64 id) const
{
    QSqlQuery q = m_connection.prepare(u"categories"_s, u"one"_s, {{u":id"_s, id}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Db::readCategory(RowReader(q));
}

QHash<qint64, CategoryCounts> BoardReads::categoryCounts() const
{
    QHash<qint64, CategoryCounts> counts;
    QSqlQuery q = m_connection.prepare(u"categories"_s, u"counts"_s);
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return counts;
    }
    const RowReader row(q);
    while (q.next()) {
        counts.insert(row.integer("category_id"_L1),
                      {int(row.integer("threads"_L1)), int(row.integer("open_threads"_L1))});
    }
    return counts;
}

QList<qint64> BoardReads::categoryAndChildren(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery q = m_connection.prepare(u"categories"_s, u"with_children"_s,
                                       {{u":id"_s, id}, {u":parent_id"_s, id}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return ids;
    }
    const RowReader row(q);
    while (q.next())
        ids.append(row.integer("id"_L1));
    return ids;
}

QList<ThreadSummary> BoardReads::threads(const ThreadQuery &query,
                                         const std::optional<ThreadKey> &after, int limit) const
{
    QList<ThreadSummary> rows;
    const QList<qint64> categoryIds = categoryAndChildren(query.categoryId);
    if (categoryIds.isEmpty())
        return rows;

    const bool descending = query.order == Qt::DescendingOrder;
    QString filters;
    auto add = [&](const QString &name) { filters += u' ' + SqlText::get(u"threads"_s, name); };
    if (query.status == StatusFilter::Open)
        add(u"only_open"_s);
    else if (query.status == StatusFilter::Resolved)
        add(u"only_resolved"_s);
    if (query.urgentOnly)
        add(u"only_urgent"_s);
    if (query.unansweredOnly)
        add(u"only_unanswered"_s);
    if (!query.titleContains.isEmpty())
        add(u"title_contains"_s);
    if (after)
        add(descending ? u"after_desc"_s : u"after_asc"_s);

    QStringList placeholders;
    for (qsizetype i = 0; i < categoryIds.size(); ++i)
        placeholders.append(u":c"_s + QString::number(i));

    QString text = SqlText::get(u"threads"_s, u"page"_s);
    text.replace(u"{filters}"_s, filters)
        .replace(u"{sort}"_s, sortColumn(query.sort))
        .replace(u"{direction}"_s, descending ? u"DESC"_s : u"ASC"_s)
        .replace(u"{categories}"_s, placeholders.join(u", "_s));

    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!q.prepare(text)) {
        m_connection.fail(q.lastError().text());
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
        m_connection.fail(q.lastError().text());
        return rows;
    }
    rows.reserve(limit);
    const RowReader r(q);
    while (q.next())
        rows.append(summaryOf(r));
    q.finish();
    ActivityCache::markNew(m_connection, rows);
    return rows;
}

QUuid BoardReads::threadOfPost(const QUuid &postId) const
{
    QSqlQuery q =
        m_connection.prepare(u"threads"_s, u"thread_of_post"_s,
                             {{u":id"_s, uuidText(postId)}, {u":id2"_s, uuidText(postId)}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return {};
    }
    return q.next() ? RowReader(q).uuid("thread_id"_L1) : QUuid();
}

std::optional<ThreadDetail> BoardReads::threadDetail(const QUuid &id) const
{
    QSqlQuery q = m_connection.prepare(u"threads"_s, u"detail"_s, {{u":id"_s, uuidText(id)}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;

    ThreadDetail detail;
    {
        // With the best answer and thanks chosen here and not sent yet (the statement's columns).
        const RowReader row(q);
        detail.thread = Db::readThread(row);
        detail.authorName = row.text("author_name"_L1);
        detail.local = LocalState(row.integer("pending"_L1));
        detail.bestAnswerWaiting = row.flag("best_answer_waiting"_L1);
        detail.thanksWaiting = row.flag("thanks_waiting"_L1);
        detail.editWaiting = row.flag("edit_waiting"_L1);
    }
    q.finish();

    QSqlQuery supplements =
        m_connection.prepare(u"threads"_s, u"supplements_waiting"_s, {{u":id"_s, uuidText(id)}});
    if (!supplements.exec()) {
        m_connection.fail(supplements.lastError().text());
        return detail;
    }
    const RowReader waiting(supplements);
    while (supplements.next()) {
        const QUuid itemId = waiting.uuid("id"_L1);
        const bool pulled =
            std::any_of(detail.thread.supplements.cbegin(), detail.thread.supplements.cend(),
                        [&](const Supplement &s) { return s.id == itemId; });
        const Result<SupplementInput> input =
            ApiCodec::decodeSupplement(waiting.text("payload"_L1).toUtf8());
        if (pulled || !input || detail.thread.withdrawn)
            continue;
        detail.thread.supplements.append(
            {itemId, input.value().body, waiting.time("created_ms"_L1)});
        detail.supplementsWaiting.insert(itemId);
    }
    supplements.finish();

    for (std::optional<Category> c = category(detail.thread.categoryId); c;
         c = c->parentId ? category(*c->parentId) : std::nullopt) {
        detail.categoryPath.prepend(*c);
        if (detail.categoryPath.size() > 8)
            break; // a cycle in bad data must not hang the reader
    }

    QSqlQuery reported = m_connection.prepare(
        u"threads"_s, u"reported_here"_s, {{u":id"_s, uuidText(id)}, {u":id2"_s, uuidText(id)}});
    if (!reported.exec()) {
        m_connection.fail(reported.lastError().text());
        return detail;
    }
    const RowReader mine(reported);
    while (reported.next()) {
        (mine.flag("appeal"_L1) ? detail.appealedHere : detail.reportedHere)
            .insert(mine.uuid("target_id"_L1));
    }
    reported.finish();

    QSqlQuery answers =
        m_connection.prepare(u"answers"_s, u"of_thread"_s, {{u":thread_id"_s, uuidText(id)}});
    if (!answers.exec()) {
        m_connection.fail(answers.lastError().text());
        return detail;
    }
    const RowReader row(answers);
    while (answers.next()) {
        AnswerView view;
        view.answer = Db::readAnswer(row);
        view.authorName = row.text("author_name"_L1);
        view.local = LocalState(row.integer("pending"_L1));
        view.editWaiting = row.flag("edit_waiting"_L1);
        detail.answers.append(std::move(view));
    }
    return detail;
}

} // namespace Soudan
