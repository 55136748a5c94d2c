// The Board's moderation: items (one per reported post), their claims and decisions, the audit
// timeline and warnings. Every deciding action checks the version the moderator saw.

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "server/board.h"
#include "server/rowvalues.h"

#include <QDateTime>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using namespace RowValues;

namespace {} // namespace

bool Board::audit(WriteTransaction &tx, const QUuid &target, qint64 moderatorId,
                  const QString &action, const QString &detail) const
{
    QSqlQuery q = m_db.prepare(u"audit_insert"_s);
    q.bindValue(u":id"_s, uuidText(target));
    q.bindValue(u":moderator_id"_s,
                moderatorId ? QVariant(moderatorId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.bindValue(u":action"_s, action);
    q.bindValue(u":detail"_s, detail.isNull() ? u""_s : detail); // a null QString binds NULL
    q.bindValue(u":now"_s, nowMs());
    return tx.exec(q);
}

bool Board::itemReported(WriteTransaction &tx, EntityKind kind, const QUuid &target,
                         const QUuid &threadId, qint64 reporterId, const QString &detail) const
{
    qint64 author = 0;
    if (kind == EntityKind::Thread) {
        if (const auto t = thread(target))
            author = t->authorId;
    } else if (const auto a = answer(target)) {
        author = a->authorId;
    }
    const qint64 now = nowMs();
    QSqlQuery q = m_db.prepare(u"moditem_reported"_s);
    q.bindValue(u":id"_s, uuidText(target));
    q.bindValue(u":kind"_s, int(kind));
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":author_id"_s, author);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":now2"_s, now);
    q.bindValue(u":now3"_s, now);
    return tx.exec(q) && audit(tx, target, reporterId, u"reported"_s, detail) &&
           tx.touch(int(EntityKind::ModerationItem), uuidText(target));
}

std::optional<ModerationItem> Board::moderationItem(const QUuid &id) const
{
    QSqlQuery q = m_db.prepare(u"moditem_get"_s);
    q.bindValue(u":id"_s, uuidText(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    ModerationItem item;
    item.id = QUuid::fromString(q.value(0).toString());
    item.targetKind = EntityKind(q.value(1).toInt());
    item.threadId = QUuid::fromString(q.value(2).toString());
    item.authorId = q.value(3).toLongLong();
    item.status = ModerationStatus(q.value(4).toInt());
    const qint64 until = q.value(6).toLongLong();
    // A claim that ran out leaves the item new again.
    if (item.status == ModerationStatus::Claimed && until > nowMs()) {
        item.claimedBy = q.value(5).toLongLong();
        item.claimedByName = q.value(12).toString();
        item.claimedUntil = fromMs(until);
    } else if (item.status == ModerationStatus::Claimed) {
        item.status = ModerationStatus::New;
    }
    item.resolution = q.value(7).toString();
    item.resolutionReason = q.value(8).toString();
    item.version = q.value(9).toLongLong();
    item.firstReportedAt = fromMs(q.value(10).toLongLong());
    item.lastReportedAt = fromMs(q.value(11).toLongLong());
    q.finish();

    QSqlQuery reports = m_db.prepare(u"moditem_reports"_s);
    reports.bindValue(u":id"_s, uuidText(id));
    if (reports.exec()) {
        while (reports.next()) {
            item.reports.append(
                {QUuid::fromString(reports.value(0).toString()), reports.value(1).toLongLong(),
                 ApiCodec::reportReasonFromWire(reports.value(2).toString())
                     .value_or(ReportReason::Other),
                 reports.value(3).toString(), fromMs(reports.value(4).toLongLong())});
        }
    }
    QSqlQuery audit = m_db.prepare(u"moditem_audit"_s);
    audit.bindValue(u":id"_s, uuidText(id));
    if (audit.exec()) {
        while (audit.next()) {
            item.audit.append({audit.value(0).toLongLong(), audit.value(1).toString(),
                               audit.value(2).toString(), audit.value(3).toString(),
                               fromMs(audit.value(4).toLongLong())});
        }
    }
    QSqlQuery history = m_db.prepare(u"moditem_history"_s);
    history.bindValue(u":author"_s, item.authorId);
    history.bindValue(u":author2"_s, item.authorId);
    history.bindValue(u":author3"_s, item.authorId);
    history.bindValue(u":id"_s, uuidText(id));
    history.bindValue(u":id2"_s, uuidText(id));
    if (history.exec() && history.next()) {
        item.authorHistory = {history.value(0).toInt(), history.value(1).toInt(),
                              history.value(2).toInt()};
    }
    return item;
}

QList<ModerationItem> Board::moderationItems(std::optional<ModerationStatus> status) const
{
    QList<ModerationItem> items;
    QSqlQuery q = m_db.prepare(u"moditem_ids"_s);
    if (!q.exec())
        return items;
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    q.finish();
    for (const QUuid &id : ids) {
        if (const std::optional<ModerationItem> item = moderationItem(id);
            item && (!status || item->status == *status))
            items.append(*item);
    }
    return items;
}

Outcome<ModerationItem> Board::recorded(WriteTransaction &tx, const QUuid &id, qint64 moderatorId,
                                        const QString &action, const QString &detail) const
{
    // Every action ends the same way: in the audit timeline, in the feed, committed, and
    // answered with the item as it now is.
    if (!audit(tx, id, moderatorId, action, detail) ||
        !tx.touch(int(EntityKind::ModerationItem), uuidText(id)) || !tx.commit())
        return internalFailure(tx.error());
    return *moderationItem(id);
}

Outcome<ModerationItem> Board::actionable(const AuthUser &moderator, const QUuid &id,
                                          qint64 version) const
{
    const std::optional<ModerationItem> item = moderationItem(id);
    if (!item)
        return Failure{404, u"not_found"_s, tr("There is no report on %1.").arg(uuidText(id))};
    // A 409 carries the item as it is now, so that the moderator sees what changed.
    const QJsonObject current{{u"item"_s, JsonCodec::encode(*item)}};
    if (item->version != version) {
        return Failure{409, u"stale"_s,
                       tr("This report changed since you saw it (another moderator acted, or a new "
                          "report came)."),
                       current};
    }
    if (item->status == ModerationStatus::Claimed && item->claimedBy != moderator.id) {
        return Failure{409, u"claimed"_s,
                       tr("%1 is handling this report.").arg(item->claimedByName), current};
    }
    return *item;
}

Outcome<ModerationItem> Board::claim(const AuthUser &moderator, const QUuid &id,
                                     const ClaimInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = actionable(moderator, id, input.version);
    if (!item.ok())
        return item;
    if (item->status == ModerationStatus::Resolved) {
        return Failure{409,
                       u"resolved"_s,
                       tr("This report is already decided."),
                       {{u"item"_s, JsonCodec::encode(item.value())}}};
    }
    const qint64 now = nowMs();
    QSqlQuery q = m_db.prepare(u"moditem_claim"_s);
    q.bindValue(u":user_id"_s, moderator.id);
    q.bindValue(u":until"_s, now + qint64(Moderation::ClaimMinutes) * 60 * 1000);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, uuidText(id));
    if (!tx.exec(q))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, u"claimed"_s, QString());
}

