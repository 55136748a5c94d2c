// The Store's moderation items: what moderators triage, and their actions, which wait in the
// outbox like any other write and carry the version of the item the moderator saw.

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "store/sqltext.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Soudan {

using SqlText::uuidText;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The actions whose payload names the version they were decided on.
bool carriesVersion(OutboxKind kind)
{
    return kind == OutboxKind::ModerationClaim || kind == OutboxKind::ModerationResolve ||
           kind == OutboxKind::ModerationRestore;
}

} // namespace

bool Store::writeModerationItem(QSqlQuery &q, const ModerationItem &item)
{
    q.bindValue(u":id"_s, uuidText(item.id));
    q.bindValue(u":thread_id"_s, uuidText(item.threadId));
    q.bindValue(u":status"_s, int(item.status));
    q.bindValue(u":version"_s, item.version);
    q.bindValue(u":last_reported_ms"_s, item.lastReportedAt.toMSecsSinceEpoch());
    q.bindValue(u":data"_s, QString::fromUtf8(json(JsonCodec::encode(item))));
    return q.exec();
}

QList<ModerationEntry> Store::moderationEntries(const QList<QUuid> &ids) const
{
    QList<ModerationEntry> entries;
    QString text = SqlText::get(u"moderation"_s, u"list"_s);
    QStringList placeholders;
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders.append(u":id%1"_s.arg(i));
    text.replace(u"{where}"_s, ids.isEmpty()
                                   ? QString()
                                   : u"WHERE m.id IN (%1)"_s.arg(placeholders.join(u", "_s)));
    QSqlQuery q(db());
    q.prepare(text);
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(placeholders.at(i), uuidText(ids.at(i)));
    if (!q.exec()) {
        fail(q.lastError().text());
        return entries;
    }
    QSet<qint64> reporters;
    while (q.next()) {
        const Result<ModerationItem> item = JsonCodec::decodeModerationItem(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!item) {
            m_lastError = item.error();
            continue;
        }
        ModerationEntry e;
        e.item = item.value();
        e.localAction = q.value(2).toString();
        e.local = LocalState(q.value(3).toInt());
        e.categoryId = q.value(4).toLongLong();
        e.threadTitle = q.value(5).toString();
        e.postText = q.value(6).toString();
        e.authorName = q.value(7).toString();
        for (const ReportEntry &r : std::as_const(e.item.reports)) {
            if (r.reporterId)
                reporters.insert(r.reporterId);
        }
        entries.append(e);
    }
    q.finish();
    // Who reported: names, for the detail pane.
    if (!reporters.isEmpty()) {
        QStringList list;
        for (qint64 id : std::as_const(reporters))
            list.append(QString::number(id)); // integers: safe in the statement
        QSqlQuery names(db());
        QHash<qint64, QString> known;
        if (names.exec(SqlText::get(u"moderation"_s, u"users_with_names"_s)
                           .replace(u"{ids}"_s, list.join(u", "_s)))) {
            while (names.next())
                known.insert(names.value(0).toLongLong(), names.value(1).toString());
        }
        for (ModerationEntry &e : entries) {
            for (const ReportEntry &r : std::as_const(e.item.reports)) {
                if (known.contains(r.reporterId))
                    e.reporterNames.insert(r.reporterId, known.value(r.reporterId));
            }
        }
    }
    return entries;
}

