#include "server/restrictions.h"

#include "db/rowreader.h"
#include "domain/jsoncodec.h"
#include "domain/vocabulary.h"
#include "server/activity.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;

Restrictions::Restrictions(const Database &db, const Activity &activity)
    : m_db(db)
    , m_activity(activity)
{}

QSqlQuery &Restrictions::statement(qint64 userId) const
{
    QSqlQuery &q = m_db.prepare(u"restriction_get"_s);
    q.bindValue(u":user_id"_s, userId);
    return q;
}

std::optional<Restriction> Restrictions::read(QSqlQuery &q, qint64 userId)
{
    if (!q.next())
        return std::nullopt;
    const RowReader row(q);
    Restriction r;
    r.userId = userId;
    r.kind = Wire::parse<RestrictionKind>(row.text("kind"_L1)).value_or(RestrictionKind::None);
    if (!row.isNull("until_ms"_L1))
        r.until = row.time("until_ms"_L1);
    r.reason = row.text("reason"_L1);
    if (r.kind == RestrictionKind::None ||
        (r.until.isValid() && r.until <= Db::fromMs(Db::nowMs())))
        return std::nullopt;
    return r;
}

Outcome<std::optional<Restriction>> Restrictions::of(qint64 userId) const
{
    QSqlQuery &q = statement(userId);
    if (!q.exec())
        return internalFailure(q.lastError().text());
    return read(q, userId);
}

std::optional<Failure> Restrictions::refusal(const AuthUser &user) const
{
    const Outcome<std::optional<Restriction>> r = of(user.id);
    if (!r.ok())
        return r.failure();
    return refusal(*r);
}

std::optional<Failure> Restrictions::refusal(const std::optional<Restriction> &r)
{
    if (!r)
        return std::nullopt;
    // The message is read by clients: the end and the reason, in that form.
    const QString until = r->until.isValid() ? JsonCodec::wireTime(r->until) : u"never"_s;
    return Failure{403, Wire::name(r->kind), u"until %1: %2"_s.arg(until, r->reason)};
}

Outcome<Restriction> Restrictions::set(const AuthUser &moderator, qint64 userId,
                                       const RestrictionInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    QSqlQuery &exists = m_db.prepare(u"user_role"_s);
    exists.bindValue(u":id"_s, userId);
    if (!tx.exec(exists))
        return internalFailure(tx.error());
    if (!exists.next())
        return Failure{404, u"not_found"_s, tr("There is no member %1.").arg(userId)};
    if (RowReader(exists).integer("role"_L1) == int(Role::Moderator))
        return Failure{403, u"forbidden"_s, tr("Moderators are not restricted.")};
    exists.finish();
    const qint64 now = Db::nowMs();
    Restriction r{userId, input.kind, {}, input.reason};
    if (input.kind == RestrictionKind::Suspended)
        r.until = Db::fromMs(now + qint64(input.days) * 24 * 60 * 60 * 1000);
    QSqlQuery &q = m_db.prepare(input.kind == RestrictionKind::None ? u"restriction_delete"_s
                                                                    : u"restriction_put"_s);
    q.bindValue(u":user_id"_s, userId);
    if (input.kind != RestrictionKind::None) {
        q.bindValue(u":kind"_s, Wire::name(input.kind));
        q.bindValue(u":until_ms"_s,
                    Db::integerOrNull(r.until.isValid() ? std::optional(r.until.toMSecsSinceEpoch())
                                                        : std::nullopt));
        q.bindValue(u":reason"_s, input.reason);
        q.bindValue(u":moderator_id"_s, moderator.id);
        q.bindValue(u":now"_s, now);
    }
    // The member hears of it, and why; never who decided.
    Notification n;
    n.at = Db::fromMs(now);
    switch (input.kind) {
    case RestrictionKind::Suspended:
        n.kind = Wire::name(NotificationKind::Suspended);
        n.detail = JsonCodec::wireTime(r.until) + u' ' + input.reason;
        break;
    case RestrictionKind::ReadOnly:
        n.kind = Wire::name(NotificationKind::ReadOnly);
        n.detail = input.reason;
        break;
    case RestrictionKind::None:
        n.kind = Wire::name(NotificationKind::RestrictionLifted);
        break;
    }
    if (!tx.exec(q) || !m_activity.notify(tx, userId, n) || !tx.commit())
        return internalFailure(tx.error());
    return r;
}

} // namespace Soudan::Server
