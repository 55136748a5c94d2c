// Reports and the moderation items they make: one item per reported post, its claims and
// decisions, the audit timeline and warnings. Every deciding action checks the version the
// moderator saw.

#include "server/reports.h"

#include "db/rowreader.h"
#include "domain/contactguard.h"
#include "domain/jsoncodec.h"
#include "domain/vocabulary.h"
#include "server/activity.h"
#include "server/postrows.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;
using Db::uuidText;

namespace {

Failure noItem(const QUuid &id)
{
    return {404, u"not_found"_s, Reports::tr("There is no report on %1.").arg(uuidText(id))};
}

// A 409 carries the item as it is now, so that the moderator sees what changed.
QJsonObject current(const ModerationItem &item)
{
    return {{u"item"_s, JsonCodec::encode(item)}};
}

bool insertReport(WriteTransaction &tx, const Database &db, const QUuid &id, EntityKind kind,
                  const QUuid &target, const QUuid &threadId, std::optional<qint64> reporter,
                  ReportReason reason, const QString &note, qint64 now)
{
    QSqlQuery &q = db.prepare(u"report_insert"_s);
    q.bindValue(u":id"_s, uuidText(id));
    q.bindValue(u":target_kind"_s, int(kind));
    q.bindValue(u":target_id"_s, uuidText(target));
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":reporter_id"_s, Db::integerOrNull(reporter));
    q.bindValue(u":reason"_s, Wire::name(reason));
    q.bindValue(u":note"_s, note);
    q.bindValue(u":now"_s, now);
    return tx.exec(q);
}

} // namespace

Reports::Reports(const Database &db, const PostRows &posts, const Activity &activity)
    : m_db(db)
    , m_posts(posts)
    , m_activity(activity)
{}

Outcome<Written<StoredReport>> Reports::putReport(const AuthUser &user, const QUuid &id,
                                                  const ReportInput &input) const
{
    // Members' reports have random ids; the server's own (the contact check's) are made from
    // the post's id, in a space no member can write to, so that none can be taken in advance
    // nor probed.
    if (id.version() != QUuid::Random)
        return Failure{422, u"invalid_id"_s, tr("A report's id is a random UUID (version 4).")};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    // One report per member per post: the same id again, or another id on the same post, is
    // that report, edited when its reason or note changed. Only a first report counts: it
    // raises the item's priority, moves its version and may open it again.
    const Outcome<std::optional<StoredReport>> byId =
        report(tx, u"report_get"_s, {{u":id"_s, uuidText(id)}});
    if (!byId.ok())
        return byId.failure();
    std::optional<StoredReport> mine = *byId;
    if (mine && (mine->reporterId != user.id || mine->input.targetKind != input.targetKind ||
                 mine->input.targetId != input.targetId))
        return Failure{409, u"id_in_use"_s, tr("Another report already has this id.")};
    if (!mine) {
        const Outcome<std::optional<StoredReport>> onPost =
            report(tx, u"report_of_member"_s,
                   {{u":target_id"_s, uuidText(input.targetId)}, {u":reporter_id"_s, user.id}});
        if (!onPost.ok())
            return onPost.failure();
        mine = *onPost;
    }
    if (mine) {
        if (mine->input.reason != input.reason || mine->input.note != input.note) {
            QSqlQuery &edit = m_db.prepare(u"report_edit"_s);
            edit.bindValue(u":id"_s, uuidText(mine->id));
            edit.bindValue(u":reason"_s, Wire::name(input.reason));
            edit.bindValue(u":note"_s, input.note);
            // Moderators' clients get the item again (its reports), at the same version.
            if (!tx.exec(edit) ||
                !tx.touch(int(EntityKind::ModerationItem), uuidText(input.targetId)) ||
                !tx.commit())
                return internalFailure(tx.error());
            mine->input.reason = input.reason;
            mine->input.note = input.note;
        }
        return Written<StoredReport>{*mine, false};
    }
    QSqlQuery &recent = m_db.prepare(u"reports_of_member_since"_s);
    recent.bindValue(u":reporter_id"_s, user.id);
    recent.bindValue(u":since"_s, Db::nowMs() - 3600 * 1000);
    if (!tx.exec(recent) || !recent.next())
        return internalFailure(tx.error());
    if (RowReader(recent).integer("count"_L1) >= MaxReportsPerHour)
        return Failure{429, u"too_many_reports"_s,
                       tr("At most %1 reports an hour: try again later.").arg(MaxReportsPerHour)};
    recent.finish();
    QUuid threadId;
    if (input.targetKind == EntityKind::Thread) {
        const auto t = m_posts.visibleThread(user, input.targetId);
        if (!t.ok())
            return t.failure();
        if (*t)
            threadId = (*t)->id;
    } else {
        const auto a = m_posts.answer(input.targetId);
        if (!a.ok())
            return a.failure();
        if (*a && (!(*a)->hidden || user.role == Role::Moderator)) {
            const auto t = m_posts.visibleThread(user, (*a)->threadId);
            if (!t.ok())
                return t.failure();
            if (*t)
                threadId = (*a)->threadId;
        }
    }
    if (threadId.isNull()) {
        return Failure{404, u"not_found"_s,
                       tr("targetId: there is no post %1.").arg(uuidText(input.targetId))};
    }
    const StoredReport r{id, input, user.id, Db::fromMs(Db::nowMs())};
    if (!insertReport(tx, m_db, id, input.targetKind, input.targetId, threadId, user.id,
                      input.reason, input.note, r.createdAt.toMSecsSinceEpoch()) ||
        !itemReported(tx, input.targetKind, input.targetId, threadId, user.id,
                      Wire::name(input.reason)) ||
        !tx.commit())
        return internalFailure(tx.error());
    return Written<StoredReport>{r, true};
}

