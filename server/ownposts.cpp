// A member's own posts: edits with revisions, supplements, withdrawal and closing.

#include "server/ownposts.h"

#include "db/boardrows.h"
#include "domain/jsoncodec.h"
#include "domain/limits.h"
#include "domain/rules.h"
#include "server/postrows.h"
#include "server/reports.h"
#include "server/restrictions.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;
using Db::uuidText;

namespace {

// A refusal of the board's rules for one's own post, as the API answers it.
Failure refused(Rules::Refusal why)
{
    switch (why) {
    case Rules::Refusal::NotAuthor:
        return {403, u"not_author"_s, OwnPosts::tr("Only its author changes a post.")};
    case Rules::Refusal::Settled:
        return {409, u"settled"_s,
                OwnPosts::tr("A resolved or closed question and a best answer are not edited; "
                             "a supplement may still be added to a question.")};
    case Rules::Refusal::Withdrawn:
        return {409, u"withdrawn"_s, OwnPosts::tr("The post was withdrawn.")};
    case Rules::Refusal::HasAnswers:
        return {409, u"has_answers"_s,
                OwnPosts::tr("A question that has answers is not withdrawn; it may be closed.")};
    case Rules::Refusal::ThreadNotOpen:
        return {409, u"thread_not_open"_s, OwnPosts::tr("The question is not open.")};
    case Rules::Refusal::NotInThread:
        return {404, u"not_found"_s, OwnPosts::tr("This thread has no such answer.")};
    case Rules::Refusal::NotSignedIn:
        return {401, u"unauthorized"_s, OwnPosts::tr("Sign in first.")};
    default:
        break;
    }
    return {403, u"forbidden"_s, OwnPosts::tr("This is not allowed.")};
}

// An edit over another revision than the current one: refused with the post as it is now.
Failure conflict(const QJsonObject &current)
{
    Failure f{409, u"edit_conflict"_s,
              OwnPosts::tr("The post was changed since this edit began; the edit was not saved.")};
    f.details = current;
    return f;
}

// When a post's current text was written: its last edit, or its creation.
template<typename Post>
QDateTime writtenAt(const Post &post)
{
    return post.editedAt.isValid() ? post.editedAt : post.createdAt;
}

} // namespace

OwnPosts::OwnPosts(const Database &db, const PostRows &rows, const Reports &reports,
                   const Restrictions &restrictions)
    : m_db(db)
    , m_rows(rows)
    , m_reports(reports)
    , m_restrictions(restrictions)
{}

Outcome<Thread> OwnPosts::ownThread(const AuthUser &user, const QUuid &threadId) const
{
    const Outcome<std::optional<Thread>> t = m_rows.visibleThread(user, threadId);
    if (!t.ok())
        return t.failure();
    if (!*t)
        return Failure{404, u"not_found"_s, tr("There is no thread %1.").arg(uuidText(threadId))};
    if ((*t)->hidden)
        return Failure{409, u"thread_hidden"_s, tr("A moderator hid this thread.")};
    return **t;
}

Outcome<Answer> OwnPosts::answerOf(const Thread &thread, const QUuid &answerId) const
{
    const Outcome<std::optional<Answer>> a = m_rows.answer(answerId);
    if (!a.ok())
        return a.failure();
    if (!*a || (*a)->threadId != thread.id)
        return refused(Rules::Refusal::NotInThread);
    if ((*a)->hidden)
        return Failure{409, u"post_hidden"_s, tr("A moderator hid this answer.")};
    return **a;
}

bool OwnPosts::keepRevision(WriteTransaction &tx, const QUuid &postId, int revision,
                            const QString &title, const QString &body,
                            std::optional<Urgency> urgency, const QDateTime &at) const
{
    QSqlQuery &q = m_db.prepare(u"revision_insert"_s);
    q.bindValue(u":post_id"_s, uuidText(postId));
    q.bindValue(u":revision"_s, revision);
    q.bindValue(u":title"_s, Db::textOrNull(urgency ? std::optional(title) : std::nullopt));
    q.bindValue(u":body"_s, body);
    q.bindValue(u":urgent"_s,
                Db::integerOrNull(urgency ? std::optional<qint64>(*urgency == Urgency::Urgent)
                                          : std::nullopt));
    q.bindValue(u":written_ms"_s, at.toMSecsSinceEpoch());
    return tx.exec(q);
}

