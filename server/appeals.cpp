// A post's author appeals a moderator's decision on it: part of Reports (server/reports.h).

#include "db/rowreader.h"
#include "domain/jsoncodec.h"
#include "domain/vocabulary.h"
#include "server/reports.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

Outcome<ModerationItem> Reports::appeal(const AuthUser &author, const QUuid &id,
                                        const AppealInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<ModerationItem> item = existing(id);
    if (!item.ok())
        return item;
    if (item->authorId != author.id) {
        return Failure{403, u"not_author"_s,
                       tr("Only the post's author appeals a decision on it.")};
    }
    // The latest decision on the author (the post hidden, or a warning), and no appeal of it yet.
    qsizetype decision = -1;
    for (qsizetype i = 0; i < item->audit.size(); ++i) {
        const AuditAction a = item->audit.at(i).action;
        if (a == AuditAction::Hidden || a == AuditAction::Warned)
            decision = i;
    }
    for (qsizetype i = decision + 1; decision >= 0 && i < item->audit.size(); ++i) {
        if (item->audit.at(i).action == AuditAction::Appealed)
            return Failure{409, u"appeal_exists"_s, tr("This decision was already appealed.")};
    }
    // A hiding since undone (restored, or dismissed) is nothing to appeal any more.
    if (decision < 0 || (item->audit.at(decision).action == AuditAction::Hidden &&
                         item->resolution != Resolution::Hidden)) {
        return Failure{409, u"nothing_to_appeal"_s,
                       tr("There is no decision on this post to appeal.")};
    }
    // Open again for the moderators: a hidden post stays hidden until one of them decides
    // (hidden again, or dismissed: shown again).
    QSqlQuery &q = m_db.prepare(u"moditem_appealed"_s);
    q.bindValue(
        u":resolution"_s,
        Wire::name(item->resolution == Resolution::Hidden ? Resolution::None : item->resolution));
    q.bindValue(u":now"_s, Db::nowMs());
    q.bindValue(u":id"_s, Db::uuidText(id));
    if (!tx.exec(q))
        return internalFailure(tx.error());
    return recorded(tx, id, author.id, AuditAction::Appealed, input.text);
}

} // namespace Soudan::Server
