#include "store/drafts.h"

#include "db/rowreader.h"
#include "store/connection.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan {

QString Drafts::questionKey()
{
    return u"question"_s;
}

QString Drafts::answerKey(const QUuid &threadId)
{
    return u"answer:"_s + Db::uuidText(threadId);
}

QString Drafts::thanksKey(const QUuid &threadId)
{
    return u"thanks:"_s + Db::uuidText(threadId);
}

Drafts::Drafts(const StoreConnection &connection)
    : m_connection(connection)
{}

bool Drafts::save(const QString &key, const QJsonObject &content)
{
    return m_connection.run(
        u"drafts"_s, u"save"_s,
        {{u":key"_s, key},
         {u":content"_s, QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact))},
         {u":now"_s, Db::nowMs()}});
}

QJsonObject Drafts::get(const QString &key) const
{
    QSqlQuery q = m_connection.prepare(u"drafts"_s, u"get"_s, {{u":key"_s, key}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return {};
    }
    if (!q.next())
        return {};
    return QJsonDocument::fromJson(Db::RowReader(q).text("content"_L1).toUtf8()).object();
}

bool Drafts::remove(const QString &key)
{
    return m_connection.run(u"drafts"_s, u"remove"_s, {{u":key"_s, key}});
}

QList<DraftSummary> Drafts::list() const
{
    QList<DraftSummary> drafts;
    QSqlQuery q = m_connection.prepare(u"drafts"_s, u"all"_s);
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return drafts;
    }
    const Db::RowReader row(q);
    while (q.next()) {
        DraftSummary d;
        d.key = row.text("key"_L1);
        const QString kind = d.key.section(u':', 0, 0);
        if (kind == u"answer"_s)
            d.kind = DraftSummary::Kind::Answer;
        else if (kind == u"thanks"_s)
            d.kind = DraftSummary::Kind::Thanks;
        else if (d.key != questionKey())
            continue; // a composer of a newer version
        d.threadId = QUuid::fromString(d.key.section(u':', 1));
        d.threadTitle = row.text("thread_title"_L1);
        const QJsonObject content =
            QJsonDocument::fromJson(row.text("content"_L1).toUtf8()).object();
        d.text = content.value(d.kind == DraftSummary::Kind::Question ? u"title"_s : u"body"_s)
                     .toString();
        if (d.text.isEmpty())
            d.text = content.value(u"body"_s).toString();
        d.updatedMs = row.integer("updated_ms"_L1);
        drafts.append(d);
    }
    return drafts;
}

} // namespace Soudan
