#include "store/searchindex.h"

#include "db/rowreader.h"
#include "domain/searchtext.h"
#include "store/searchrank.h"
#include "store/sqltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::uuidText;

namespace {

QSqlQuery prepared(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(SqlText::get(u"search"_s, name));
    return q;
}

// Calls f(term, capitals) for each term FTS5's ascii tokenizer makes of tokens: every character
// past ASCII belongs to a term, ASCII letters and digits too (capitals, when there are any, are
// folded to lower case by FTS5), any other ASCII separates.
template<typename F>
void forEachTerm(QStringView tokens, F f)
{
    qsizetype start = -1;
    bool capitals = false;
    for (qsizetype i = 0; i <= tokens.size(); ++i) {
        const char16_t u = i < tokens.size() ? tokens.at(i).unicode() : u' ';
        const bool capital = u >= u'A' && u <= u'Z';
        if (u >= 0x80 || (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || capital) {
            if (start < 0) {
                start = i;
                capitals = false;
            }
            capitals = capitals || capital;
        } else if (start >= 0) {
            f(tokens.mid(start, i - start), capitals);
            start = -1;
        }
    }
}

// The terms known to be in search_terms, by connection, on this thread (a connection is used
// on one thread); the set's views point into the list.
struct KnownTerms
{
    QSet<QStringView> terms;
    QStringList text;
};

QHash<QString, KnownTerms> &knownTerms()
{
    thread_local QHash<QString, KnownTerms> byConnection;
    return byConnection;
}

} // namespace

void SearchIndexer::forgetTerms(const QSqlDatabase &db)
{
    knownTerms().remove(db.connectionName());
}

QString SearchIndexer::questionText(const QString &title, const QString &body,
                                    const QString &thanks)
{
    QString text = title + u'\n' + body;
    if (!thanks.isEmpty())
        text += u'\n' + thanks;
    return text;
}

SearchIndexer::SearchIndexer(const QSqlDatabase &db)
    : m_db(db)
    , m_questionDoc(prepared(db, u"question_doc"_s))
    , m_answerDoc(prepared(db, u"answer_doc"_s))
    , m_lastDocIn(prepared(db, u"last_doc_in"_s))
    , m_docTaken(prepared(db, u"doc_taken"_s))
    , m_setQuestionDoc(prepared(db, u"set_question_doc"_s))
    , m_setAnswerDoc(prepared(db, u"set_answer_doc"_s))
    , m_insertTokens(prepared(db, u"insert_tokens"_s))
    , m_addTerms(prepared(db, u"add_terms"_s))
    , m_unlinkQuestion(prepared(db, u"unlink_question"_s))
    , m_unlinkAnswer(prepared(db, u"unlink_answer"_s))
    , m_setQuestionDocAtRow(prepared(db, u"set_question_doc_at_row"_s))
    , m_setAnswerDocAtRow(prepared(db, u"set_answer_doc_at_row"_s))
{}

bool SearchIndexer::run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = u"search index: "_s + q.lastError().text();
    return false;
}

