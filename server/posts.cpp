#include "server/posts.h"

#include "db/boardrows.h"
#include "domain/rules.h"
#include "server/activity.h"
#include "server/postrows.h"
#include "server/reports.h"
#include "server/restrictions.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;
using Db::uuidText;

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

// A refusal of the board's rules as the API answers it.
Failure refused(Rules::Refusal refusal, const QString &message)
{
    switch (refusal) {
    case Rules::Refusal::NotAsker:
        return {403, u"not_asker"_s, message};
    case Rules::Refusal::NotInThread:
        return {422, u"unknown_answer"_s, message};
    case Rules::Refusal::OwnAnswer:
        return {422, u"own_answer"_s, message};
    case Rules::Refusal::ThreadNotOpen:
        return {409, u"thread_not_open"_s, message};
    case Rules::Refusal::NoBestAnswer:
        return {409, u"no_best_answer"_s, message};
    case Rules::Refusal::ThanksWritten:
        return {409, u"thanks_exists"_s, message};
    case Rules::Refusal::NotSignedIn:
        return {401, u"unauthorized"_s, message};
    case Rules::Refusal::Withdrawn:
        return {409, u"withdrawn"_s, message};
    case Rules::Refusal::OwnPost:
    case Rules::Refusal::NotAuthor:
    case Rules::Refusal::HasAnswers:
    case Rules::Refusal::Settled:
    case Rules::Refusal::None:
        break;
    }
    return {403, u"forbidden"_s, message};
}

} // namespace

Posts::Posts(const Database &db, const PostRows &rows, const Reports &reports,
             const Activity &activity, const Restrictions &restrictions)
    : m_db(db)
    , m_rows(rows)
    , m_reports(reports)
    , m_activity(activity)
    , m_restrictions(restrictions)
{}

Outcome<QList<Category>> Posts::categories() const
{
    QSqlQuery &q = m_db.prepare(u"categories_all"_s);
    if (!q.exec())
        return internalFailure(q.lastError().text());
    QList<Category> list;
    const RowReader row(q);
    while (q.next())
        list.append(Db::readCategory(row));
    return list;
}

Outcome<Thread> Posts::writableThread(const AuthUser &user, const QUuid &id) const
{
    const Outcome<std::optional<Thread>> t = m_rows.thread(id);
    if (!t.ok())
        return t.failure();
    return writable(user, id, *t);
}

Outcome<Thread> Posts::writable(const AuthUser &user, const QUuid &id,
                                const std::optional<Thread> &t)
{
    // A hidden thread is not found but by its author and moderators, who still see it; nobody
    // writes to it.
    if (!t || !PostRows::visibleTo(user, *t))
        return Failure{404, u"not_found"_s, tr("There is no thread %1.").arg(uuidText(id))};
    if (t->hidden)
        return Failure{409, u"thread_hidden"_s, tr("A moderator hid this thread.")};
    return *t;
}

Outcome<Written<Thread>> Posts::putThread(const AuthUser &user, const QUuid &id,
                                          const QuestionInput &question) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<std::optional<Thread>> existing = m_rows.thread(id);
    if (!existing.ok())
        return existing.failure();
    if (const std::optional<Thread> &e = *existing) {
        const bool same = e->authorId == user.id && e->categoryId == question.categoryId &&
                          e->title == question.title && e->body == question.body &&
                          e->urgency == question.urgency;
        if (!same)
            return Failure{409, u"id_in_use"_s, tr("Another question already has this id.")};
        return Written<Thread>{*e, false};
    }
    // A post's id names one post: moderation items and clients' caches are keyed by it.
    const Outcome<std::optional<Answer>> answer = m_rows.answer(id);
    if (!answer.ok())
        return answer.failure();
    if (*answer)
        return Failure{409, u"id_in_use"_s, tr("An answer already has this id.")};
    if (const std::optional<Failure> restricted = m_restrictions.refusal(user))
        return *restricted;
    QString error;
    std::optional<QSqlQuery> category =
        m_db.selectByIds(u"categories_by_ids"_s, {QString::number(question.categoryId)}, &error);
    if (!category)
        return internalFailure(error);
    if (!category->next()) {
        return Failure{422, u"unknown_category"_s,
                       tr("categoryId: there is no category %1.").arg(question.categoryId)};
    }
    category->finish();
    Thread t;
    t.id = id;
    t.categoryId = question.categoryId;
    t.authorId = user.id;
    t.title = question.title;
    t.body = question.body;
    t.createdAt = t.lastActivityAt = Db::fromMs(Db::nowMs());
    t.urgency = question.urgency;
    if (!m_rows.upsert(tx, t) ||
        !m_reports.guard(tx, EntityKind::Thread, t.id, t.id, t.title + u'\n' + t.body) ||
        !m_activity.threadAsked(tx, t) || !tx.commit())
        return internalFailure(tx.error());
    return Written<Thread>{t, true};
}

