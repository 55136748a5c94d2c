// The Store's search: a SearchText::Query as an FTS5 expression over the bigram index (every token
// quoted, so no input is ever FTS or SQL syntax), filters on the threads, and snippets.

#include "store/search.h"

#include "db/rowreader.h"
#include "store/boardreads.h"
#include "store/connection.h"
#include "store/searchindex.h"
#include "store/sqltext.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::RowReader;
using Db::uuidText;

namespace {

QString quoted(const QString &token)
{
    return u'"' + QString(token).replace(u'"', u"\"\""_s) + u'"';
}

// A 1-token prefix's terms, ORed ("円" * as "円" OR "円で" OR …), by its token: FTS5 merges
// every list of a prefix's terms before it returns the first row, and ORed terms are read
// lazily, newest first (円 in 22% of 1,000,000 posts: 5 ms against 28). Only where the newest
// few are read: to read every match, the merged list is faster (an ORed row costs a look at
// every term), so best match, counts and exclusions keep the prefix.
using Alternatives = QHash<QString, QString>;

// A term as an FTS5 phrase: "契約" + "約書", and a prefix as "契" *.
QString phrase(const SearchText::Term &term, const Alternatives &alternatives)
{
    if (term.prefix && term.tokens.size() == 1 && alternatives.contains(term.tokens.first()))
        return alternatives.value(term.tokens.first());
    QStringList parts;
    for (const QString &token : term.tokens)
        parts.append(quoted(token));
    QString text = parts.join(u" + "_s);
    if (term.prefix)
        text += u" *"_s;
    return text;
}

QString expression(const SearchText::Query &query, const Alternatives &alternatives)
{
    QStringList include;
    for (const SearchText::Term &t : query.include)
        include.append(u"("_s + phrase(t, alternatives) + u")"_s);
    QString text = include.join(u" AND "_s);
    for (const SearchText::Term &t : query.exclude)
        text += u" NOT ("_s + phrase(t, alternatives) + u")"_s;
    return text;
}

constexpr int SnippetBefore = 24;
constexpr int SnippetLength = 110;

// A text as it is shown (whitespace runs made one space) and as it is searched (normalized),
// with where each searched character comes from, so that matches found in the one are shown in
// the other: "LINE ID" stays "LINE ID", "ｶﾞ" stays "ｶﾞ".
struct Mapped
{
    QString shown;
    QString searched;
    QList<qsizetype> origin; // for each character of searched, its start in shown; and the end
};

Mapped mapped(const QString &text)
{
    Mapped m;
    m.shown = text.simplified();
    const qsizetype size = m.shown.size();
    for (qsizetype i = 0; i < size;) {
        // One character with its combining marks: normalized together, as a whole text would be.
        qsizetype length = m.shown[i].isHighSurrogate() && i + 1 < size ? 2 : 1;
        while (i + length < size && m.shown[i + length].isMark())
            ++length;
        const QString n = SearchText::normalized(m.shown.mid(i, length));
        for (const QChar c : n) {
            m.searched.append(c);
            m.origin.append(i);
        }
        i += length;
    }
    m.origin.append(size);
    return m;
}

// The part of text around the first match of a term, with every match in it highlighted, in the
// post's own characters.
void makeSnippet(const QString &text, const QList<SearchText::Term> &terms, SearchHit &hit)
{
    const Mapped m = mapped(text);
    qsizetype first = -1;
    for (const SearchText::Term &term : terms) {
        const qsizetype at = SearchText::find(m.searched, term);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const qsizetype firstShown = first < 0 ? 0 : m.origin[first];
    const qsizetype start = firstShown <= SnippetBefore ? 0 : firstShown - SnippetBefore;
    QString snippet = m.shown.mid(start, SnippetLength);
    const bool cutBefore = start > 0, cutAfter = start + SnippetLength < m.shown.size();
    if (cutBefore)
        snippet.prepend(u'…');
    if (cutAfter)
        snippet.append(u'…');
    hit.snippet = snippet;
    const qsizetype offset = cutBefore ? 1 : 0;
    const qsizetype end = start + SnippetLength;
    for (const SearchText::Term &term : terms) {
        const QString needle = term.text;
        if (needle.isEmpty())
            continue;
        for (qsizetype at = m.searched.indexOf(needle); at >= 0;
             at = m.searched.indexOf(needle, at + needle.size())) {
            const qsizetype from = m.origin[at], to = m.origin[at + needle.size()];
            if (from >= start && to <= end && to > from)
                hit.highlights.append({int(from - start + offset), int(to - from)});
        }
    }
    std::sort(hit.highlights.begin(), hit.highlights.end());
}

} // namespace

std::optional<Alternatives> Search::prefixAlternatives(const SearchText::Query &query) const
{
    constexpr int MaxTerms = 4000; // past this, the prefix as it is
    Alternatives alternatives;
    QSqlQuery q = m_connection.prepare(u"search"_s, u"prefix_terms"_s);
    const RowReader row(q);
    for (const QList<SearchText::Term> *terms : {&query.include, &query.exclude}) {
        for (const SearchText::Term &term : *terms) {
            if (!term.prefix || term.tokens.size() != 1 ||
                alternatives.contains(term.tokens.first()))
                continue;
            // The terms from the token up to the first text after all that start with it: the
            // same text with its last character the next one (SQLite orders text as UTF-8,
            // that is by code point).
            QList<uint> high = term.tokens.first().toUcs4();
            if (high.isEmpty() || high.last() >= 0x10FFFF)
                continue;
            high.last() = high.last() == 0xD7FF ? 0xE000 : high.last() + 1;
            q.bindValue(u":low"_s, term.tokens.first());
            q.bindValue(u":high"_s,
                        QString::fromUcs4(reinterpret_cast<const char32_t *>(high.constData()),
                                          high.size()));
            q.bindValue(u":max"_s, MaxTerms + 1);
            if (!q.exec()) {
                m_connection.fail(q.lastError().text());
                return std::nullopt;
            }
            QStringList each;
            while (q.next())
                each.append(quoted(row.text("term"_L1)));
            q.finish();
            if (!each.isEmpty() && each.size() <= MaxTerms)
                alternatives.insert(term.tokens.first(), each.join(u" OR "_s));
        }
    }
    return alternatives;
}

Search::Search(const StoreConnection &connection, const BoardReads &reads)
    : m_connection(connection)
    , m_reads(reads)
{}

QList<SearchHit> Search::find(const SearchText::Query &query, SearchOrder order, int limit) const
{
    QList<SearchHit> hits;
    if (!query.error.isEmpty()) {
        m_connection.setError(query.error);
        return hits;
    }
    if ((query.isEmpty() && query.exclude.isEmpty()) || limit <= 0) {
        m_connection.clearError();
        return hits;
    }

    const std::optional<Alternatives> listed =
        order == SearchOrder::Newest ? prefixAlternatives(query) : Alternatives();
    if (!listed)
        return hits;
    const Alternatives none;
    // Filters, on the thread, as bound values.
    QStringList filters;
    QVariantMap values;
    if (!query.category.isEmpty()) {
        const QString wanted = SearchText::normalized(query.category);
        QStringList ids;
        for (const Category &c : m_reads.categories()) {
            if (SearchText::normalized(c.name).contains(wanted)) {
                for (qint64 id : m_reads.categoryAndChildren(c.id)) // the category itself too
                    ids.append(QString::number(id));                // integers from the cache
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
    // Words to leave out leave out whole threads: none of a thread's posts may have any of them
    // (the index alone would judge post by post).
    if (!query.exclude.isEmpty()) {
        QStringList any;
        for (const SearchText::Term &t : query.exclude)
            any.append(u"("_s + phrase(t, none) + u")"_s);
        filters.append(u"t.id NOT IN (SELECT a.thread_id FROM answers a WHERE a.search_docid IN "
                       "(SELECT rowid FROM search_index WHERE search_index MATCH :excluded) "
                       "UNION ALL SELECT q.id FROM threads q WHERE q.search_docid IN "
                       "(SELECT rowid FROM search_index WHERE search_index MATCH :excluded))"_s);
        values.insert(u":excluded"_s, any.join(u" OR "_s));
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
        const RowReader row(q);
        while (q.next()) {
            ++read;
            last = row.integer("docid"_L1);
            const QUuid thread = row.uuid("thread_id"_L1);
            if (seen.contains(thread) || int(rows.size()) >= limit)
                continue;
            seen.insert(thread);
            rows.append({thread, row.uuid("post_id"_L1), EntityKind(row.integer("kind"_L1))});
        }
        return std::pair{read, last};
    };
    // Runs the statement name with the filters' values and more; across: match_across's checks
    // of the other words. False, with the error kept, when it failed.
    auto runQuery = [&](QSqlQuery &q, const QString &name, const QVariantMap &more,
                        const QString &across = {}) {
        QString text = SqlText::get(u"search"_s, name);
        text.replace(u"{filters}"_s, filterText);
        text.replace(u"{across}"_s, across);
        QVariantMap bound = values;
        bound.insert(more);
        const bool ok = q.prepare(text);
        for (auto it = bound.cbegin(); ok && it != bound.cend(); ++it)
            q.bindValue(it.key(), it.value());
        if (ok && q.exec())
            return true;
        m_connection.fail(q.lastError().text());
        return false;
    };
    const QString match = expression(query, *listed);
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    if (!query.hasText()) {
        if (!runQuery(q, u"filter_only"_s, {{u":limit"_s, limit}}))
            return hits;
        collect(q);
    } else if (order == SearchOrder::Relevance) {
        // The best documents first, two for each thread asked for; when hidden threads, filters
        // or several posts of one thread leave too few threads, more, then every match.
        for (const int documents : {limit * 2, limit * 16, 0}) {
            rows.clear();
            seen.clear();
            if (!runQuery(
                    q, u"match_relevant"_s,
                    {{u":match"_s, match}, {u":documents"_s, documents}, {u":limit"_s, limit * 4}}))
                return hits;
            collect(q);
            q.finish();
            if (int(rows.size()) >= limit)
                break;
        }
    } else {
        // Newest first, page by page: a thread may match in several posts.
        qint64 below = std::numeric_limits<qint64>::max();
        const int page = qMax(limit * 2, 50);
        for (int round = 0; round < 100 && int(rows.size()) < limit; ++round) {
            if (!runQuery(q, u"match_newest"_s,
                          {{u":match"_s, match}, {u":below"_s, below}, {u":limit"_s, page}}))
                return hits;
            const auto [read, last] = collect(q);
            q.finish();
            if (read < page)
                break;
            below = last;
        }
    }
    q.finish();
    // Fewer threads than asked for with every word in one post: add those that have them in
    // different posts (契約 in the question, キャンセル in an answer), after them, newest first.
    if (query.include.size() > 1 && int(rows.size()) < limit) {
        // From the rarest word: the fewest threads to look into.
        QList<std::pair<qint64, QString>> words; // posts with it (up to a bound), its phrase
        QSqlQuery count = m_connection.prepare(u"search"_s, u"match_count"_s);
        const RowReader counted(count);
        for (const SearchText::Term &term : query.include) {
            const QString text = phrase(term, none);
            count.bindValue(u":match"_s, text);
            if (!count.exec() || !count.next()) {
                m_connection.fail(count.lastError().text());
                return hits;
            }
            words.append({counted.integer("posts"_L1), text});
            count.finish();
        }
        std::stable_sort(words.begin(), words.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QString across;
        for (qsizetype i = 1; i < words.size(); ++i) {
            across += u" AND (EXISTS (SELECT 1 FROM threads q WHERE q.id = s.thread_id AND "
                      "+q.search_docid IN (SELECT rowid FROM search_index WHERE search_index "
                      "MATCH :word%1)) OR EXISTS (SELECT 1 FROM answers a WHERE a.thread_id = "
                      "s.thread_id AND "
                      "+a.search_docid IN (SELECT rowid FROM search_index WHERE search_index "
                      "MATCH :word%1)))"_s.arg(i);
        }
        QVariantMap more{{u":first"_s, words.first().second}, {u":limit"_s, limit}};
        for (qsizetype i = 1; i < words.size(); ++i)
            more.insert(u":word%1"_s.arg(i), words.at(i).second);
        if (!runQuery(q, u"match_across"_s, more, across))
            return hits;
        collect(q);
        q.finish();
    }

    // What each hit shows.
    QSqlQuery thread = m_connection.prepare(u"search"_s, u"hit_thread"_s);
    QSqlQuery answer = m_connection.prepare(u"search"_s, u"hit_answer"_s);
    const RowReader t(thread), a(answer);
    for (const Row &row : std::as_const(rows)) {
        thread.bindValue(u":id"_s, uuidText(row.thread));
        if (!thread.exec()) {
            m_connection.fail(thread.lastError().text());
            return {};
        }
        if (!thread.next())
            continue;
        SearchHit hit;
        hit.threadId = row.thread;
        hit.postId = row.post;
        hit.postKind = row.kind;
        hit.title = t.text("title"_L1);
        hit.categoryId = t.integer("category_id"_L1);
        hit.status = threadStatusFromInt(int(t.integer("status"_L1)));
        hit.urgent = t.flag("urgent"_L1);
        hit.answerCount = int(t.integer("answer_count"_L1));
        QString text =
            SearchIndexer::questionText(hit.title, t.text("body"_L1), t.text("thanks"_L1));
        hit.postMs = t.integer("created_ms"_L1);
        hit.authorName = t.text("author_name"_L1);
        thread.finish();
        if (row.kind == EntityKind::Answer) {
            answer.bindValue(u":id"_s, uuidText(row.post));
            if (!answer.exec()) {
                m_connection.fail(answer.lastError().text());
                return {};
            }
            if (answer.next()) {
                text = a.text("body"_L1);
                hit.postMs = a.integer("created_ms"_L1);
                hit.authorName = a.text("author_name"_L1);
            }
            answer.finish();
        }
        makeSnippet(text, query.include, hit);
        hits.append(hit);
    }
    m_connection.clearError();
    return hits;
}

} // namespace Soudan
