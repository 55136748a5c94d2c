#pragma once

#include "domain/tombstone.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <optional>

namespace Soudan {

// Keeps the search index in step with posts, inside the caller's transaction: a visible post is
// (re)indexed when its text changed, a hidden or removed one leaves the index. A post points at
// its document (threads.search_docid, answers.search_docid); the index keeps no text, so a
// document is never taken out of it: one no post points at any more (an orphan) matches nothing
// and is counted until the index is rebuilt. The statements are prepared once per batch.
class SearchIndexer final
{
    Q_DISABLE_COPY_MOVE(SearchIndexer)

public:
    explicit SearchIndexer(const QSqlDatabase &db);

    // What a question is indexed as: its title, its body and the asker's thanks.
    static QString questionText(const QString &title, const QString &body,
                                const QString &thanks = {});
    // Orphans past which the cache rebuilds its index when it is next opened.
    static constexpr qint64 OrphansBeforeRebuild = 50000;

    // Posts with no document yet are left for later (Search::indexBacklog) instead of indexed:
    // a first sync or a resync writes its rows first. Posts already in the index are kept in
    // step as always.
    void setLater(bool later) { m_later = later; }

    // kind is Thread (the question: title and body) or Answer; the post's row is there.
    bool put(EntityKind kind, const QUuid &id, const QString &text, qint64 createdMs, bool hidden);
    // A visible post that has no document (none was made, or the index was cleared), by its
    // row: what Search::indexBacklog and a rebuild index, without looking the post up by id.
    bool putUnindexed(EntityKind kind, qint64 rowId, const QString &text, qint64 createdMs);
    bool remove(const QUuid &id);
    bool removeThread(const QUuid &threadId); // the question and its answers
    // Writes the index entries queued by the calls above and the count of orphans. Call it once
    // at the end of a batch: every other statement that runs while the index has entries pending
    // makes SQLite flush them (FTS5 writes a segment at each statement savepoint), which is many
    // times slower.
    bool flush();
    QString error() const { return m_error; }

    // The first document id a post made at createdMs may have: the two seconds it is in, counted
    // from 2000, times 8 (as many ids a second as before: lists of ids keep their small gaps).
    // A document's id is that plus its length's bucket (SearchRank), or the same bucket's id of
    // two seconds later when a post of the same two seconds and bucket has it.
    static qint64 firstDocid(qint64 createdMs);
    // Counts anew the documents no post points at (after a resync's sweep removed posts), and
    // asks for a rebuild past OrphansBeforeRebuild. The caller's transaction.
    static bool recountOrphans(const QSqlDatabase &db, QString *error);
    // The terms FTS5 makes of a document's tokens, into terms.
    static void addTerms(const QString &tokens, QSet<QString> *terms);
    // The terms written to search_terms through a connection are remembered (the commonest, on
    // its thread), so that flush() sends only new ones; a transaction that rolls back forgets
    // them (StoreTransaction), as they may have gone with it.
    static constexpr qsizetype KnownTermsKept = 50000;
    static void forgetTerms(const QSqlDatabase &db);

private:
    bool run(QSqlQuery &q);
    std::optional<qint64> freeDocid(qint64 createdMs, int bucket);
    // Gives the post that set's :post_id or :row_id names a new document for text.
    bool link(QSqlQuery &set, const QString &text, qint64 hash, qint64 createdMs);
    static bool rebuildWhenOrphaned(const QSqlDatabase &db, QString *error);

    struct Pending
    {
        qint64 docid;
        QString tokens;
    };
    QList<Pending> m_pending;
    QSet<qint64> m_pendingIds;

    qint64 m_orphans = 0; // documents whose posts stopped pointing at them in this batch
    qint64 m_leftForLater = 0;
    bool m_later = false;
    std::optional<bool> m_anyIndexed; // whether any post had a document when first asked

    QSqlDatabase m_db;
    QSqlQuery m_questionDoc, m_answerDoc, m_lastDocIn, m_docTaken, m_setQuestionDoc, m_setAnswerDoc,
        m_insertTokens, m_addTerms, m_unlinkQuestion, m_unlinkAnswer, m_setQuestionDocAtRow,
        m_setAnswerDocAtRow;
    QString m_error;
};

} // namespace Soudan
