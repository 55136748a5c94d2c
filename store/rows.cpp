#include "store/rows.h"

#include "domain/jsoncodec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Soudan::StoreRows {

using Db::uuidText;

void bind(QSqlQuery &q, const ModerationItem &item)
{
    q.bindValue(u":id"_s, uuidText(item.id));
    q.bindValue(u":thread_id"_s, uuidText(item.threadId));
    q.bindValue(u":status"_s, int(item.status));
    q.bindValue(u":version"_s, item.version);
    q.bindValue(u":last_reported_ms"_s, item.lastReportedAt.toMSecsSinceEpoch());
    q.bindValue(
        u":data"_s,
        QString::fromUtf8(QJsonDocument(JsonCodec::encode(item)).toJson(QJsonDocument::Compact)));
}

OutboxItem readOutboxItem(const Db::RowReader &row)
{
    OutboxItem item;
    item.seq = row.integer("seq"_L1);
    item.id = row.uuid("id"_L1);
    item.kind = OutboxKind(row.integer("kind"_L1));
    item.threadId = row.uuid("thread_id"_L1);
    item.targetId = row.uuid("target_id"_L1);
    item.targetNumber = row.integer("target_number"_L1);
    item.payload = row.text("payload"_L1).toUtf8();
    item.state = OutboxState(row.integer("state"_L1));
    item.attempts = int(row.integer("attempts"_L1));
    item.errorCode = row.text("error_code"_L1);
    item.lastError = row.text("last_error"_L1);
    item.createdAt = row.time("created_ms"_L1);
    item.updatedAt = row.time("updated_ms"_L1);
    item.origin = row.text("origin"_L1);
    return item;
}

} // namespace Soudan::StoreRows
