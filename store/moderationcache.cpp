// The moderation items in the cache, and the moderators' actions on them.

#include "store/moderationcache.h"

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "domain/vocabulary.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/rows.h"
#include "store/sqltext.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::RowReader;
using Db::uuidText;

namespace {

// The actions whose payload names the version they were decided on.
bool carriesVersion(OutboxKind kind)
{
    return kind == OutboxKind::ModerationClaim || kind == OutboxKind::ModerationResolve ||
           kind == OutboxKind::ModerationRestore;
}

} // namespace

ModerationCache::ModerationCache(const StoreConnection &connection, Outbox &outbox)
    : m_connection(connection)
    , m_outbox(outbox)
{}

QList<ModerationEntry> ModerationCache::entries(const QList<QUuid> &ids) const
{
    QList<ModerationEntry> entries;
    QString text = SqlText::get(u"moderation"_s, u"list"_s);
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders.append(u":id%1"_s.arg(i));
    text.replace(u"{where}"_s, ids.isEmpty()
                                   ? QString()
                                   : u"WHERE m.id IN (%1)"_s.arg(placeholders.join(u", "_s)));
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(text);
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(placeholders.at(i), uuidText(ids.at(i)));
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return entries;
    }
    QSet<qint64> reporters;
    const RowReader row(q);
    while (q.next()) {
        const Result<ModerationItem> item = JsonCodec::decodeModerationItem(
            QJsonDocument::fromJson(row.text("data"_L1).toUtf8()).object());
        if (!item) {
            m_connection.fail(item.error());
            continue;
        }
        ModerationEntry e;
        e.item = item.value();
        e.localAction = Wire::parse<AuditAction>(row.text("local_action"_L1));
        e.local = LocalState(row.integer("local_state"_L1));
        e.categoryId = row.integer("category_id"_L1);
        e.threadTitle = row.text("title"_L1);
        e.postText = row.text("post_text"_L1);
        e.authorName = row.text("author_name"_L1);
        for (const ReportEntry &r : std::as_const(e.item.reports)) {
            if (r.reporterId)
                reporters.insert(r.reporterId);
        }
        entries.append(e);
    }
    q.finish();
    if (reporters.isEmpty())
        return entries;
    // Who reported: names, for the detail pane.
    QStringList list;
    for (qint64 id : std::as_const(reporters))
        list.append(QString::number(id)); // integers: safe in the statement
    QSqlQuery names(m_connection.db());
    if (!names.exec(SqlText::get(u"moderation"_s, u"users_with_names"_s)
                        .replace(u"{ids}"_s, list.join(u", "_s)))) {
        m_connection.fail(names.lastError().text());
        return entries;
    }
    QHash<qint64, QString> known;
    const RowReader name(names);
    while (names.next())
        known.insert(name.integer("id"_L1), name.text("display_name"_L1));
    for (ModerationEntry &e : entries) {
        for (const ReportEntry &r : std::as_const(e.item.reports)) {
            if (known.contains(r.reporterId))
                e.reporterNames.insert(r.reporterId, known.value(r.reporterId));
        }
    }
    return entries;
}

