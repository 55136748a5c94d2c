// The search index's whole-cache work: rebuilding it, and indexing the posts a first sync or a
// resync left for later (SearchIndexer::setLater), a batch at a time.

#include "db/rowreader.h"
#include "store/connection.h"
#include "store/search.h"
#include "store/searchindex.h"
#include "store/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::RowReader;

namespace {

// Indexes the visible posts with no document q selects (row_id, title, body, thanks,
// created_ms), at most max of them (-1: all); counts them, keeps the last row_id, and says
// whether q had more.
bool indexRows(QSqlQuery &q, bool questions, SearchIndexer &index, int *count, qint64 *lastRow,
               int max = -1, bool *more = nullptr)
{
    if (!q.exec())
        return false;
    const RowReader row(q);
    for (int done = 0; q.next(); ++done) {
        if (done == max) {
            *more = true;
            break;
        }
        const QString body = row.text("body"_L1);
        *lastRow = row.integer("row_id"_L1);
        if (!index.putUnindexed(questions ? EntityKind::Thread : EntityKind::Answer, *lastRow,
                                questions ? SearchIndexer::questionText(row.text("title"_L1), body,
                                                                        row.text("thanks"_L1))
                                          : body,
                                row.integer("created_ms"_L1)))
            return false;
        // In batches: the entries wait in memory until written.
        if (++*count % 5000 == 0 && !index.flush())
            return false;
    }
    q.finish();
    return true;
}

} // namespace

std::optional<int> Search::rebuildIndex()
{
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return std::nullopt;
    const QSqlDatabase connection = m_connection.db();
    QSqlQuery q(connection);
    bool ok = q.exec(SqlText::get(u"search"_s, u"clear_tokens"_s)) &&
              q.exec(SqlText::get(u"search"_s, u"clear_question_docs"_s)) &&
              q.exec(SqlText::get(u"search"_s, u"clear_answer_docs"_s));
    SearchIndexer index(connection);
    // Every post is without a document now: the backlog's statements, from the first row, with
    // no limit (-1), select them all.
    int count = 0;
    for (const QString &name : {u"backlog_questions"_s, u"backlog_answers"_s}) {
        qint64 lastRow = 0;
        if (ok) {
            q = m_connection.prepare(u"search"_s, name, {{u":after"_s, 0}, {u":limit"_s, -1}});
            ok = indexRows(q, name == u"backlog_questions"_s, index, &count, &lastRow);
        }
    }
    ok = ok && index.flush();
    QString error =
        ok ? QString() : (index.error().isEmpty() ? q.lastError().text() : index.error());
    if (!ok) {
        m_connection.fail(error);
        return std::nullopt;
    }
    // Every post is in: nothing is left for later either; the segments are merged next.
    if (!m_connection.setValue(u"search_rebuild"_s, QString()) ||
        !m_connection.setValue(u"search_merge"_s, u"start"_s) ||
        !m_connection.setValue(u"search_orphans"_s, QString()) ||
        !m_connection.setValue(u"search_backlog"_s, QString()) ||
        !m_connection.setValue(u"search_backlog_after"_s, QString()) || !tx.commit())
        return std::nullopt;
    return count;
}

std::optional<int> Search::indexBacklog(int limit)
{
    if (m_connection.value(u"search_backlog"_s).isEmpty())
        return 0;
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return std::nullopt;
    const qint64 waiting = m_connection.value(u"search_backlog"_s).toLongLong();
    const QStringList after = m_connection.value(u"search_backlog_after"_s).split(u',');
    qint64 lastRow[2] = {after.value(0).toLongLong(), after.value(1).toLongLong()};
    SearchIndexer index(m_connection.db());
    int count = 0;
    bool more = false;
    QString error;
    for (int table = 0; table < 2 && !more && error.isEmpty(); ++table) {
        // One row more than the batch takes: whether the pass is over.
        const int asked = limit - count;
        QSqlQuery q = m_connection.prepare(
            u"search"_s, table == 0 ? u"backlog_questions"_s : u"backlog_answers"_s,
            {{u":after"_s, lastRow[table]}, {u":limit"_s, asked + 1}});
        if (!indexRows(q, table == 0, index, &count, &lastRow[table], asked, &more))
            error = index.error().isEmpty() ? q.lastError().text() : index.error();
    }
    if (error.isEmpty() && !index.flush())
        error = index.error();
    if (!error.isEmpty()) {
        m_connection.fail(u"search index: "_s + error);
        return std::nullopt;
    }
    // The count is what the sync left for later, so it may be off (a post sent twice, or
    // hidden after it was counted): the pass is over when no row is left, whatever it says.
    const qint64 left = more ? qMax<qint64>(1, waiting - count) : 0;
    const bool saved = more ? m_connection.setValue(u"search_backlog"_s, QString::number(left)) &&
                                  m_connection.setValue(u"search_backlog_after"_s,
                                                        u"%1,%2"_s.arg(lastRow[0]).arg(lastRow[1]))
                            : m_connection.setValue(u"search_backlog"_s, QString()) &&
                                  m_connection.setValue(u"search_backlog_after"_s, QString()) &&
                                  m_connection.setValue(u"search_merge"_s, u"start"_s);
    if (!saved || !tx.commit())
        return std::nullopt;
    m_connection.clearError();
    StoreChange change;
    change.search = true;
    m_connection.notify(change);
    return int(qMin<qint64>(left, std::numeric_limits<int>::max()));
}

bool Search::mergePending() const
{
    return !m_connection.value(u"search_merge"_s).isEmpty();
}

std::optional<bool> Search::mergeIndex(int pages)
{
    const QString state = m_connection.value(u"search_merge"_s);
    if (state.isEmpty())
        return false;
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return std::nullopt;
    // FTS5 tells of no work done only through the changes it made: fewer than two, none.
    QSqlQuery changes = m_connection.prepare(u"search"_s, u"total_changes"_s);
    auto changed = [&]() -> std::optional<qint64> {
        if (!changes.exec() || !changes.next())
            return std::nullopt;
        const qint64 count = RowReader(changes).integer("changes"_L1);
        changes.finish();
        return count;
    };
    const std::optional<qint64> before = changed();
    QSqlQuery merge = m_connection.prepare(u"search"_s, u"merge_step"_s,
                                           {{u":pages"_s, state == u"start"_s ? -pages : pages}});
    const bool merged = before && merge.exec();
    const std::optional<qint64> after = merged ? changed() : std::nullopt;
    if (!after) {
        const QSqlError error = merged ? changes.lastError() : merge.lastError();
        m_connection.fail(u"search index: "_s + error.text());
        return std::nullopt;
    }
    const bool more = *after - *before >= 2;
    if (!m_connection.setValue(u"search_merge"_s, more ? u"on"_s : QString()) || !tx.commit())
        return std::nullopt;
    return more;
}

std::optional<int> Search::postsLeftForLater() const
{
    const QString waiting = m_connection.value(u"search_backlog"_s);
    if (waiting.isEmpty())
        return std::nullopt;
    return int(qBound(qint64(0), waiting.toLongLong(), qint64(std::numeric_limits<int>::max())));
}

} // namespace Soudan