Outcome<Written<Thread>> OwnPosts::editQuestion(const AuthUser &user, const QUuid &threadId,
                                                const QuestionEdit &edit) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> found = ownThread(user, threadId);
    if (!found.ok())
        return found.failure();
    Thread t = *found;
    // The same edit again (its answer was lost) is answered as it was.
    if (t.authorId == user.id && t.revision == edit.revision + 1 && t.title == edit.title &&
        t.body == edit.body && t.urgency == edit.urgency)
        return Written<Thread>{t, false};
    if (const Rules::Refusal why = Rules::mayEditQuestion(t, user.id); !Rules::allowed(why))
        return refused(why);
    if (const std::optional<Failure> restricted = m_restrictions.refusal(user))
        return *restricted;
    if (t.revision != edit.revision)
        return conflict({{u"thread"_s, JsonCodec::encode(t)}});
    const QString earlier = t.title + u'\n' + t.body;
    if (!keepRevision(tx, t.id, t.revision, t.title, t.body, t.urgency, writtenAt(t)))
        return internalFailure(tx.error());
    t.title = edit.title;
    t.body = edit.body;
    t.urgency = edit.urgency;
    t.revision += 1;
    t.version += 1;
    t.editedAt = Db::fromMs(Db::nowMs());
    if (!m_rows.upsert(tx, t) ||
        !m_reports.guard(tx, EntityKind::Thread, t.id, t.id, t.title + u'\n' + t.body, t.revision,
                         earlier) ||
        !tx.commit())
        return internalFailure(tx.error());
    return Written<Thread>{t, true};
}

Outcome<Written<Answer>> OwnPosts::editAnswer(const AuthUser &user, const QUuid &threadId,
                                              const QUuid &answerId, const AnswerEdit &edit) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> t = ownThread(user, threadId);
    if (!t.ok())
        return t.failure();
    const Outcome<Answer> found = answerOf(*t, answerId);
    if (!found.ok())
        return found.failure();
    Answer a = *found;
    if (a.authorId == user.id && a.revision == edit.revision + 1 && a.body == edit.body)
        return Written<Answer>{a, false};
    if (const Rules::Refusal why = Rules::mayEditAnswer(*t, a, user.id); !Rules::allowed(why))
        return refused(why);
    if (const std::optional<Failure> restricted = m_restrictions.refusal(user))
        return *restricted;
    if (a.revision != edit.revision)
        return conflict({{u"answer"_s, JsonCodec::encode(a)}});
    const QString earlier = a.body;
    if (!keepRevision(tx, a.id, a.revision, {}, a.body, std::nullopt, writtenAt(a)))
        return internalFailure(tx.error());
    a.body = edit.body;
    a.revision += 1;
    a.version += 1;
    a.editedAt = Db::fromMs(Db::nowMs());
    if (!m_rows.upsert(tx, a) ||
        !m_reports.guard(tx, EntityKind::Answer, a.id, threadId, a.body, a.revision, earlier) ||
        !tx.commit())
        return internalFailure(tx.error());
    return Written<Answer>{a, true};
}

Outcome<Written<Thread>> OwnPosts::supplement(const AuthUser &user, const QUuid &threadId,
                                              const QUuid &id, const SupplementInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> found = ownThread(user, threadId);
    if (!found.ok())
        return found.failure();
    Thread t = *found;
    for (const Supplement &s : std::as_const(t.supplements)) {
        if (s.id != id)
            continue;
        if (s.body != input.body || t.authorId != user.id)
            return Failure{409, u"id_in_use"_s, tr("Another supplement already has this id.")};
        return Written<Thread>{t, false};
    }
    if (const Rules::Refusal why = Rules::maySupplement(t, user.id); !Rules::allowed(why))
        return refused(why);
    if (const std::optional<Failure> restricted = m_restrictions.refusal(user))
        return *restricted;
    if (t.supplements.size() >= Limits::SupplementsMax) {
        return Failure{409, u"too_many_supplements"_s,
                       tr("A question takes at most %1 supplements.").arg(Limits::SupplementsMax)};
    }
    const QDateTime now = Db::fromMs(Db::nowMs());
    t.supplements.append({id, input.body, now});
    t.lastActivityAt = now;
    t.version += 1;
    if (!m_rows.upsert(tx, t) ||
        // Each supplement's report in its own id space, after any revision's.
        !m_reports.guard(tx, EntityKind::Thread, t.id, t.id, input.body,
                         100000 + int(t.supplements.size())) ||
        !tx.commit())
        return internalFailure(tx.error());
    return Written<Thread>{t, true};
}