Outcome<std::optional<StoredReport>> Reports::report(WriteTransaction &tx, const QString &query,
                                                     const QVariantHash &values) const
{
    QSqlQuery &q = m_db.prepare(query);
    for (auto it = values.begin(); it != values.end(); ++it)
        q.bindValue(it.key(), it.value());
    if (!tx.exec(q))
        return internalFailure(tx.error());
    if (!q.next())
        return std::optional<StoredReport>();
    const RowReader row(q);
    StoredReport r;
    r.id = row.uuid("id"_L1);
    r.input.targetKind = EntityKind(row.integer("target_kind"_L1));
    r.input.targetId = row.uuid("target_id"_L1);
    r.input.reason = Wire::parse<ReportReason>(row.text("reason"_L1)).value_or(ReportReason::Other);
    r.input.note = row.text("note"_L1);
    r.reporterId = row.integer("reporter_id"_L1);
    r.createdAt = row.time("created_ms"_L1);
    return std::optional<StoredReport>(r);
}

bool Reports::guard(WriteTransaction &tx, EntityKind kind, const QUuid &id, const QUuid &threadId,
                    const QString &text, int revision, const QString &earlier) const
{
    QStringList before;
    for (const ContactGuard::Finding &f : ContactGuard::scan(earlier))
        before.append(f.text);
    QStringList kinds;
    for (const ContactGuard::Finding &f : ContactGuard::scan(text)) {
        if (!before.contains(f.text) && !kinds.contains(Wire::name(f.kind)))
            kinds.append(Wire::name(f.kind));
    }
    if (kinds.isEmpty())
        return true;
    // Members cannot write these ids (theirs are random, version 4).
    const QString name = revision > 1 ? u"contact-guard/%1"_s.arg(revision) : u"contact-guard"_s;
    // The note is the list of what was found, as codes: clients say it in their own language.
    const QString note = kinds.join(u", "_s);
    return insertReport(tx, m_db, QUuid::createUuidV5(id, name), kind, id, threadId, std::nullopt,
                        ReportReason::ContactOutside, note, Db::nowMs()) &&
           itemReported(tx, kind, id, threadId, 0, kinds.join(u", "_s));
}

bool Reports::audit(WriteTransaction &tx, const QUuid &target, qint64 moderatorId,
                    AuditAction action, const QString &detail) const
{
    QSqlQuery &q = m_db.prepare(u"audit_insert"_s);
    q.bindValue(u":id"_s, uuidText(target));
    q.bindValue(u":moderator_id"_s,
                Db::integerOrNull(moderatorId ? std::optional(moderatorId) : std::nullopt));
    q.bindValue(u":action"_s, Wire::name(action));
    q.bindValue(u":detail"_s, detail.isNull() ? u""_s : detail); // a null QString binds NULL
    q.bindValue(u":now"_s, Db::nowMs());
    return tx.exec(q);
}