Outcome<Written<Answer>> Posts::putAnswer(const AuthUser &user, const QUuid &threadId,
                                          const QUuid &id, const AnswerInput &input) const
{
    // Alongside answers to other threads: every check below is of this thread and this id,
    // which no other write changes meanwhile (those that may change anything wait).
    WriteTransaction tx(m_db, uuidText(threadId), uuidText(id),
                        WriteTransaction::Start::WithFirstStatement);
    // BEGIN with its locks and every read at once (one round trip on PostgreSQL): the thread, who
    // has the id, the member's restriction, and whom the answer would tell.
    if (!tx.readAll({&m_rows.threadStatement(threadId), &m_rows.idUseStatement(id),
                     &m_restrictions.statement(user.id), &m_activity.followersStatement(threadId)}))
        return internalFailure(tx.error());
    QSqlQuery *rows = tx.nextRead();
    if (!rows)
        return internalFailure(tx.error());
    const Outcome<Thread> t = writable(user, threadId, PostRows::readThread(*rows));
    if (!t.ok())
        return t.failure();
    rows = tx.nextRead();
    const Outcome<PostRows::IdUse> existing =
        rows ? PostRows::readIdUse(*rows) : internalFailure(tx.error());
    if (!existing.ok())
        return existing.failure();
    if (const std::optional<Answer> &e = existing->answer) {
        if (e->threadId != threadId || e->authorId != user.id || e->body != input.body)
            return Failure{409, u"id_in_use"_s, tr("Another answer already has this id.")};
        return Written<Answer>{*e, false};
    }
    if (existing->question)
        return Failure{409, u"id_in_use"_s, tr("A question already has this id.")};
    rows = tx.nextRead();
    if (!rows)
        return internalFailure(tx.error());
    if (const std::optional<Failure> restricted =
            Restrictions::refusal(Restrictions::read(*rows, user.id)))
        return *restricted;
    if (const Rules::Refusal why = Rules::mayAnswer(*t, user.id); !Rules::allowed(why)) {
        return refused(why, tr("This thread no longer takes answers (it is resolved or closed)."));
    }
    Answer a;
    a.id = id;
    a.threadId = threadId;
    a.authorId = user.id;
    a.body = input.body;
    a.createdAt = Db::fromMs(Db::nowMs());
    // Whom it tells was read with the rest; its writes go together, on PostgreSQL with the
    // statement of its notifications (or with the commit) in one round trip.
    rows = tx.nextRead();
    if (!rows)
        return internalFailure(tx.error());
    const QList<std::pair<qint64, Notification>> notices = Activity::answerNotices(*rows, *t, a);
    QSqlQuery &bump = m_db.prepare(u"thread_answered"_s);
    bump.bindValue(u":now"_s, a.createdAt.toMSecsSinceEpoch());
    bump.bindValue(u":id"_s, uuidText(threadId));
    if (!m_rows.upsertLater(tx, a) || !tx.execLater(bump) ||
        !tx.touch(int(EntityKind::Thread), uuidText(threadId)) ||
        !m_reports.guard(tx, EntityKind::Answer, a.id, threadId, a.body) ||
        !m_activity.notify(tx, notices) || !tx.commit())
        return internalFailure(tx.error());
    return Written<Answer>{a, true};
}

Outcome<Written<Thread>> Posts::chooseBestAnswer(const AuthUser &user, const QUuid &threadId,
                                                 const BestAnswerInput &choice) const
{
    // Alongside writes to other threads: it checks and changes this thread and its answer.
    WriteTransaction tx(m_db, uuidText(threadId), uuidText(choice.answerId));
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> t = writableThread(user, threadId);
    if (!t.ok())
        return t.failure();
    if (t->authorId != user.id)
        return refused(Rules::Refusal::NotAsker, tr("Only the asker chooses the best answer."));
    if (t->status == ThreadStatus::Resolved && t->bestAnswerId == choice.answerId)
        return Written<Thread>{*t, false};
    if (const std::optional<Failure> restricted = m_restrictions.refusal(user))
        return *restricted;
    const Outcome<std::optional<Answer>> a = m_rows.answer(choice.answerId);
    if (!a.ok())
        return a.failure();
    Answer chosen = a->value_or(Answer{});
    if (!*a)
        chosen.id = choice.answerId; // none: not in the thread
    switch (const Rules::Refusal why = Rules::mayChooseBestAnswer(*t, chosen, user.id)) {
    case Rules::Refusal::None:
        break;
    case Rules::Refusal::NotInThread:
        return refused(
            why, tr("answerId: this thread has no answer %1.").arg(uuidText(choice.answerId)));
    case Rules::Refusal::OwnAnswer:
        return refused(why, tr("The best answer is someone else's answer."));
    case Rules::Refusal::ThreadNotOpen:
        return refused(why,
                       tr("The best answer of this thread was already chosen, or it is closed."));
    default:
        return refused(why, tr("Only the asker chooses the best answer."));
    }
    const qint64 now = Db::nowMs();
    QSqlQuery &q = m_db.prepare(u"thread_best_answer"_s);
    q.bindValue(u":answer_id"_s, uuidText(choice.answerId));
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, uuidText(threadId));
    if (!m_activity.bestAnswerChosen(tx, *t, chosen, Db::fromMs(now)))
        return internalFailure(tx.error());
    return updatedThread(tx, q, threadId);
}

