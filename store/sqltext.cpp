#include "store/sqltext.h"

#include "db/namedsql.h"
#include "domain/vocabulary.h"
#include "store/storetypes.h"

#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Soudan::SqlText {

QHash<QString, QString> words()
{
    QHash<QString, QString> all = Wire::sqlWords();
    auto add = [&](const QString &name, int value) { all.insert(name, QString::number(value)); };
    add(u"outbox.question"_s, int(OutboxKind::Question));
    add(u"outbox.answer"_s, int(OutboxKind::Answer));
    add(u"outbox.best_answer"_s, int(OutboxKind::BestAnswer));
    add(u"outbox.thanks"_s, int(OutboxKind::Thanks));
    add(u"outbox.report"_s, int(OutboxKind::Report));
    add(u"outbox.view"_s, int(OutboxKind::View));
    add(u"outbox.moderation_claim"_s, int(OutboxKind::ModerationClaim));
    add(u"outbox.moderation_resolve"_s, int(OutboxKind::ModerationResolve));
    add(u"outbox.moderation_restore"_s, int(OutboxKind::ModerationRestore));
    add(u"outbox.moderation_note"_s, int(OutboxKind::ModerationNote));
    add(u"outbox.moderation_warn"_s, int(OutboxKind::ModerationWarn));
    add(u"outbox.thread_state"_s, int(OutboxKind::ThreadState));
    add(u"outbox.category_state"_s, int(OutboxKind::CategoryState));
    add(u"outbox.notification_read"_s, int(OutboxKind::NotificationRead));
    add(u"outbox.edit_question"_s, int(OutboxKind::EditQuestion));
    add(u"outbox.edit_answer"_s, int(OutboxKind::EditAnswer));
    add(u"outbox.supplement"_s, int(OutboxKind::Supplement));
    add(u"outbox.withdraw_question"_s, int(OutboxKind::WithdrawQuestion));
    add(u"outbox.withdraw_answer"_s, int(OutboxKind::WithdrawAnswer));
    add(u"outbox.close_question"_s, int(OutboxKind::CloseQuestion));
    add(u"outbox.appeal"_s, int(OutboxKind::Appeal));
    add(u"outbox.restrict_member"_s, int(OutboxKind::RestrictMember));
    QStringList bookkeeping;
    for (int kind = 0; kind <= int(LastOutboxKind); ++kind) {
        if (isBookkeeping(OutboxKind(kind)))
            bookkeeping.append(QString::number(kind));
    }
    all.insert(u"outbox.bookkeeping"_s, bookkeeping.join(u", "_s));
    add(u"outbox_state.waiting"_s, int(OutboxState::Waiting));
    add(u"outbox_state.sent"_s, int(OutboxState::Sent));
    add(u"outbox_state.needs_attention"_s, int(OutboxState::NeedsAttention));
    add(u"local.synced"_s, int(LocalState::Synced));
    add(u"local.waiting"_s, int(LocalState::Waiting));
    add(u"local.needs_attention"_s, int(LocalState::NeedsAttention));
    return all;
}

QString get(const QString &file, const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> files;
    QMutexLocker lock(&mutex);
    auto it = files.find(file);
    if (it == files.end()) {
        static const QHash<QString, QString> known = words();
        it = files.insert(
            file,
            NamedSql::parseStatements(
                NamedSql::readResource(u":/soudan/sql/queries/"_s + file + u".sql"_s), known));
    }
    const QString statement = it->value(name);
    if (statement.isEmpty())
        qFatal("Soudan: no statement %s in %s.sql", qPrintable(name), qPrintable(file));
    return statement;
}

QStringList migrationSteps(const QString &resourcePath)
{
    static const QHash<QString, QString> known = words();
    return NamedSql::splitSteps(NamedSql::readResource(resourcePath), known);
}

} // namespace Soudan::SqlText