bool Reports::itemReported(WriteTransaction &tx, EntityKind kind, const QUuid &target,
                           const QUuid &threadId, qint64 reporterId, const QString &detail) const
{
    // Its post is read outside tx, which must have sent what it put off.
    if (!tx.sendLater())
        return false;
    qint64 author = 0;
    if (kind == EntityKind::Thread) {
        const auto t = m_posts.thread(target);
        if (!t.ok()) {
            tx.fail(t.failure().message);
            return false;
        }
        author = *t ? (*t)->authorId : 0;
    } else {
        const auto a = m_posts.answer(target);
        if (!a.ok()) {
            tx.fail(a.failure().message);
            return false;
        }
        author = *a ? (*a)->authorId : 0;
    }
    const qint64 now = Db::nowMs();
    QSqlQuery &q = m_db.prepare(u"moditem_reported"_s);
    q.bindValue(u":id"_s, uuidText(target));
    q.bindValue(u":kind"_s, int(kind));
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":author_id"_s, author);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":now2"_s, now);
    q.bindValue(u":now3"_s, now);
    return tx.exec(q) && audit(tx, target, reporterId, AuditAction::Reported, detail) &&
           tx.touch(int(EntityKind::ModerationItem), uuidText(target));
}

Outcome<std::optional<ModerationItem>> Reports::item(const QUuid &id) const
{
    QSqlQuery &q = m_db.prepare(u"moditem_get"_s);
    q.bindValue(u":id"_s, uuidText(id));
    if (!q.exec())
        return internalFailure(q.lastError().text());
    if (!q.next())
        return std::optional<ModerationItem>();
    ModerationItem item;
    {
        const RowReader row(q);
        item.id = row.uuid("target_id"_L1);
        item.targetKind = EntityKind(row.integer("target_kind"_L1));
        item.threadId = row.uuid("thread_id"_L1);
        item.authorId = row.integer("author_id"_L1);
        item.status = ModerationStatus(row.integer("status"_L1));
        const qint64 until = row.integer("claimed_until_ms"_L1);
        // A claim that ran out leaves the item new again.
        if (item.status == ModerationStatus::Claimed && until > Db::nowMs()) {
            item.claimedBy = row.integer("claimed_by"_L1);
            item.claimedByName = row.text("claimed_by_name"_L1);
            item.claimedUntil = Db::fromMs(until);
        } else if (item.status == ModerationStatus::Claimed) {
            item.status = ModerationStatus::New;
        }
        item.resolution =
            Wire::parse<Resolution>(row.text("resolution"_L1)).value_or(Resolution::None);
        item.resolutionReason = row.text("resolution_reason"_L1);
        item.version = row.integer("version"_L1);
        item.firstReportedAt = row.time("first_reported_ms"_L1);
        item.lastReportedAt = row.time("last_reported_ms"_L1);
    }
    q.finish();

    QSqlQuery &reports = m_db.prepare(u"moditem_reports"_s);
    reports.bindValue(u":id"_s, uuidText(id));
    if (!reports.exec())
        return internalFailure(reports.lastError().text());
    const RowReader report(reports);
    while (reports.next()) {
        item.reports.append(
            {report.uuid("id"_L1), report.integer("reporter_id"_L1),
             Wire::parse<ReportReason>(report.text("reason"_L1)).value_or(ReportReason::Other),
             report.text("note"_L1), report.time("created_ms"_L1)});
    }
    QSqlQuery &audit = m_db.prepare(u"moditem_audit"_s);
    audit.bindValue(u":id"_s, uuidText(id));
    if (!audit.exec())
        return internalFailure(audit.lastError().text());
    const RowReader line(audit);
    while (audit.next()) {
        const std::optional<AuditAction> action = Wire::parse<AuditAction>(line.text("action"_L1));
        if (!action)
            return internalFailure(u"unknown audit action %1"_s.arg(line.text("action"_L1)));
        item.audit.append({line.integer("moderator_id"_L1), line.text("display_name"_L1), *action,
                           line.text("detail"_L1), line.time("at_ms"_L1)});
    }
    QSqlQuery &history = m_db.prepare(u"moditem_history"_s);
    history.bindValue(u":author"_s, item.authorId);
    history.bindValue(u":author2"_s, item.authorId);
    history.bindValue(u":author3"_s, item.authorId);
    if (!history.exec() || !history.next())
        return internalFailure(history.lastError().text());
    const RowReader counts(history);
    item.authorHistory = {int(counts.integer("hidden"_L1)), int(counts.integer("dismissed"_L1)),
                          int(counts.integer("warnings"_L1))};
    return std::optional<ModerationItem>(item);
}

Outcome<QList<ModerationItem>> Reports::items(std::optional<ModerationStatus> status) const
{
    QSqlQuery &q = m_db.prepare(u"moditem_ids"_s);
    if (!q.exec())
        return internalFailure(q.lastError().text());
    QList<QUuid> ids;
    const RowReader row(q);
    while (q.next())
        ids.append(row.uuid("target_id"_L1));
    q.finish();
    QList<ModerationItem> items;
    for (const QUuid &id : std::as_const(ids)) {
        const Outcome<std::optional<ModerationItem>> found = item(id);
        if (!found.ok())
            return found.failure();
        if (*found && (!status || (*found)->status == *status))
            items.append(**found);
    }
    return items;
}

