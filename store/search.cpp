// The Store's search: a SearchText::Query as an FTS5 expression over the bigram index (every token
// quoted, so no input is ever FTS or SQL syntax), filters on the threads, and snippets.

#include "store/searchindex.h"
#include "store/sqltext.h"
#include "store/store.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Soudan {

using SqlText::uuidText;

namespace {

QString quoted(const QString &token)
{
    return u'"' + QString(token).replace(u'"', u"\"\""_s) + u'"';
}

// A term as an FTS5 phrase: "契約" + "約書", and a prefix as "契" *.
QString phrase(const SearchText::Term &term)
{
    QStringList parts;
    for (const QString &token : term.tokens)
        parts.append(quoted(token));
    QString text = parts.join(u" + "_s);
    if (term.prefix)
        text += u" *"_s;
    return text;
}

QString expression(const SearchText::Query &query)
{
    QStringList include;
    for (const SearchText::Term &t : query.include)
        include.append(u"("_s + phrase(t) + u")"_s);
    QString text = include.join(u" AND "_s);
    for (const SearchText::Term &t : query.exclude)
        text += u" NOT ("_s + phrase(t) + u")"_s;
    return text;
}

constexpr int SnippetBefore = 24;
constexpr int SnippetLength = 110;

// The part of text around the first match of a term, with every match in it highlighted.
void makeSnippet(const QString &text, const QList<SearchText::Term> &terms, SearchHit &hit)
{
    const QString plain = SearchText::normalized(text).simplified();
    qsizetype first = -1;
    for (const SearchText::Term &term : terms) {
        const qsizetype at = SearchText::find(plain, term);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const qsizetype start = first <= SnippetBefore ? 0 : first - SnippetBefore;
    QString snippet = plain.mid(start, SnippetLength);
    const bool cutBefore = start > 0, cutAfter = start + SnippetLength < plain.size();
    if (cutBefore)
        snippet.prepend(u'…');
    if (cutAfter)
        snippet.append(u'…');
    hit.snippet = snippet;
    for (const SearchText::Term &term : terms) {
        const QString needle = term.text;
        if (needle.isEmpty())
            continue;
        for (qsizetype at = snippet.indexOf(needle); at >= 0;
             at = snippet.indexOf(needle, at + needle.size()))
            hit.highlights.append({int(at), int(needle.size())});
    }
    std::sort(hit.highlights.begin(), hit.highlights.end());
}

} // namespace

QList<SearchHit> Store::search(const SearchText::Query &query, SearchOrder order, int limit) const
{
    QList<SearchHit> hits;
    if (!query.error.isEmpty()) {
        m_lastError = query.error;
        return hits;
    }
    if (!query.hasText() && !query.exclude.isEmpty()) {
        m_lastError = SearchText::Query::tr("Add a word to search for besides the excluded ones.");
        return hits;
    }
    if (query.isEmpty() || limit <= 0) {
        m_lastError.clear();
        return hits;
    }

    // Filters, on the thread, as bound values.
    QStringList filters;
    QVariantMap values;
    if (!query.category.isEmpty()) {
        const QString wanted = SearchText::normalized(query.category);
        QStringList ids;
        for (const Category &c : categories()) {
            if (SearchText::normalized(c.name).contains(wanted)) {
                for (qint64 id : categoryAndChildren(c.id)) // the category itself too
                    ids.append(QString::number(id));        // integers from the cache
            }
        }
        filters.append(ids.isEmpty() ? u"0"_s : u"t.category_id IN (%1)"_s.arg(ids.join(u", "_s)));
    }
    if (query.status) {
        filters.append(u"t.status = :status"_s);
        values.insert(u":status"_s, int(*query.status));
    }
    if (query.urgent) {
        filters.append(u"t.urgent = :urgent"_s);
        values.insert(u":urgent"_s, *query.urgent ? 1 : 0);
    }
    if (query.answers) {
        filters.append(u"t.answer_count + t.local_answers = :answers"_s);
        values.insert(u":answers"_s, *query.answers);
    }
    if (!query.user.isEmpty()) {
        filters.append(u"t.author_id IN (SELECT id FROM users WHERE display_name LIKE :user "
                       "ESCAPE '\\')"_s);
        QString like = query.user;
        like.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        values.insert(u":user"_s, QString(u'%' + like + u'%'));
    }
    if (query.before) {
        filters.append(u"t.created_ms < :before"_s);
        values.insert(u":before"_s, QDateTime(*query.before, QTime(0, 0)).toMSecsSinceEpoch());
    }
    if (query.after) {
        filters.append(u"t.created_ms >= :after"_s);
        values.insert(u":after"_s, QDateTime(*query.after, QTime(0, 0)).toMSecsSinceEpoch());
    }
    const QString filterText =
        filters.isEmpty() ? QString() : u" AND "_s + filters.join(u" AND "_s);

    struct Row
    {
        QUuid thread, post;
        EntityKind kind;
    };
    QList<Row> rows;
    QSet<QUuid> seen;
    auto collect = [&](QSqlQuery &q) {
        int read = 0;
        qint64 last = 0;
        while (q.next()) {
            ++read;
            last = q.value(3).toLongLong();
            const QUuid thread = QUuid::fromString(q.value(0).toString());
            if (seen.contains(thread) || int(rows.size()) >= limit)
                continue;
            seen.insert(thread);
            rows.append(
                {thread, QUuid::fromString(q.value(1).toString()), EntityKind(q.value(2).toInt())});
        }
        return std::pair{read, last};
    };
    auto prepare = [&](QSqlQuery &q, const QString &name) {
        QString text = SqlText::get(u"search"_s, name);
        text.replace(u"{filters}"_s, filterText);
        if (!q.prepare(text))
            return false;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            q.bindValue(it.key(), it.value());
        return true;
    };
    const QString match = expression(query);
    QSqlQuery q(db());
    if (!query.hasText()) {
        if (!prepare(q, u"filter_only"_s)) {
            fail(q.lastError().text());
            return hits;
        }
        q.bindValue(u":limit"_s, limit);
        if (!q.exec()) {
            fail(q.lastError().text());
            return hits;
        }
        collect(q);
    } else if (order == SearchOrder::Relevance) {
        if (!prepare(q, u"match_relevant"_s)) {
            fail(q.lastError().text());
            return hits;
        }
        q.bindValue(u":match"_s, match);
        q.bindValue(u":limit"_s, limit * 4);
        if (!q.exec()) {
            fail(q.lastError().text());
            return hits;
        }
        collect(q);
    } else {
        // Newest first, page by page: a thread may match in several posts.
        qint64 below = std::numeric_limits<qint64>::max();
        const int page = qMax(limit * 2, 50);
        for (int round = 0; round < 100 && int(rows.size()) < limit; ++round) {
            if (!prepare(q, u"match_newest"_s)) {
                fail(q.lastError().text());
                return hits;
            }
            q.bindValue(u":match"_s, match);
            q.bindValue(u":below"_s, below);
            q.bindValue(u":limit"_s, page);
            if (!q.exec()) {
                fail(q.lastError().text());
                return hits;
            }
            const auto [read, last] = collect(q);
            q.finish();
            if (read < page)
                break;
            below = last;
        }
    }
    q.finish();

    // What each hit shows.
    QSqlQuery thread(db()), answer(db());
    thread.prepare(SqlText::get(u"search"_s, u"hit_thread"_s));
    answer.prepare(SqlText::get(u"search"_s, u"hit_answer"_s));
    for (const Row &row : std::as_const(rows)) {
        thread.bindValue(u":id"_s, uuidText(row.thread));
        if (!thread.exec() || !thread.next())
            continue;
        SearchHit hit;
        hit.threadId = row.thread;
        hit.postId = row.post;
        hit.postKind = row.kind;
        hit.title = thread.value(0).toString();
        hit.categoryId = thread.value(2).toLongLong();
        hit.status = ThreadStatus(thread.value(3).toInt());
        hit.urgent = thread.value(4).toInt() != 0;
        hit.answerCount = thread.value(6).toInt();
        QString text = hit.title + u'\n' + thread.value(1).toString();
        hit.postMs = thread.value(5).toLongLong();
        hit.authorName = thread.value(7).toString();
        thread.finish();
        if (row.kind == EntityKind::Answer) {
            answer.bindValue(u":id"_s, uuidText(row.post));
            if (answer.exec() && answer.next()) {
                text = answer.value(0).toString();
                hit.postMs = answer.value(1).toLongLong();
                hit.authorName = answer.value(2).toString();
            }
            answer.finish();
        }
        makeSnippet(text, query.include, hit);
        hits.append(hit);
    }
    m_lastError.clear();
    return hits;
}

std::optional<int> Store::rebuildSearchIndex()
{
    QSqlDatabase connection = db();
    if (!connection.transaction()) {
        fail(connection.lastError().text());
        return std::nullopt;
    }
    QSqlQuery q(connection);
    bool ok = q.exec(SqlText::get(u"search"_s, u"clear_tokens"_s)) &&
              q.exec(SqlText::get(u"search"_s, u"clear_docs"_s));
    SearchIndexer index(connection);
    int count = 0;
    for (const QString &name : {u"all_questions"_s, u"all_answers"_s}) {
        const bool questions = name == u"all_questions"_s;
        ok = ok && q.exec(SqlText::get(u"search"_s, name));
        while (ok && q.next()) {
            const QString title = q.value(2).toString();
            const QString body = q.value(3).toString();
            ok = index.put(questions ? EntityKind::Thread : EntityKind::Answer,
                           QUuid::fromString(q.value(0).toString()),
                           QUuid::fromString(q.value(1).toString()),
                           questions ? title + u'\n' + body : body, q.value(4).toLongLong(), false);
            // In batches: the entries wait in memory until written.
            if (ok && ++count % 5000 == 0)
                ok = index.flush();
        }
        q.finish();
    }
    ok = ok && index.flush();
    QString error =
        ok ? QString() : (index.error().isEmpty() ? q.lastError().text() : index.error());
    ok = ok && setSyncValue(u"search_rebuild"_s, QString(), &error);
    if (!ok || !connection.commit()) {
        connection.rollback();
        fail(error.isEmpty() ? connection.lastError().text() : error);
        return std::nullopt;
    }
    return count;
}

} // namespace Soudan