bool SearchIndexer::flush()
{
    // In the order of their ids: FTS5 writes what it holds in memory out as a new segment each
    // time an id is lower than the one before, and merging many small segments is slow (a
    // length's bucket puts a post of the same two seconds before or after another).
    std::sort(m_pending.begin(), m_pending.end(),
              [](const Pending &a, const Pending &b) { return a.docid < b.docid; });
    // Their terms first, in the same transaction: search_terms has every term of the index.
    // Those written through this connection before are not sent again.
    if (!m_pending.isEmpty()) {
        KnownTerms &known = knownTerms()[m_db.connectionName()];
        QSet<QStringView> terms;
        QStringList folded; // terms with capitals, in lower case (their views point in here)
        for (const Pending &p : std::as_const(m_pending)) {
            forEachTerm(p.tokens, [&](QStringView term, bool capitals) {
                if (capitals) {
                    folded.append(term.toString().toLower());
                    term = folded.constLast();
                }
                if (!known.terms.contains(term))
                    terms.insert(term);
            });
        }
        if (!terms.isEmpty()) {
            QJsonArray list;
            for (const QStringView term : std::as_const(terms))
                list.append(term.toString());
            m_addTerms.bindValue(
                u":terms"_s, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
            if (!run(m_addTerms))
                return false;
            // Remembered once written.
            for (const QStringView term : std::as_const(terms)) {
                if (known.terms.size() >= KnownTermsKept)
                    break;
                known.text.append(term.toString());
                known.terms.insert(known.text.constLast());
            }
        }
    }
    for (const Pending &p : std::as_const(m_pending)) {
        m_insertTokens.bindValue(u":docid"_s, p.docid);
        m_insertTokens.bindValue(u":tokens"_s, p.tokens);
        if (!run(m_insertTokens))
            return false;
    }
    m_pending.clear();
    m_pendingIds.clear();
    if (m_orphans > 0) {
        QSqlQuery add = prepared(m_db, u"add_orphans"_s);
        add.bindValue(u":orphans"_s, QString::number(m_orphans));
        if (!run(add) || !rebuildWhenOrphaned(m_db, &m_error))
            return false;
        m_orphans = 0;
    }
    if (m_leftForLater > 0) {
        QSqlQuery add = prepared(m_db, u"add_backlog"_s);
        add.bindValue(u":posts"_s, QString::number(m_leftForLater));
        if (!run(add))
            return false;
        m_leftForLater = 0;
    }
    return true;
}

void SearchIndexer::addTerms(const QString &tokens, QSet<QString> *terms)
{
    forEachTerm(tokens, [&](QStringView term, bool capitals) {
        terms->insert(capitals ? term.toString().toLower() : term.toString());
    });
}

bool SearchIndexer::rebuildWhenOrphaned(const QSqlDatabase &db, QString *error)
{
    QSqlQuery rebuild = prepared(db, u"rebuild_when_orphaned"_s);
    rebuild.bindValue(u":bound"_s, OrphansBeforeRebuild);
    if (rebuild.exec())
        return true;
    *error = u"search index: "_s + rebuild.lastError().text();
    return false;
}

bool SearchIndexer::recountOrphans(const QSqlDatabase &db, QString *error)
{
    QSqlQuery count = prepared(db, u"orphan_count"_s);
    QSqlQuery set = prepared(db, u"set_orphans"_s);
    if (count.exec() && count.next()) {
        set.bindValue(u":orphans"_s, QString::number(count.value(0).toLongLong()));
        count.finish();
        if (set.exec())
            return rebuildWhenOrphaned(db, error);
    }
    const QSqlError failed = count.lastError().isValid() ? count.lastError() : set.lastError();
    *error = u"search index: "_s + failed.text();
    return false;
}

qint64 SearchIndexer::firstDocid(qint64 createdMs)
{
    constexpr qint64 Since2000 = 946684800; // seconds
    return qMax<qint64>(0, createdMs / 1000 - Since2000) / 2 * SearchRank::Buckets;
}

// A document id for a post made at createdMs, in its length's bucket (the id's last bits), that
// no document of the index has had: its two seconds', or the next of its bucket after it that is
// free.
std::optional<qint64> SearchIndexer::freeDocid(qint64 createdMs, int bucket)
{
    constexpr qint64 Step = SearchRank::Buckets;
    constexpr int Near = 16;              // ids of the bucket looked at one by one
    constexpr qint64 Spill = 4096 * Step; // then the last of them in this many
    const qint64 low = firstDocid(createdMs) + bucket;
    for (int i = 0; i < Near; ++i) {
        const qint64 id = low + i * Step;
        if (m_pendingIds.contains(id))
            continue;
        m_docTaken.bindValue(u":docid"_s, id);
        if (!run(m_docTaken))
            return std::nullopt;
        const bool taken = m_docTaken.next();
        m_docTaken.finish();
        if (!taken)
            return id;
    }
    auto lastIn = [&](qint64 from, qint64 to) -> std::optional<qint64> {
        m_lastDocIn.bindValue(u":low"_s, from);
        m_lastDocIn.bindValue(u":high"_s, to);
        m_lastDocIn.bindValue(u":buckets"_s, Step);
        m_lastDocIn.bindValue(u":bucket"_s, bucket);
        if (!run(m_lastDocIn))
            return std::nullopt;
        qint64 last = from - Step;
        if (m_lastDocIn.next() && !m_lastDocIn.isNull(0))
            last = m_lastDocIn.value(0).toLongLong();
        m_lastDocIn.finish();
        for (const qint64 id : std::as_const(m_pendingIds)) { // not in the index yet
            if (id >= from && id <= to && id % Step == bucket)
                last = qMax(last, id);
        }
        return last;
    };
    // A busy minute: after the last document of the bucket near it.
    std::optional<qint64> last = lastIn(low, low + Spill - 1);
    if (last && *last + Step <= low + Spill - 1)
        return *last + Step;
    // A second with thousands of posts: after every document of the bucket there is.
    if (last)
        last = lastIn(low, std::numeric_limits<qint64>::max() - Step);
    return last ? std::optional<qint64>(*last + Step) : std::nullopt;
}

bool SearchIndexer::put(EntityKind kind, const QUuid &id, const QString &text, qint64 createdMs,
                        bool hidden)
{
    if (m_later && !m_anyIndexed) {
        QSqlQuery any = prepared(m_db, u"any_post_indexed"_s);
        if (!run(any) || !any.next())
            return false;
        m_anyIndexed = any.value(0).toBool();
    }
    // While no post has a document (a first sync), none has one to keep in step: they are all
    // left for later, without looking each up. The batch gives none a document either.
    if (m_later && !*m_anyIndexed) {
        if (!hidden)
            ++m_leftForLater;
        return true;
    }
    const bool question = kind == EntityKind::Thread;
    QSqlQuery &docOf = question ? m_questionDoc : m_answerDoc;
    const qint64 hash = qint64(qHash(text, 0x50d4));
    docOf.bindValue(u":post_id"_s, uuidText(id));
    if (!run(docOf))
        return false;
    if (!docOf.next()) {
        docOf.finish();
        return true; // no such post (any more)
    }
    const bool indexed = !docOf.isNull(0);
    const qint64 docid = docOf.value(0).toLongLong();
    const bool same = indexed && docOf.value(1).toLongLong() == hash;
    docOf.finish();
    if (!indexed && m_later) {
        if (!hidden)
            ++m_leftForLater;
        return true;
    }
    if (same && !hidden)
        return true; // an upsert that changed other things (counts, status)
    if (indexed) {
        // Written in this batch and not in the index yet: it need not be.
        if (m_pendingIds.remove(docid))
            m_pending.removeIf([docid](const Pending &p) { return p.docid == docid; });
        else
            ++m_orphans;
    }
    QSqlQuery &set = question ? m_setQuestionDoc : m_setAnswerDoc;
    set.bindValue(u":post_id"_s, uuidText(id));
    if (!hidden)
        return link(set, text, hash, createdMs);
    set.bindValue(u":docid"_s, QVariant(QMetaType::fromType<qint64>()));
    set.bindValue(u":text_hash"_s, QVariant(QMetaType::fromType<qint64>()));
    return run(set);
}

bool SearchIndexer::putUnindexed(EntityKind kind, qint64 rowId, const QString &text,
                                 qint64 createdMs)
{
    QSqlQuery &set = kind == EntityKind::Thread ? m_setQuestionDocAtRow : m_setAnswerDocAtRow;
    set.bindValue(u":row_id"_s, rowId);
    return link(set, text, qint64(qHash(text, 0x50d4)), createdMs);
}

bool SearchIndexer::link(QSqlQuery &set, const QString &text, qint64 hash, qint64 createdMs)
{
    QString tokens = SearchText::tokenString(text);
    if (tokens.isNull())
        tokens = u""_s;
    const std::optional<qint64> docid =
        freeDocid(createdMs, SearchRank::bucketOf(SearchRank::tokenCount(tokens)));
    if (!docid)
        return false;
    set.bindValue(u":docid"_s, *docid);
    set.bindValue(u":text_hash"_s, hash);
    if (!run(set))
        return false;
    m_pending.append({*docid, tokens});
    m_pendingIds.insert(*docid);
    return true;
}

bool SearchIndexer::remove(const QUuid &id)
{
    for (QSqlQuery *unlink : {&m_unlinkQuestion, &m_unlinkAnswer}) {
        unlink->bindValue(u":post_id"_s, uuidText(id));
        if (!run(*unlink))
            return false;
        m_orphans += unlink->numRowsAffected();
    }
    return true;
}

bool SearchIndexer::removeThread(const QUuid &threadId)
{
    QSqlQuery answers = prepared(m_db, u"unlink_answers_of_thread"_s);
    answers.bindValue(u":thread_id"_s, uuidText(threadId));
    if (!run(answers))
        return false;
    m_orphans += answers.numRowsAffected();
    return remove(threadId);
}

} // namespace Soudan