Outcome<ModerationItem> Reports::existing(const QUuid &id) const
{
    const Outcome<std::optional<ModerationItem>> found = item(id);
    if (!found.ok())
        return found.failure();
    if (!*found)
        return noItem(id);
    return **found;
}

Outcome<ModerationItem> Reports::recorded(WriteTransaction &tx, const QUuid &id, qint64 moderatorId,
                                          AuditAction action, const QString &detail) const
{
    if (!audit(tx, id, moderatorId, action, detail) ||
        !tx.touch(int(EntityKind::ModerationItem), uuidText(id)) || !tx.commit())
        return internalFailure(tx.error());
    return existing(id);
}

bool Reports::touchAuthorItems(WriteTransaction &tx, const ModerationItem &item) const
{
    QSqlQuery &q = m_db.prepare(u"moditem_of_author"_s);
    q.bindValue(u":author"_s, item.authorId);
    q.bindValue(u":id"_s, uuidText(item.id));
    if (!tx.exec(q))
        return false;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        if (!tx.touch(int(EntityKind::ModerationItem), id))
            return false;
    }
    return true;
}

Outcome<ModerationItem> Reports::actionable(const AuthUser &moderator, const QUuid &id,
                                            qint64 version) const
{
    const Outcome<ModerationItem> item = existing(id);
    if (!item.ok())
        return item;
    if (item->version != version) {
        return Failure{409, u"stale"_s,
                       tr("This report changed since you saw it (another moderator acted, or a new "
                          "report came)."),
                       current(*item)};
    }
    if (item->status == ModerationStatus::Claimed && item->claimedBy != moderator.id) {
        return Failure{409, u"claimed"_s,
                       tr("%1 is handling this report.").arg(item->claimedByName), current(*item)};
    }
    return item;
}

Outcome<ModerationItem> Reports::claim(const AuthUser &moderator, const QUuid &id,
                                       const ClaimInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = actionable(moderator, id, input.version);
    if (!item.ok())
        return item;
    if (item->status == ModerationStatus::Resolved)
        return Failure{409, u"resolved"_s, tr("This report is already decided."), current(*item)};
    const qint64 now = Db::nowMs();
    QSqlQuery &q = m_db.prepare(u"moditem_claim"_s);
    q.bindValue(u":user_id"_s, moderator.id);
    q.bindValue(u":until"_s, now + qint64(Moderation::ClaimMinutes) * 60 * 1000);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, uuidText(id));
    if (!tx.exec(q))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, AuditAction::Claimed, QString());
}

Outcome<ModerationItem> Reports::resolve(const AuthUser &moderator, const QUuid &id,
                                         const ResolveInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = actionable(moderator, id, input.version);
    if (!item.ok())
        return item;
    const AuditAction done = Moderation::auditAction(input.action);
    const QString detail =
        input.note.isEmpty() ? input.reason : input.reason + u": "_s + input.note;
    return decided(tx, *item, moderator, done, input.reason, detail);
}

Outcome<ModerationItem> Reports::restore(const AuthUser &moderator, const QUuid &id,
                                         const RestoreInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = actionable(moderator, id, input.version);
    if (!item.ok())
        return item;
    // Hidden by this item's decision, or still hidden while its author's appeal is open.
    if (item->resolution != Resolution::Hidden && !postHidden(*item))
        return Failure{409, u"not_hidden"_s, tr("This post is not hidden."), current(*item)};
    return decided(tx, *item, moderator, AuditAction::Restored, input.reason, input.reason);
}

Outcome<ModerationItem> Reports::decided(WriteTransaction &tx, const ModerationItem &item,
                                         const AuthUser &moderator, AuditAction done,
                                         const QString &reason, const QString &detail) const
{
    const Resolution resolution = Moderation::resolution(done);
    QSqlQuery &q = m_db.prepare(u"moditem_resolve"_s);
    q.bindValue(u":status"_s, int(ModerationStatus::Resolved));
    q.bindValue(u":resolution"_s, Wire::name(resolution));
    q.bindValue(u":reason"_s, reason);
    q.bindValue(u":now"_s, Db::nowMs());
    q.bindValue(u":id"_s, uuidText(item.id));
    // Hidden, the post goes for members; restored, it comes back; dismissed (its author
    // appealed), a hidden post comes back too.
    const bool showing = resolution == Resolution::Restored ||
                         (resolution == Resolution::Dismissed && postHidden(item));
    if (!tx.exec(q) ||
        ((resolution == Resolution::Hidden || showing) &&
         !m_posts.applyHidden(tx, item.targetKind, item.id, !showing, reason)) ||
        !touchAuthorItems(tx, item) ||
        !notifyDecision(tx, item, showing ? Resolution::Restored : resolution, reason) ||
        (showing && resolution == Resolution::Dismissed &&
         !notifyDecision(tx, item, resolution, reason)))
        return internalFailure(tx.error());
    return recorded(tx, item.id, moderator.id, done, detail);
}