Outcome<Written<Thread>> Posts::putThanks(const AuthUser &user, const QUuid &threadId,
                                          const ThanksInput &input) const
{
    WriteTransaction tx(m_db, uuidText(threadId), uuidText(threadId)); // this thread alone
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> t = writableThread(user, threadId);
    if (!t.ok())
        return t.failure();
    switch (const Rules::Refusal why = Rules::mayThank(*t, user.id)) {
    case Rules::Refusal::None:
        break;
    case Rules::Refusal::NoBestAnswer:
        return refused(why, tr("Choose the best answer before writing the thanks."));
    case Rules::Refusal::ThanksWritten:
        if (t->thanks->body == input.body)
            return Written<Thread>{*t, false};
        return refused(why, tr("The thanks of this thread are already written."));
    default:
        return refused(why, tr("Only the asker writes the thanks."));
    }
    if (const std::optional<Failure> restricted = m_restrictions.refusal(user))
        return *restricted;
    const qint64 now = Db::nowMs();
    QSqlQuery &q = m_db.prepare(u"thread_thanks"_s);
    q.bindValue(u":body"_s, input.body);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, uuidText(threadId));
    if (!m_activity.thanked(tx, *t, t->bestAnswerId, Db::fromMs(now)))
        return internalFailure(tx.error());
    return updatedThread(tx, q, threadId);
}

Outcome<Written<Thread>> Posts::updatedThread(WriteTransaction &tx, QSqlQuery &update,
                                              const QUuid &threadId) const
{
    if (!tx.exec(update) || !tx.touch(int(EntityKind::Thread), uuidText(threadId)))
        return internalFailure(tx.error());
    const Outcome<std::optional<Thread>> updated = m_rows.thread(threadId);
    if (!updated.ok())
        return updated.failure();
    if (!*updated || !tx.commit())
        return internalFailure(tx.error());
    return Written<Thread>{**updated, true};
}

Outcome<bool> Posts::countView(const AuthUser &user, const QUuid &threadId) const
{
    WriteTransaction tx(m_db, uuidText(threadId), uuidText(threadId)); // this thread alone
    if (!tx.ok())
        return internalFailure(tx.error());
    if (const Outcome<Thread> t = writableThread(user, threadId); !t.ok())
        return t.failure();
    QSqlQuery &q = m_db.prepare(u"view_insert"_s);
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":user_id"_s, user.id);
    q.bindValue(u":day"_s, Db::nowMs() / DayMs);
    if (!tx.exec(q))
        return internalFailure(tx.error());
    const bool counted = q.numRowsAffected() > 0;
    if (counted) {
        QSqlQuery &bump = m_db.prepare(u"thread_viewed"_s);
        bump.bindValue(u":id"_s, uuidText(threadId));
        if (!tx.exec(bump) || !tx.touch(int(EntityKind::Thread), uuidText(threadId)))
            return internalFailure(tx.error());
    }
    if (!tx.commit())
        return internalFailure(tx.error());
    return counted;
}

Outcome<EntityKind> Posts::setHidden(const QUuid &id, bool hidden, const QString &reason) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<std::optional<Thread>> t = m_rows.thread(id);
    if (!t.ok())
        return t.failure();
    const Outcome<std::optional<Answer>> a =
        *t ? Outcome<std::optional<Answer>>(std::nullopt) : m_rows.answer(id);
    if (!a.ok())
        return a.failure();
    if (!*t && !*a)
        return Failure{404, u"not_found"_s,
                       tr("There is no thread or answer %1.").arg(uuidText(id))};
    const EntityKind kind = *t ? EntityKind::Thread : EntityKind::Answer;
    if (!m_rows.applyHidden(tx, kind, id, hidden, reason) || !tx.commit())
        return internalFailure(tx.error());
    return kind;
}

Outcome<qint64> Posts::categoryNamed(const QString &name, Side side,
                                     std::optional<qint64> parent) const
{
    QSqlQuery &q = m_db.prepare(u"category_by_name"_s);
    q.bindValue(u":name"_s, name);
    if (!q.exec())
        return internalFailure(q.lastError().text());
    if (q.next())
        return RowReader(q).integer("id"_L1);
    q.finish();
    WriteTransaction tx(m_db);
    QSqlQuery &max = m_db.prepare(u"categories_max_id"_s);
    if (!tx.exec(max) || !max.next())
        return internalFailure(tx.error());
    const qint64 id = RowReader(max).integer("max_id"_L1) + 1;
    max.finish();
    QSqlQuery &insert = m_db.prepare(u"category_upsert"_s);
    Db::bind(insert, Category{id, parent, name, side, int(id)});
    if (!tx.exec(insert) || !tx.touch(int(EntityKind::Category), QString::number(id)) ||
        !tx.commit())
        return internalFailure(tx.error());
    return id;
}

} // namespace Soudan::Server
