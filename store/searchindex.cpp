#include "store/searchindex.h"

#include "db/rowreader.h"
#include "domain/searchtext.h"
#include "store/sqltext.h"

#include <QSqlError>

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

} // namespace

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
    , m_docOf(prepared(db, u"doc_of"_s))
    , m_lastDoc(prepared(db, u"last_doc_in"_s))
    , m_insertDoc(prepared(db, u"insert_doc"_s))
    , m_insertTokens(prepared(db, u"insert_tokens"_s))
    , m_deleteTokens(prepared(db, u"delete_tokens"_s))
    , m_deleteDoc(prepared(db, u"delete_doc"_s))
    , m_docOfRow(m_docOf)
    , m_lastDocRow(m_lastDoc)
{}

bool SearchIndexer::run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = u"search index: "_s + q.lastError().text();
    return false;
}

bool SearchIndexer::removeDoc(qint64 docid)
{
    m_pending.append({docid, QString()});
    m_deleteDoc.bindValue(u":docid"_s, docid);
    return run(m_deleteDoc);
}

bool SearchIndexer::flush()
{
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.tokens.isNull()) {
            m_deleteTokens.bindValue(u":docid"_s, p.docid);
            if (!run(m_deleteTokens))
                return false;
        } else {
            m_insertTokens.bindValue(u":docid"_s, p.docid);
            m_insertTokens.bindValue(u":tokens"_s, p.tokens);
            if (!run(m_insertTokens))
                return false;
        }
    }
    m_pending.clear();
    return true;
}

bool SearchIndexer::put(EntityKind kind, const QUuid &id, const QUuid &threadId,
                        const QString &text, qint64 createdMs, bool hidden)
{
    const qint64 hash = qint64(qHash(text, 0x50d4));
    m_docOf.bindValue(u":post_id"_s, uuidText(id));
    if (!run(m_docOf))
        return false;
    if (m_docOf.next()) {
        const qint64 docid = m_docOfRow.integer("docid"_L1);
        const bool same = m_docOfRow.integer("text_hash"_L1) == hash;
        m_docOf.finish();
        if (same && !hidden)
            return true; // an upsert that changed other things (counts, status)
        if (!removeDoc(docid))
            return false;
    } else {
        m_docOf.finish();
    }
    if (hidden)
        return true;
    // Newer posts get larger ids: the index gives the newest matches first.
    const qint64 low = qMax<qint64>(0, createdMs) * 1024;
    m_lastDoc.bindValue(u":low"_s, low);
    m_lastDoc.bindValue(u":high"_s, low + 1023);
    if (!run(m_lastDoc))
        return false;
    const qint64 docid = m_lastDoc.next() && !m_lastDocRow.isNull("docid"_L1)
                             ? m_lastDocRow.integer("docid"_L1) + 1
                             : low;
    m_lastDoc.finish();
    m_insertDoc.bindValue(u":docid"_s, docid);
    m_insertDoc.bindValue(u":post_id"_s, uuidText(id));
    m_insertDoc.bindValue(u":thread_id"_s, uuidText(threadId));
    m_insertDoc.bindValue(u":kind"_s, int(kind));
    m_insertDoc.bindValue(u":text_hash"_s, hash);
    QString tokens = SearchText::tokenString(text);
    if (tokens.isNull())
        tokens = u""_s;
    m_pending.append({docid, tokens});
    return run(m_insertDoc);
}

bool SearchIndexer::remove(const QUuid &id)
{
    m_docOf.bindValue(u":post_id"_s, uuidText(id));
    if (!run(m_docOf))
        return false;
    if (!m_docOf.next()) {
        m_docOf.finish();
        return true;
    }
    const qint64 docid = m_docOfRow.integer("docid"_L1);
    m_docOf.finish();
    return removeDoc(docid);
}

bool SearchIndexer::removeThread(const QUuid &threadId)
{
    QSqlQuery docs = prepared(m_db, u"docs_of_thread"_s);
    docs.bindValue(u":thread_id"_s, uuidText(threadId));
    if (!run(docs))
        return false;
    QList<qint64> ids;
    const Db::RowReader row(docs);
    while (docs.next())
        ids.append(row.integer("docid"_L1));
    docs.finish();
    for (qint64 docid : std::as_const(ids)) {
        if (!removeDoc(docid))
            return false;
    }
    return true;
}

} // namespace Soudan
