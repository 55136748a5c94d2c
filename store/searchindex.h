#pragma once

#include "db/rowreader.h"
#include "domain/tombstone.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace Soudan {

// Keeps the search index in step with posts, inside the caller's transaction: a visible post is
// (re)indexed when its text changed, a hidden or removed one leaves the index. The statements are
// prepared once per batch.
class SearchIndexer final
{
    Q_DISABLE_COPY_MOVE(SearchIndexer)

public:
    explicit SearchIndexer(const QSqlDatabase &db);

    // What a question is indexed as: its title, its body and the asker's thanks.
    static QString questionText(const QString &title, const QString &body,
                                const QString &thanks = {});

    // kind is Thread (the question: title and body) or Answer.
    bool put(EntityKind kind, const QUuid &id, const QUuid &threadId, const QString &text,
             qint64 createdMs, bool hidden);
    bool remove(const QUuid &id);
    bool removeThread(const QUuid &threadId); // the question and its answers
    // Writes the index entries queued by the calls above. Call it once at the end of a batch:
    // every other statement that runs while the index has entries pending makes SQLite flush them
    // (FTS5 writes a segment at each statement savepoint), which is many times slower.
    bool flush();
    QString error() const { return m_error; }

private:
    bool run(QSqlQuery &q);
    bool removeDoc(qint64 docid);

    struct Pending
    {
        qint64 docid;
        QString tokens; // null: delete
    };
    QList<Pending> m_pending;

    QSqlDatabase m_db;
    QSqlQuery m_docOf, m_lastDoc, m_insertDoc, m_insertTokens, m_deleteTokens, m_deleteDoc;
    Db::RowReader m_docOfRow, m_lastDocRow;
    bool m_prepared = false;
    QString m_error;
};

} // namespace Soudan