std::optional<ModerationEntry> Store::moderationEntry(const QUuid &id) const
{
    const QList<ModerationEntry> entries = moderationEntries({id});
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

std::optional<QUuid> Store::moderate(OutboxKind kind, const QUuid &itemId,
                                     const QJsonObject &payload, const QString &localAction)
{
    QSqlQuery q(db());
    q.prepare(SqlText::get(u"moderation"_s, u"version"_s));
    q.bindValue(u":id"_s, uuidText(itemId));
    if (!q.exec() || !q.next()) {
        fail(u"no moderation item %1"_s.arg(uuidText(itemId)));
        return std::nullopt;
    }
    const qint64 version = q.value(0).toLongLong();
    const QUuid threadId = QUuid::fromString(q.value(1).toString());
    q.finish();
    QJsonObject body = payload;
    if (carriesVersion(kind))
        body.insert(u"version"_s, version);
    const std::optional<QUuid> id =
        enqueue(kind, threadId, itemId, json(body), {}, [&](QSqlQuery &e, const QUuid &) {
            e.prepare(SqlText::get(u"moderation"_s, u"local_action"_s));
            e.bindValue(u":action"_s, localAction);
            e.bindValue(u":state"_s, int(LocalState::Waiting));
            e.bindValue(u":id"_s, uuidText(itemId));
            return e.exec();
        });
    return id;
}

std::optional<QUuid> Store::claimReport(const QUuid &itemId)
{
    return moderate(OutboxKind::ModerationClaim, itemId, ApiCodec::encode(ClaimInput{}),
                    u"claimed"_s);
}

std::optional<QUuid> Store::resolveReport(const QUuid &itemId, const QString &action,
                                          const QString &reason, const QString &note)
{
    return moderate(OutboxKind::ModerationResolve, itemId,
                    ApiCodec::encode(ResolveInput{0, action, reason, note}),
                    action == u"hide"_s ? u"hidden"_s : u"dismissed"_s);
}

std::optional<QUuid> Store::restoreReport(const QUuid &itemId, const QString &reason)
{
    return moderate(OutboxKind::ModerationRestore, itemId,
                    ApiCodec::encode(RestoreInput{0, reason}), u"restored"_s);
}

std::optional<QUuid> Store::noteReport(const QUuid &itemId, const QString &note)
{
    return moderate(OutboxKind::ModerationNote, itemId, ApiCodec::encode(NoteInput{note}),
                    u"note"_s);
}

std::optional<QUuid> Store::warnAuthor(const QUuid &itemId, const QString &message)
{
    return moderate(OutboxKind::ModerationWarn, itemId, ApiCodec::encode(WarnInput{message}),
                    u"warned"_s);
}

bool Store::markModerationSent(const QUuid &id, const ModerationItem &now)
{
    const std::optional<OutboxItem> sent = outboxItem(id);
    if (!sent)
        return false;
    QSqlDatabase connection = db();
    if (!connection.transaction())
        return fail(connection.lastError().text());
    const qint64 before =
        QJsonDocument::fromJson(sent->payload).object().value(u"version"_s).toInteger(-1);
    bool ok = true;
    if (carriesVersion(sent->kind) && before >= 0 && before != now.version) {
        QSqlQuery waiting(connection);
        waiting.prepare(SqlText::get(u"moderation"_s, u"waiting_for"_s));
        waiting.bindValue(u":id"_s, uuidText(sent->targetId));
        ok = waiting.exec();
        QList<std::pair<QString, QByteArray>> rebased;
        while (ok && waiting.next()) {
            QJsonObject body =
                QJsonDocument::fromJson(waiting.value(1).toString().toUtf8()).object();
            if (waiting.value(0).toString() == uuidText(id) ||
                body.value(u"version"_s).toInteger(-1) != before)
                continue;
            body.insert(u"version"_s, now.version);
            rebased.append({waiting.value(0).toString(), json(body)});
        }
        waiting.finish();
        for (const auto &[outboxId, payload] : std::as_const(rebased)) {
            ok = ok && run(u"outbox"_s, u"set_payload"_s,
                           {{u":payload"_s, QString::fromUtf8(payload)},
                            {u":now"_s, QDateTime::currentMSecsSinceEpoch()},
                            {u":id"_s, outboxId}});
        }
    }
    QSqlQuery upsert(connection);
    ok = ok && upsert.prepare(SqlText::get(u"moderation"_s, u"upsert"_s)) &&
         writeModerationItem(upsert, now) && connection.commit();
    if (!ok) {
        m_lastError = upsert.lastError().text();
        connection.rollback();
        return false;
    }
    return markSent(id);
}

QByteArray Store::rebasedPayload(const OutboxItem &item) const
{
    if (!carriesVersion(item.kind))
        return item.payload;
    const std::optional<ModerationEntry> entry = moderationEntry(item.targetId);
    if (!entry)
        return item.payload;
    QJsonObject body = QJsonDocument::fromJson(item.payload).object();
    body.insert(u"version"_s, entry->item.version);
    return json(body);
}

} // namespace Soudan