Outcome<ModerationItem> Board::resolve(const AuthUser &moderator, const QUuid &id,
                                       const ResolveInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = actionable(moderator, id, input.version);
    if (!item.ok())
        return item;
    const bool hide = input.action == u"hide"_s;
    QSqlQuery q = m_db.prepare(u"moditem_resolve"_s);
    q.bindValue(u":status"_s, int(ModerationStatus::Resolved));
    q.bindValue(u":resolution"_s, hide ? u"hidden"_s : u"dismissed"_s);
    q.bindValue(u":reason"_s, input.reason);
    q.bindValue(u":now"_s, nowMs());
    q.bindValue(u":id"_s, uuidText(id));
    const QString detail =
        input.note.isEmpty() ? input.reason : input.reason + u": "_s + input.note;
    if (!tx.exec(q) || (hide && !applyHidden(tx, item->targetKind, id, true, input.reason)))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, hide ? u"hidden"_s : u"dismissed"_s, detail);
}

Outcome<ModerationItem> Board::restore(const AuthUser &moderator, const QUuid &id,
                                       const RestoreInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = actionable(moderator, id, input.version);
    if (!item.ok())
        return item;
    if (item->resolution != u"hidden"_s) {
        return Failure{409,
                       u"not_hidden"_s,
                       tr("This post is not hidden."),
                       {{u"item"_s, JsonCodec::encode(item.value())}}};
    }
    QSqlQuery q = m_db.prepare(u"moditem_resolve"_s);
    q.bindValue(u":status"_s, int(ModerationStatus::Resolved));
    q.bindValue(u":resolution"_s, u"restored"_s);
    q.bindValue(u":reason"_s, input.reason);
    q.bindValue(u":now"_s, nowMs());
    q.bindValue(u":id"_s, uuidText(id));
    if (!tx.exec(q) || !applyHidden(tx, item->targetKind, id, false, input.reason))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, u"restored"_s, input.reason);
}

Outcome<ModerationItem> Board::addNote(const AuthUser &moderator, const QUuid &id,
                                       const NoteInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    if (!moderationItem(id))
        return Failure{404, u"not_found"_s, tr("There is no report on %1.").arg(uuidText(id))};
    // A note decides nothing: it does not change the version, so it never makes another
    // moderator's action stale.
    QSqlQuery q = m_db.prepare(u"moditem_touched"_s);
    q.bindValue(u":now"_s, nowMs());
    q.bindValue(u":id"_s, uuidText(id));
    if (!tx.exec(q))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, u"note"_s, input.note);
}

Outcome<ModerationItem> Board::warn(const AuthUser &moderator, const QUuid &id,
                                    const WarnInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const std::optional<ModerationItem> item = moderationItem(id);
    if (!item)
        return Failure{404, u"not_found"_s, tr("There is no report on %1.").arg(uuidText(id))};
    const qint64 now = nowMs();
    QSqlQuery q = m_db.prepare(u"warning_insert"_s);
    q.bindValue(u":user_id"_s, item->authorId);
    q.bindValue(u":moderator_id"_s, moderator.id);
    q.bindValue(u":id"_s, uuidText(id));
    q.bindValue(u":message"_s, input.message);
    q.bindValue(u":now"_s, now);
    QSqlQuery touched = m_db.prepare(u"moditem_touched"_s);
    touched.bindValue(u":now"_s, now);
    touched.bindValue(u":id"_s, uuidText(id));
    if (!tx.exec(q) || !tx.exec(touched))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, u"warned"_s, input.message);
}

} // namespace Soudan::Server