std::optional<ModerationEntry> ModerationCache::entry(const QUuid &id) const
{
    const QList<ModerationEntry> found = entries({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<QUuid> ModerationCache::act(OutboxKind kind, const QUuid &itemId,
                                          const QJsonObject &payload, AuditAction shown)
{
    QSqlQuery q =
        m_connection.prepare(u"moderation"_s, u"version"_s, {{u":id"_s, uuidText(itemId)}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        m_connection.fail(u"no moderation item %1"_s.arg(uuidText(itemId)));
        return std::nullopt;
    }
    const RowReader row(q);
    const qint64 version = row.integer("version"_L1);
    const QUuid threadId = row.uuid("thread_id"_L1);
    q.finish();
    QJsonObject body = payload;
    if (carriesVersion(kind))
        body.insert(u"version"_s, version);
    return m_outbox.enqueue(kind, threadId, itemId, ApiCodec::body(body), {}, [&](const QUuid &) {
        return m_connection.run(u"moderation"_s, u"local_action"_s,
                                {{u":action"_s, Wire::name(shown)},
                                 {u":state"_s, int(LocalState::Waiting)},
                                 {u":id"_s, uuidText(itemId)}});
    });
}

std::optional<QUuid> ModerationCache::claim(const QUuid &itemId)
{
    return act(OutboxKind::ModerationClaim, itemId, ApiCodec::encode(ClaimInput{}),
               AuditAction::Claimed);
}

std::optional<QUuid> ModerationCache::resolve(const QUuid &itemId, ModerationAction action,
                                              const QString &reason, const QString &note)
{
    return act(OutboxKind::ModerationResolve, itemId,
               ApiCodec::encode(ResolveInput{0, action, reason, note}),
               Moderation::auditAction(action));
}

std::optional<QUuid> ModerationCache::restore(const QUuid &itemId, const QString &reason)
{
    return act(OutboxKind::ModerationRestore, itemId, ApiCodec::encode(RestoreInput{0, reason}),
               AuditAction::Restored);
}

std::optional<QUuid> ModerationCache::note(const QUuid &itemId, const QString &note)
{
    return act(OutboxKind::ModerationNote, itemId, ApiCodec::encode(NoteInput{note}),
               AuditAction::Noted);
}

std::optional<QUuid> ModerationCache::warn(const QUuid &itemId, const QString &message)
{
    return act(OutboxKind::ModerationWarn, itemId, ApiCodec::encode(WarnInput{message}),
               AuditAction::Warned);
}

std::optional<QUuid> ModerationCache::restrict(qint64 userId, const RestrictionInput &restriction)
{
    return m_outbox.enqueue(OutboxKind::RestrictMember, {}, {},
                            ApiCodec::body(ApiCodec::encode(restriction)), {}, nullptr, userId);
}

bool ModerationCache::markSent(const QUuid &outboxId, const ModerationItem &now)
{
    const std::optional<OutboxItem> sent = m_outbox.item(outboxId);
    if (!sent)
        return false;
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return false;
    const qint64 before =
        QJsonDocument::fromJson(sent->payload).object().value(u"version"_s).toInteger(-1);
    if (carriesVersion(sent->kind) && before >= 0 && before != now.version) {
        QSqlQuery waiting = m_connection.prepare(u"moderation"_s, u"waiting_for"_s,
                                                 {{u":id"_s, uuidText(sent->targetId)}});
        if (!waiting.exec())
            return m_connection.fail(waiting.lastError().text());
        QList<std::pair<QString, QByteArray>> rebased;
        const RowReader row(waiting);
        while (waiting.next()) {
            QJsonObject body = QJsonDocument::fromJson(row.text("payload"_L1).toUtf8()).object();
            if (row.uuid("id"_L1) == outboxId || body.value(u"version"_s).toInteger(-1) != before)
                continue;
            body.insert(u"version"_s, now.version);
            rebased.append({row.text("id"_L1), ApiCodec::body(body)});
        }
        waiting.finish();
        for (const auto &[id, payload] : std::as_const(rebased)) {
            if (!m_connection.run(u"outbox"_s, u"set_payload"_s,
                                  {{u":payload"_s, QString::fromUtf8(payload)},
                                   {u":now"_s, Db::nowMs()},
                                   {u":id"_s, id}}))
                return false;
        }
    }
    QSqlQuery upsert = m_connection.prepare(u"moderation"_s, u"upsert"_s);
    StoreRows::bind(upsert, now);
    if (!upsert.exec())
        return m_connection.fail(upsert.lastError().text());
    return tx.commit() && m_outbox.markSent(outboxId);
}

QByteArray ModerationCache::rebasedPayload(const OutboxItem &item) const
{
    if (!carriesVersion(item.kind))
        return item.payload;
    const std::optional<ModerationEntry> current = entry(item.targetId);
    if (!current)
        return item.payload;
    QJsonObject body = QJsonDocument::fromJson(item.payload).object();
    body.insert(u"version"_s, current->item.version);
    return ApiCodec::body(body);
}

} // namespace Soudan