bool Reports::postHidden(const ModerationItem &item) const
{
    const auto thread = item.targetKind == EntityKind::Thread
                            ? m_posts.thread(item.id)
                            : Outcome<std::optional<Thread>>(std::nullopt);
    const auto answer = item.targetKind == EntityKind::Answer
                            ? m_posts.answer(item.id)
                            : Outcome<std::optional<Answer>>(std::nullopt);
    return (thread.ok() && *thread && (*thread)->hidden) ||
           (answer.ok() && *answer && (*answer)->hidden);
}

bool Reports::notifyDecision(WriteTransaction &tx, const ModerationItem &item,
                             Resolution resolution, const QString &reason) const
{
    Notification n;
    n.threadId = item.threadId;
    n.postId = item.id;
    n.at = Db::fromMs(Db::nowMs());
    if (resolution == Resolution::Hidden || resolution == Resolution::Restored) {
        n.kind = Wire::name(resolution == Resolution::Hidden ? NotificationKind::PostHidden
                                                             : NotificationKind::PostRestored);
        n.detail = resolution == Resolution::Hidden ? reason : QString();
        if (item.authorId > 0 && !m_activity.notify(tx, item.authorId, n))
            return false;
    }
    if (resolution != Resolution::Hidden && resolution != Resolution::Dismissed)
        return true;
    // Each member whose report this decision answers hears of it once: later reports get the
    // next decision's answer.
    QSqlQuery &reporters = m_db.prepare(u"reporters_undecided"_s);
    reporters.bindValue(u":id"_s, uuidText(item.id));
    if (!tx.exec(reporters))
        return false;
    QList<qint64> ids;
    while (reporters.next())
        ids.append(RowReader(reporters).integer("reporter_id"_L1));
    reporters.finish();
    QSqlQuery &decided = m_db.prepare(u"reports_decided"_s);
    decided.bindValue(u":id"_s, uuidText(item.id));
    if (!tx.exec(decided))
        return false;
    n.kind = Wire::name(NotificationKind::ReportDecided);
    n.detail = Wire::name(resolution);
    for (const qint64 reporter : std::as_const(ids)) {
        if (!m_activity.notify(tx, reporter, n))
            return false;
    }
    return true;
}

Outcome<ModerationItem> Reports::addNote(const AuthUser &moderator, const QUuid &id,
                                         const NoteInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    if (const Outcome<ModerationItem> item = existing(id); !item.ok())
        return item;
    // A note decides nothing: it does not change the version, so it never makes another
    // moderator's action stale.
    QSqlQuery &q = m_db.prepare(u"moditem_touched"_s);
    q.bindValue(u":now"_s, Db::nowMs());
    q.bindValue(u":id"_s, uuidText(id));
    if (!tx.exec(q))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, AuditAction::Noted, input.note);
}

Outcome<ModerationItem> Reports::warn(const AuthUser &moderator, const QUuid &id,
                                      const WarnInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = existing(id);
    if (!item.ok())
        return item;
    const qint64 now = Db::nowMs();
    QSqlQuery &q = m_db.prepare(u"warning_insert"_s);
    q.bindValue(u":user_id"_s, item->authorId);
    q.bindValue(u":moderator_id"_s, moderator.id);
    q.bindValue(u":id"_s, uuidText(id));
    q.bindValue(u":message"_s, input.message);
    q.bindValue(u":now"_s, now);
    QSqlQuery &touched = m_db.prepare(u"moditem_touched"_s);
    touched.bindValue(u":now"_s, now);
    touched.bindValue(u":id"_s, uuidText(id));
    Notification n;
    n.kind = Wire::name(NotificationKind::Warned);
    n.threadId = item->threadId;
    n.postId = item->id;
    n.detail = input.message;
    n.at = Db::fromMs(now);
    if (!tx.exec(q) || !tx.exec(touched) || !touchAuthorItems(tx, *item) ||
        (item->authorId > 0 && !m_activity.notify(tx, item->authorId, n)))
        return internalFailure(tx.error());
    return recorded(tx, id, moderator.id, AuditAction::Warned, input.message);
}

} // namespace Soudan::Server