Outcome<Written<Thread>> OwnPosts::withdrawQuestion(const AuthUser &user,
                                                    const QUuid &threadId) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> found = ownThread(user, threadId);
    if (!found.ok())
        return found.failure();
    Thread t = *found;
    if (t.withdrawn && t.authorId == user.id)
        return Written<Thread>{t, false};
    if (const Rules::Refusal why = Rules::mayWithdrawQuestion(t, user.id); !Rules::allowed(why))
        return refused(why);
    // The text stays in the revisions, for the author and moderators; others see a tombstone.
    if (!keepRevision(tx, t.id, t.revision, t.title, t.body, t.urgency, writtenAt(t)))
        return internalFailure(tx.error());
    t.title = t.body = u""_s; // empty, not NULL
    t.supplements.clear();
    t.withdrawn = true;
    t.status = ThreadStatus::Closed;
    t.version += 1;
    if (!m_rows.upsert(tx, t) || !tx.commit())
        return internalFailure(tx.error());
    return Written<Thread>{t, true};
}

Outcome<Written<Answer>> OwnPosts::withdrawAnswer(const AuthUser &user, const QUuid &threadId,
                                                  const QUuid &answerId) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> t = ownThread(user, threadId);
    if (!t.ok())
        return t.failure();
    const Outcome<Answer> found = answerOf(*t, answerId);
    if (!found.ok())
        return found.failure();
    Answer a = *found;
    if (a.withdrawn && a.authorId == user.id)
        return Written<Answer>{a, false};
    if (const Rules::Refusal why = Rules::mayWithdrawAnswer(*t, a, user.id); !Rules::allowed(why))
        return refused(why);
    if (!keepRevision(tx, a.id, a.revision, {}, a.body, std::nullopt, writtenAt(a)))
        return internalFailure(tx.error());
    a.body = u""_s; // empty, not NULL
    a.withdrawn = true;
    a.version += 1;
    if (!m_rows.upsert(tx, a) || !tx.commit())
        return internalFailure(tx.error());
    return Written<Answer>{a, true};
}

Outcome<Written<Thread>> OwnPosts::close(const AuthUser &user, const QUuid &threadId) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<Thread> found = ownThread(user, threadId);
    if (!found.ok())
        return found.failure();
    Thread t = *found;
    if (t.status == ThreadStatus::Closed && !t.withdrawn && t.authorId == user.id)
        return Written<Thread>{t, false};
    if (const Rules::Refusal why = Rules::mayClose(t, user.id); !Rules::allowed(why))
        return refused(why);
    t.status = ThreadStatus::Closed;
    t.lastActivityAt = Db::fromMs(Db::nowMs());
    t.version += 1;
    if (!m_rows.upsert(tx, t) || !tx.commit())
        return internalFailure(tx.error());
    return Written<Thread>{t, true};
}

Outcome<QList<Revision>> OwnPosts::revisions(const AuthUser &user, const QUuid &threadId,
                                             const QUuid &answerId) const
{
    const Outcome<std::optional<Thread>> t = m_rows.visibleThread(user, threadId);
    if (!t.ok())
        return t.failure();
    if (!*t)
        return Failure{404, u"not_found"_s, tr("There is no thread %1.").arg(uuidText(threadId))};
    const bool question = answerId.isNull();
    Revision current;
    qint64 authorId = (*t)->authorId;
    bool withdrawn = (*t)->withdrawn;
    if (question) {
        current = {(*t)->revision, (*t)->title, (*t)->body, (*t)->urgency, writtenAt(**t)};
    } else {
        const Outcome<std::optional<Answer>> a = m_rows.answer(answerId);
        if (!a.ok())
            return a.failure();
        // A hidden answer is its author's and the moderators', as in the feed.
        if (!*a || (*a)->threadId != threadId ||
            ((*a)->hidden && user.role != Role::Moderator && (*a)->authorId != user.id))
            return refused(Rules::Refusal::NotInThread);
        authorId = (*a)->authorId;
        withdrawn = (*a)->withdrawn;
        current = {(*a)->revision, {}, (*a)->body, std::nullopt, writtenAt(**a)};
    }
    // Others see that a post was edited, and when; what it said before is the author's.
    if (user.id != authorId && user.role != Role::Moderator) {
        return Failure{403, u"not_author"_s,
                       tr("A post's earlier revisions are for its author and moderators.")};
    }
    QSqlQuery &q = m_db.prepare(u"revisions_of_post"_s);
    q.bindValue(u":post_id"_s, uuidText(question ? threadId : answerId));
    if (!q.exec())
        return internalFailure(q.lastError().text());
    QList<Revision> list;
    const RowReader row(q);
    while (q.next()) {
        Revision r;
        r.revision = int(row.integer("revision"_L1));
        r.body = row.text("body"_L1);
        r.at = row.time("written_ms"_L1);
        if (question) {
            r.title = row.text("title"_L1);
            r.urgency = row.flag("urgent"_L1) ? Urgency::Urgent : Urgency::Calm;
        }
        list.append(r);
    }
    if (!withdrawn)
        list.append(current);
    return list;
}

} // namespace Soudan::Server
