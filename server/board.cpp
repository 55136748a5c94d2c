#include "server/board.h"

#include "domain/apicodec.h"
#include "domain/contactguard.h"
#include "domain/limits.h"
#include "server/passwords.h"
#include "server/rowvalues.h"

#include <QDateTime>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using namespace RowValues;

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

Thread readThread(const QSqlQuery &q)
{
    Thread t;
    t.id = QUuid::fromString(q.value(0).toString());
    t.categoryId = q.value(1).toLongLong();
    t.authorId = q.value(2).toLongLong();
    t.title = q.value(3).toString();
    t.body = q.value(4).toString();
    t.createdAt = fromMs(q.value(5).toLongLong());
    t.lastActivityAt = fromMs(q.value(6).toLongLong());
    t.status = threadStatusFromInt(q.value(7).toInt());
    t.urgency = q.value(8).toInt() ? Urgency::Urgent : Urgency::Calm;
    t.viewCount = q.value(9).toLongLong();
    t.answerCount = q.value(10).toInt();
    t.bestAnswerId = QUuid::fromString(q.value(11).toString());
    if (!q.value(12).isNull())
        t.thanks = Thanks{q.value(12).toString(), fromMs(q.value(13).toLongLong())};
    t.version = q.value(14).toLongLong();
    t.hidden = q.value(15).toInt() != 0;
    return t;
}

Answer readAnswer(const QSqlQuery &q)
{
    Answer a;
    a.id = QUuid::fromString(q.value(0).toString());
    a.threadId = QUuid::fromString(q.value(1).toString());
    a.authorId = q.value(2).toLongLong();
    a.body = q.value(3).toString();
    a.createdAt = fromMs(q.value(4).toLongLong());
    a.version = q.value(5).toLongLong();
    a.hidden = q.value(6).toInt() != 0;
    return a;
}

Category readCategory(const QSqlQuery &q)
{
    Category c;
    c.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        c.parentId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.side = q.value(3).toInt() == 1 ? Side::Client : Side::Contractor;
    c.order = q.value(4).toInt();
    return c;
}

Failure notFound(const QString &what)
{
    return {404, u"not_found"_s, what};
}

Failure dbFailure(const QString &error)
{
    return internalFailure(error);
}

// Runs the named statement with "{ids}" replaced by one placeholder per id.
QSqlQuery selectByIds(const Database &db, const QString &name, const QStringList &ids)
{
    QStringList names;
    for (qsizetype i = 0; i < ids.size(); ++i)
        names.append(u":i"_s + QString::number(i));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(Database::sql(db.dialect(), name).replace(u"{ids}"_s, names.join(u", "_s)));
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(names.at(i), ids.at(i));
    q.exec();
    return q;
}

} // namespace

Board::Board(const Database &db)
    : m_db(db)
{}

Outcome<qint64> Board::addUser(const QString &login, const QString &displayName, Role role,
                               const QString &password) const
{
    if (login.isEmpty() || login.size() > Limits::LoginNameMax || login.contains(u' ')) {
        return Failure{
            2, u"bad_login"_s,
            tr("A login name has 1 to %1 characters and no spaces.").arg(Limits::LoginNameMax)};
    }
    if (password.size() < Limits::PasswordMin || password.size() > Limits::PasswordMax) {
        return Failure{2, u"bad_password"_s,
                       tr("A password has %1 to %2 characters.")
                           .arg(Limits::PasswordMin)
                           .arg(Limits::PasswordMax)};
    }
    const QString hash = Passwords::hash(password);
    if (hash.isEmpty())
        return internalFailure(tr("Hashing the password failed (out of memory?)."));
    WriteTransaction tx(m_db);
    QSqlQuery existing = m_db.prepare(u"user_by_login"_s);
    existing.bindValue(u":login"_s, login);
    if (tx.exec(existing) && existing.next())
        return Failure{2, u"user_exists"_s, tr("There is already a user %1.").arg(login)};
    existing.finish();
    QSqlQuery q = m_db.prepare(u"user_insert"_s);
    q.bindValue(u":login"_s, login);
    q.bindValue(u":display_name"_s, displayName.isEmpty() ? login : displayName);
    q.bindValue(u":role"_s, role == Role::Moderator ? 1 : 0);
    q.bindValue(u":password_hash"_s, hash);
    q.bindValue(u":now"_s, nowMs());
    if (!tx.exec(q) || !q.next())
        return dbFailure(tx.error());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    tx.touch(int(EntityKind::User), QString::number(id));
    if (!tx.commit())
        return dbFailure(tx.error());
    return id;
}

Outcome<Session> Board::login(const Credentials &credentials, int tokenDays) const
{
    const Failure refused{401, u"invalid_credentials"_s, tr("Wrong user name or password.")};
    QSqlQuery q = m_db.prepare(u"user_by_login"_s);
    q.bindValue(u":login"_s, credentials.user);
    if (!q.exec())
        return dbFailure(q.lastError().text());
    if (!q.next()) {
        Passwords::verify(credentials.password, QString()); // the same work either way
        return refused;
    }
    Session s;
    s.user = {q.value(0).toLongLong(), q.value(1).toString(),
              q.value(2).toInt() == 1 ? Role::Moderator : Role::Member};
    const QString hash = q.value(3).toString();
    q.finish();
    if (hash.isEmpty() || !Passwords::verify(credentials.password, hash))
        return refused;

    s.token = Passwords::newToken();
    const qint64 now = nowMs();
    s.expiresAt = fromMs(now + qint64(tokenDays) * DayMs);
    QSqlQuery insert = m_db.prepare(u"session_insert"_s);
    insert.bindValue(u":token_hash"_s, Passwords::tokenHash(s.token));
    insert.bindValue(u":user_id"_s, s.user.id);
    insert.bindValue(u":now"_s, now);
    insert.bindValue(u":expires"_s, s.expiresAt.toMSecsSinceEpoch());
    if (!insert.exec())
        return dbFailure(insert.lastError().text());
    QSqlQuery expired = m_db.prepare(u"sessions_expired_delete"_s);
    expired.bindValue(u":now"_s, now);
    expired.exec();
    return s;
}

std::optional<AuthUser> Board::userForToken(const QString &token) const
{
    QSqlQuery q = m_db.prepare(u"session_user"_s);
    q.bindValue(u":token_hash"_s, Passwords::tokenHash(token));
    q.bindValue(u":now"_s, nowMs());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AuthUser{q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toInt() == 1 ? Role::Moderator : Role::Member};
}

void Board::logout(const QString &token) const
{
    QSqlQuery q = m_db.prepare(u"session_delete"_s);
    q.bindValue(u":token_hash"_s, Passwords::tokenHash(token));
    q.exec();
}

Outcome<QList<Category>> Board::categories() const
{
    QSqlQuery q = m_db.prepare(u"categories_all"_s);
    if (!q.exec())
        return dbFailure(q.lastError().text());
    QList<Category> list;
    while (q.next())
        list.append(readCategory(q));
    return list;
}

Outcome<ChangesPage> Board::changes(const QString &cursorText, int limit, Role role) const
{
    // A cursor is "<seq>", or "<seq>-<horizon>" once tombstones have been dropped: the horizon
    // when the reader's pass began. A reader below the horizon may have missed a dropped
    // tombstone, unless its pass began after the drop (it then never had those rows).
    qint64 cursor = 0;
    qint64 cursorHorizon = 0;
    if (!cursorText.isEmpty()) {
        const QStringList parts = cursorText.split(u'-');
        bool ok = parts.size() <= 2 && cursorText.size() <= 40;
        for (const QString &part : parts)
            ok = ok && !part.isEmpty() && part.size() <= 18 && part.front().isDigit();
        if (ok)
            cursor = parts.at(0).toLongLong(&ok);
        if (ok && parts.size() == 2)
            cursorHorizon = parts.at(1).toLongLong(&ok);
        if (!ok)
            return Failure{400, u"invalid_cursor"_s, tr("The cursor is not one this server gave.")};
    }
    if (limit < 1 || limit > 1000)
        return Failure{400, u"invalid_limit"_s, tr("limit must be between 1 and 1000.")};

    QSqlQuery state = m_db.prepare(u"feed_state"_s);
    if (!state.exec() || !state.next())
        return dbFailure(state.lastError().text());
    const qint64 lastSeq = state.value(0).toLongLong();
    const qint64 horizon = state.value(1).toLongLong();
    state.finish();
    if (cursor > lastSeq || (cursor > 0 && cursor < horizon && cursorHorizon != horizon)) {
        return Failure{
            410, u"cursor_expired"_s,
            tr("This cursor is too old or unknown here: start again from the beginning.")};
    }

    struct Row
    {
        qint64 seq;
        EntityKind kind;
        QString id;
        bool deleted;
    };
    QList<Row> rows;
    QSqlQuery feed = m_db.prepare(u"feed_page"_s);
    feed.bindValue(u":cursor"_s, cursor);
    feed.bindValue(u":limit"_s, limit + 1);
    if (!feed.exec())
        return dbFailure(feed.lastError().text());
    while (feed.next()) {
        rows.append({feed.value(0).toLongLong(), EntityKind(feed.value(1).toInt()),
                     feed.value(2).toString(), feed.value(3).toInt() != 0});
    }
    feed.finish();
    ChangesPage page;
    page.hasMore = rows.size() > limit;
    if (page.hasMore)
        rows.resize(limit);
    // At the end of the feed the reader has seen everything up to lastSeq (read before the
    // rows, and sequence numbers commit in order), also where the last rows were dropped.
    const qint64 next = rows.isEmpty() ? cursor : rows.constLast().seq;
    page.cursor = QString::number(page.hasMore ? next : qMax(next, lastSeq));
    if (horizon > 0)
        page.cursor += u'-' + QString::number(horizon);
    page.latest = QString::number(lastSeq);

    QStringList ids[5]; // by EntityKind
    for (const Row &r : rows) {
        if (!r.deleted)
            ids[int(r.kind)].append(r.id);
    }
    QHash<QString, Category> categories;
    QHash<QString, User> users;
    QHash<QString, Thread> threads;
    QHash<QString, Answer> answers;
    QHash<QString, bool> threadHidden;
    if (!ids[0].isEmpty()) {
        QSqlQuery q = selectByIds(m_db, u"categories_by_ids"_s, ids[0]);
        while (q.next()) {
            const Category c = readCategory(q);
            categories.insert(QString::number(c.id), c);
        }
    }
    if (!ids[1].isEmpty()) {
        QSqlQuery q = selectByIds(m_db, u"users_by_ids"_s, ids[1]);
        while (q.next()) {
            users.insert(q.value(0).toString(),
                         User{q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toInt() == 1 ? Role::Moderator : Role::Member});
        }
    }
    if (!ids[3].isEmpty()) {
        QSqlQuery q = selectByIds(m_db, u"answers_by_ids"_s, ids[3]);
        QStringList parents;
        while (q.next()) {
            const Answer a = readAnswer(q);
            answers.insert(uuidText(a.id), a);
            parents.append(uuidText(a.threadId));
        }
        // An answer of a hidden thread is hidden with it.
        if (!parents.isEmpty() && role != Role::Moderator) {
            QSqlQuery p = selectByIds(m_db, u"threads_by_ids"_s, parents);
            while (p.next())
                threadHidden.insert(p.value(0).toString(), p.value(15).toInt() != 0);
        }
    }
    if (!ids[2].isEmpty()) {
        QSqlQuery q = selectByIds(m_db, u"threads_by_ids"_s, ids[2]);
        while (q.next()) {
            const Thread t = readThread(q);
            threads.insert(uuidText(t.id), t);
        }
    }

    const bool moderator = role == Role::Moderator;
    ChangeSet &c = page.changes;
    for (const Row &r : rows) {
        bool gone = r.deleted;
        switch (r.kind) {
        case EntityKind::Category:
            gone = gone || !categories.contains(r.id);
            if (!gone)
                c.categories.append(categories.value(r.id));
            break;
        case EntityKind::User:
            gone = gone || !users.contains(r.id);
            if (!gone)
                c.users.append(users.value(r.id));
            break;
        case EntityKind::Thread: {
            const auto it = threads.constFind(r.id);
            gone = gone || it == threads.constEnd() || (it->hidden && !moderator);
            if (!gone)
                c.threads.append(*it);
            break;
        }
        case EntityKind::ModerationItem:
            // Reports and their audit are for moderators only: others do not even see a row.
            if (!moderator)
                continue;
            if (const std::optional<ModerationItem> item =
                    r.deleted ? std::nullopt : moderationItem(QUuid::fromString(r.id)))
                c.moderationItems.append(*item);
            else
                c.tombstones.append({r.kind, r.id});
            continue;
        case EntityKind::Answer: {
            const auto it = answers.constFind(r.id);
            gone = gone || it == answers.constEnd() ||
                   (!moderator && (it->hidden || threadHidden.value(uuidText(it->threadId))));
            if (!gone)
                c.answers.append(*it);
            break;
        }
        }
        if (gone)
            c.tombstones.append({r.kind, r.id});
    }
    return page;
}

std::optional<Thread> Board::thread(const QUuid &id) const
{
    QSqlQuery q = m_db.prepare(u"thread_get"_s);
    q.bindValue(u":id"_s, uuidText(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readThread(q);
}

std::optional<Thread> Board::visibleThread(const AuthUser &user, const QUuid &id) const
{
    std::optional<Thread> t = thread(id);
    if (t && t->hidden && user.role != Role::Moderator)
        return std::nullopt; // hidden posts are not found by members
    return t;
}

std::optional<Answer> Board::answer(const QUuid &id) const
{
    QSqlQuery q = m_db.prepare(u"answer_get"_s);
    q.bindValue(u":id"_s, uuidText(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readAnswer(q);
}

bool Board::upsert(WriteTransaction &tx, const Thread &t) const
{
    QSqlQuery q = m_db.prepare(u"thread_upsert"_s);
    q.bindValue(u":id"_s, uuidText(t.id));
    q.bindValue(u":category_id"_s, t.categoryId);
    q.bindValue(u":author_id"_s, t.authorId);
    q.bindValue(u":title"_s, t.title);
    q.bindValue(u":body"_s, t.body);
    q.bindValue(u":created_ms"_s, t.createdAt.toMSecsSinceEpoch());
    q.bindValue(u":last_activity_ms"_s, t.lastActivityAt.toMSecsSinceEpoch());
    q.bindValue(u":status"_s, int(t.status));
    q.bindValue(u":urgent"_s, t.urgency == Urgency::Urgent ? 1 : 0);
    q.bindValue(u":view_count"_s, t.viewCount);
    q.bindValue(u":answer_count"_s, t.answerCount);
    q.bindValue(u":best_answer_id"_s, t.bestAnswerId.isNull()
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(uuidText(t.bestAnswerId)));
    q.bindValue(u":thanks_body"_s,
                t.thanks ? QVariant(t.thanks->body) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(u":thanks_ms"_s, t.thanks ? QVariant(t.thanks->at.toMSecsSinceEpoch())
                                          : QVariant(QMetaType::fromType<qlonglong>()));
    q.bindValue(u":version"_s, t.version);
    q.bindValue(u":hidden"_s, t.hidden ? 1 : 0);
    return tx.exec(q) && tx.touch(int(EntityKind::Thread), uuidText(t.id));
}

bool Board::upsert(WriteTransaction &tx, const Answer &a) const
{
    QSqlQuery q = m_db.prepare(u"answer_upsert"_s);
    q.bindValue(u":id"_s, uuidText(a.id));
    q.bindValue(u":thread_id"_s, uuidText(a.threadId));
    q.bindValue(u":author_id"_s, a.authorId);
    q.bindValue(u":body"_s, a.body);
    q.bindValue(u":created_ms"_s, a.createdAt.toMSecsSinceEpoch());
    q.bindValue(u":version"_s, a.version);
    q.bindValue(u":hidden"_s, a.hidden ? 1 : 0);
    return tx.exec(q) && tx.touch(int(EntityKind::Answer), uuidText(a.id));
}

Outcome<Written<Thread>> Board::putThread(const AuthUser &user, const QUuid &id,
                                          const QuestionInput &question) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    if (const std::optional<Thread> existing = thread(id)) {
        const bool same = existing->authorId == user.id &&
                          existing->categoryId == question.categoryId &&
                          existing->title == question.title && existing->body == question.body &&
                          existing->urgency == question.urgency;
        if (!same) {
            return Failure{409, u"id_in_use"_s, tr("Another question already has this id.")};
        }
        return Written<Thread>{*existing, false};
    }
    QSqlQuery category =
        selectByIds(m_db, u"categories_by_ids"_s, {QString::number(question.categoryId)});
    if (!category.next()) {
        return Failure{422, u"unknown_category"_s,
                       tr("categoryId: there is no category %1.").arg(question.categoryId)};
    }
    category.finish();
    Thread t;
    t.id = id;
    t.categoryId = question.categoryId;
    t.authorId = user.id;
    t.title = question.title;
    t.body = question.body;
    t.createdAt = t.lastActivityAt = fromMs(nowMs());
    t.urgency = question.urgency;
    if (!upsert(tx, t) || !guard(tx, EntityKind::Thread, t.id, t.id, t.title + u'\n' + t.body) ||
        !tx.commit())
        return dbFailure(tx.error());
    return Written<Thread>{t, true};
}

Outcome<Written<Answer>> Board::putAnswer(const AuthUser &user, const QUuid &threadId,
                                          const QUuid &id, const AnswerInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    const std::optional<Thread> t = visibleThread(user, threadId);
    if (!t)
        return notFound(tr("There is no thread %1.").arg(uuidText(threadId)));
    if (const std::optional<Answer> existing = answer(id)) {
        if (existing->threadId != threadId || existing->authorId != user.id ||
            existing->body != input.body) {
            return Failure{409, u"id_in_use"_s, tr("Another answer already has this id.")};
        }
        return Written<Answer>{*existing, false};
    }
    if (t->status != ThreadStatus::Open) {
        return Failure{409, u"thread_not_open"_s,
                       tr("This thread no longer takes answers (it is resolved or closed).")};
    }
    Answer a;
    a.id = id;
    a.threadId = threadId;
    a.authorId = user.id;
    a.body = input.body;
    a.createdAt = fromMs(nowMs());
    QSqlQuery bump = m_db.prepare(u"thread_answered"_s);
    bump.bindValue(u":now"_s, a.createdAt.toMSecsSinceEpoch());
    bump.bindValue(u":id"_s, uuidText(threadId));
    if (!upsert(tx, a) || !tx.exec(bump) ||
        !tx.touch(int(EntityKind::Thread), uuidText(threadId)) ||
        !guard(tx, EntityKind::Answer, a.id, threadId, a.body) || !tx.commit())
        return dbFailure(tx.error());
    return Written<Answer>{a, true};
}

Outcome<Written<Thread>> Board::chooseBestAnswer(const AuthUser &user, const QUuid &threadId,
                                                 const BestAnswerInput &choice) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    const std::optional<Thread> t = visibleThread(user, threadId);
    if (!t)
        return notFound(tr("There is no thread %1.").arg(uuidText(threadId)));
    if (t->authorId != user.id)
        return Failure{403, u"not_asker"_s, tr("Only the asker chooses the best answer.")};
    if (t->status == ThreadStatus::Resolved && t->bestAnswerId == choice.answerId)
        return Written<Thread>{*t, false};
    const std::optional<Answer> a = answer(choice.answerId);
    if (!a || a->hidden || a->threadId != threadId) {
        return Failure{
            422, u"unknown_answer"_s,
            tr("answerId: this thread has no answer %1.").arg(uuidText(choice.answerId))};
    }
    if (a->authorId == user.id)
        return Failure{422, u"own_answer"_s, tr("The best answer is someone else's answer.")};
    if (t->status != ThreadStatus::Open) {
        return Failure{409, u"thread_not_open"_s,
                       tr("The best answer of this thread was already chosen, or it is closed.")};
    }
    QSqlQuery q = m_db.prepare(u"thread_best_answer"_s);
    q.bindValue(u":answer_id"_s, uuidText(choice.answerId));
    q.bindValue(u":now"_s, nowMs());
    q.bindValue(u":id"_s, uuidText(threadId));
    if (!tx.exec(q) || !tx.touch(int(EntityKind::Thread), uuidText(threadId)))
        return dbFailure(tx.error());
    const std::optional<Thread> updated = thread(threadId);
    if (!updated || !tx.commit())
        return dbFailure(tx.error());
    return Written<Thread>{*updated, true};
}

Outcome<Written<Thread>> Board::putThanks(const AuthUser &user, const QUuid &threadId,
                                          const ThanksInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    const std::optional<Thread> t = visibleThread(user, threadId);
    if (!t)
        return notFound(tr("There is no thread %1.").arg(uuidText(threadId)));
    if (t->authorId != user.id)
        return Failure{403, u"not_asker"_s, tr("Only the asker writes the thanks.")};
    if (t->bestAnswerId.isNull()) {
        return Failure{409, u"no_best_answer"_s,
                       tr("Choose the best answer before writing the thanks.")};
    }
    if (t->thanks) {
        if (t->thanks->body == input.body)
            return Written<Thread>{*t, false};
        return Failure{409, u"thanks_exists"_s,
                       tr("The thanks of this thread are already written.")};
    }
    QSqlQuery q = m_db.prepare(u"thread_thanks"_s);
    q.bindValue(u":body"_s, input.body);
    q.bindValue(u":now"_s, nowMs());
    q.bindValue(u":id"_s, uuidText(threadId));
    if (!tx.exec(q) || !tx.touch(int(EntityKind::Thread), uuidText(threadId)))
        return dbFailure(tx.error());
    const std::optional<Thread> updated = thread(threadId);
    if (!updated || !tx.commit())
        return dbFailure(tx.error());
    return Written<Thread>{*updated, true};
}

Outcome<bool> Board::countView(const AuthUser &user, const QUuid &threadId) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    const std::optional<Thread> t = visibleThread(user, threadId);
    if (!t)
        return notFound(tr("There is no thread %1.").arg(uuidText(threadId)));
    QSqlQuery q = m_db.prepare(u"view_insert"_s);
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":user_id"_s, user.id);
    q.bindValue(u":day"_s, nowMs() / DayMs);
    if (!tx.exec(q))
        return dbFailure(tx.error());
    const bool counted = q.numRowsAffected() > 0;
    if (counted) {
        QSqlQuery bump = m_db.prepare(u"thread_viewed"_s);
        bump.bindValue(u":id"_s, uuidText(threadId));
        if (!tx.exec(bump) || !tx.touch(int(EntityKind::Thread), uuidText(threadId)))
            return dbFailure(tx.error());
    }
    if (!tx.commit())
        return dbFailure(tx.error());
    return counted;
}

bool Board::guard(WriteTransaction &tx, EntityKind kind, const QUuid &id, const QUuid &threadId,
                  const QString &text) const
{
    const QList<ContactGuard::Finding> found = ContactGuard::scan(text);
    if (found.isEmpty())
        return true;
    QStringList kinds;
    for (const ContactGuard::Finding &f : found) {
        if (!kinds.contains(ContactGuard::wireName(f.kind)))
            kinds.append(ContactGuard::wireName(f.kind));
    }
    QSqlQuery q = m_db.prepare(u"report_insert"_s);
    q.bindValue(u":id"_s, uuidText(QUuid::createUuidV5(id, u"contact-guard"_s)));
    q.bindValue(u":target_kind"_s, int(kind));
    q.bindValue(u":target_id"_s, uuidText(id));
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":reporter_id"_s, QVariant(QMetaType::fromType<qlonglong>()));
    q.bindValue(u":reason"_s, ApiCodec::wireName(ReportReason::ContactOutside));
    //: A report the server files itself; %1 lists what it found (line_id, email, phone, …).
    q.bindValue(u":note"_s, tr("Contact details in the post: %1").arg(kinds.join(u", "_s)));
    q.bindValue(u":now"_s, nowMs());
    return tx.exec(q) && itemReported(tx, kind, id, threadId, 0, kinds.join(u", "_s));
}

Outcome<Written<StoredReport>> Board::putReport(const AuthUser &user, const QUuid &id,
                                                const ReportInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    QSqlQuery existing = m_db.prepare(u"report_get"_s);
    existing.bindValue(u":id"_s, uuidText(id));
    if (!tx.exec(existing))
        return dbFailure(tx.error());
    if (existing.next()) {
        StoredReport r;
        r.id = id;
        r.input.targetKind = EntityKind(existing.value(1).toInt());
        r.input.targetId = QUuid::fromString(existing.value(2).toString());
        r.reporterId = existing.value(3).toLongLong();
        r.input.note = existing.value(5).toString();
        r.createdAt = fromMs(existing.value(6).toLongLong());
        const bool same = r.reporterId == user.id && r.input.targetKind == input.targetKind &&
                          r.input.targetId == input.targetId &&
                          existing.value(4).toString() == ApiCodec::wireName(input.reason) &&
                          r.input.note == input.note;
        if (!same)
            return Failure{409, u"id_in_use"_s, tr("Another report already has this id.")};
        r.input.reason = input.reason;
        return Written<StoredReport>{r, false};
    }
    existing.finish();
    QUuid threadId;
    if (input.targetKind == EntityKind::Thread) {
        if (const auto t = visibleThread(user, input.targetId))
            threadId = t->id;
    } else if (const auto a = answer(input.targetId);
               a && (!a->hidden || user.role == Role::Moderator)) {
        if (visibleThread(user, a->threadId))
            threadId = a->threadId;
    }
    if (threadId.isNull()) {
        return Failure{404, u"not_found"_s,
                       tr("targetId: there is no post %1.").arg(uuidText(input.targetId))};
    }
    StoredReport r{id, input, user.id, fromMs(nowMs())};
    QSqlQuery q = m_db.prepare(u"report_insert"_s);
    q.bindValue(u":id"_s, uuidText(id));
    q.bindValue(u":target_kind"_s, int(input.targetKind));
    q.bindValue(u":target_id"_s, uuidText(input.targetId));
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":reporter_id"_s, user.id);
    q.bindValue(u":reason"_s, ApiCodec::wireName(input.reason));
    q.bindValue(u":note"_s, input.note);
    q.bindValue(u":now"_s, r.createdAt.toMSecsSinceEpoch());
    if (!tx.exec(q) ||
        !itemReported(tx, input.targetKind, input.targetId, threadId, user.id,
                      ApiCodec::wireName(input.reason)) ||
        !tx.commit())
        return dbFailure(tx.error());
    return Written<StoredReport>{r, true};
}

std::optional<StoredResponse> Board::storedResponse(qint64 userId, const QString &key) const
{
    QSqlQuery q = m_db.prepare(u"idempotency_get"_s);
    q.bindValue(u":user_id"_s, userId);
    q.bindValue(u":key"_s, key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return StoredResponse{q.value(0).toString(), q.value(1).toInt(),
                          q.value(2).toString().toUtf8()};
}

void Board::storeResponse(qint64 userId, const QString &key, const StoredResponse &response) const
{
    QSqlQuery q = m_db.prepare(u"idempotency_put"_s);
    q.bindValue(u":key"_s, key);
    q.bindValue(u":user_id"_s, userId);
    q.bindValue(u":request_hash"_s, response.requestHash);
    q.bindValue(u":status"_s, response.status);
    q.bindValue(u":body"_s, QString::fromUtf8(response.body));
    q.bindValue(u":now"_s, nowMs());
    q.exec();
}

bool Board::applyHidden(WriteTransaction &tx, EntityKind kind, const QUuid &id, bool hidden,
                        const QString &reason) const
{
    const qint64 now = nowMs();
    if (kind == EntityKind::Thread) {
        QSqlQuery q = m_db.prepare(u"thread_set_hidden"_s);
        q.bindValue(u":hidden"_s, hidden ? 1 : 0);
        q.bindValue(u":reason"_s, reason);
        q.bindValue(u":now"_s, now);
        q.bindValue(u":id"_s, uuidText(id));
        if (!tx.exec(q) || !tx.touch(int(EntityKind::Thread), uuidText(id)))
            return false;
        // Its answers go and come back with it.
        QSqlQuery answers = m_db.prepare(u"answer_ids_of_thread"_s);
        answers.bindValue(u":thread_id"_s, uuidText(id));
        QStringList ids;
        if (!tx.exec(answers))
            return false;
        while (answers.next())
            ids.append(answers.value(0).toString());
        for (const QString &answerId : ids) {
            if (!tx.touch(int(EntityKind::Answer), answerId))
                return false;
        }
        return true;
    }
    const std::optional<Answer> a = answer(id);
    if (!a)
        return false;
    QSqlQuery q = m_db.prepare(u"answer_set_hidden"_s);
    q.bindValue(u":hidden"_s, hidden ? 1 : 0);
    q.bindValue(u":reason"_s, reason);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, uuidText(id));
    QSqlQuery recount = m_db.prepare(u"thread_recount"_s);
    recount.bindValue(u":id"_s, uuidText(a->threadId));
    recount.bindValue(u":id2"_s, uuidText(a->threadId));
    return tx.exec(q) && tx.touch(int(EntityKind::Answer), uuidText(id)) && tx.exec(recount) &&
           tx.touch(int(EntityKind::Thread), uuidText(a->threadId));
}

Outcome<EntityKind> Board::setHidden(const QUuid &id, bool hidden, const QString &reason) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    const EntityKind kind = thread(id) ? EntityKind::Thread : EntityKind::Answer;
    if (kind == EntityKind::Answer && !answer(id))
        return notFound(tr("There is no thread or answer %1.").arg(uuidText(id)));
    if (!applyHidden(tx, kind, id, hidden, reason) || !tx.commit())
        return dbFailure(tx.error());
    return kind;
}

Outcome<qint64> Board::categoryNamed(const QString &name, Side side,
                                     std::optional<qint64> parent) const
{
    QSqlQuery q = m_db.prepare(u"category_by_name"_s);
    q.bindValue(u":name"_s, name);
    if (!q.exec())
        return dbFailure(q.lastError().text());
    if (q.next())
        return q.value(0).toLongLong();
    q.finish();
    WriteTransaction tx(m_db);
    QSqlQuery max = m_db.prepare(u"categories_max_id"_s);
    if (!tx.exec(max) || !max.next())
        return dbFailure(tx.error());
    const qint64 id = max.value(0).toLongLong() + 1;
    max.finish();
    QSqlQuery insert = m_db.prepare(u"category_upsert"_s);
    insert.bindValue(u":id"_s, id);
    insert.bindValue(u":parent_id"_s,
                     parent ? QVariant(*parent) : QVariant(QMetaType::fromType<qlonglong>()));
    insert.bindValue(u":name"_s, name);
    insert.bindValue(u":side"_s, side == Side::Client ? 1 : 0);
    insert.bindValue(u":sort_order"_s, int(id));
    if (!tx.exec(insert) || !tx.touch(int(EntityKind::Category), QString::number(id)) ||
        !tx.commit())
        return dbFailure(tx.error());
    return id;
}

Outcome<ImportSummary> Board::import(ChangeSet changes, UserIds userIds) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    ImportSummary summary;
    for (const Category &c : std::as_const(changes.categories)) {
        QSqlQuery q = m_db.prepare(u"category_upsert"_s);
        q.bindValue(u":id"_s, c.id);
        q.bindValue(u":parent_id"_s, c.parentId ? QVariant(*c.parentId)
                                                : QVariant(QMetaType::fromType<qlonglong>()));
        q.bindValue(u":name"_s, c.name);
        q.bindValue(u":side"_s, c.side == Side::Client ? 1 : 0);
        q.bindValue(u":sort_order"_s, c.order);
        tx.exec(q);
        tx.touch(int(EntityKind::Category), QString::number(c.id));
        ++summary.categories;
    }
    QHash<qint64, qint64> userMap;
    const qint64 now = nowMs();
    for (const User &u : std::as_const(changes.users)) {
        qint64 id = u.id;
        if (userIds == UserIds::Allocate) {
            QSqlQuery find = m_db.prepare(u"user_by_unlisted_name"_s);
            find.bindValue(u":name"_s, u.displayName);
            if (tx.exec(find) && find.next()) {
                id = find.value(0).toLongLong();
            } else {
                find.finish();
                QSqlQuery insert = m_db.prepare(u"user_insert_unlisted"_s);
                insert.bindValue(u":display_name"_s, u.displayName);
                insert.bindValue(u":now"_s, now);
                if (!tx.exec(insert) || !insert.next())
                    return dbFailure(tx.error());
                id = insert.value(0).toLongLong();
            }
        } else {
            QSqlQuery q = m_db.prepare(u"user_upsert"_s);
            q.bindValue(u":id"_s, u.id);
            q.bindValue(u":display_name"_s, u.displayName);
            q.bindValue(u":role"_s, u.role == Role::Moderator ? 1 : 0);
            q.bindValue(u":now"_s, now);
            tx.exec(q);
        }
        userMap.insert(u.id, id);
        tx.touch(int(EntityKind::User), QString::number(id));
        ++summary.users;
    }
    if (userIds == UserIds::Keep) {
        QSqlQuery sync = m_db.prepare(u"users_sync_ids"_s);
        tx.exec(sync);
    }
    for (Thread &t : changes.threads) {
        t.authorId = userMap.value(t.authorId, t.authorId);
        upsert(tx, t);
        ++summary.threads;
        summary.resolved += t.status == ThreadStatus::Resolved ? 1 : 0;
        summary.closed += t.status == ThreadStatus::Closed ? 1 : 0;
    }
    for (Answer &a : changes.answers) {
        a.authorId = userMap.value(a.authorId, a.authorId);
        upsert(tx, a);
        ++summary.answers;
    }
    if (!tx.commit())
        return dbFailure(tx.error());
    return summary;
}

Outcome<PruneSummary> Board::prune(qint64 olderThanMs) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return dbFailure(tx.error());
    PruneSummary summary;
    const qint64 before = nowMs() - olderThanMs;
    auto ids = [&](const QString &statement) {
        QStringList list;
        QSqlQuery q = m_db.prepare(statement);
        q.bindValue(u":before"_s, before);
        if (tx.exec(q)) {
            while (q.next())
                list.append(q.value(0).toString());
        }
        return list;
    };
    auto run = [&](const QString &statement, const QString &id) {
        QSqlQuery q = m_db.prepare(statement);
        q.bindValue(u":id"_s, id);
        return tx.exec(q);
    };
    for (const QString &threadId : ids(u"hidden_threads_before"_s)) {
        QSqlQuery answers = m_db.prepare(u"answer_ids_of_thread"_s);
        answers.bindValue(u":thread_id"_s, threadId);
        QStringList answerIds;
        if (tx.exec(answers)) {
            while (answers.next())
                answerIds.append(answers.value(0).toString());
        }
        for (const QString &answerId : answerIds)
            tx.touch(int(EntityKind::Answer), answerId, true);
        run(u"answers_delete_of_thread"_s, threadId);
        run(u"views_delete_of_thread"_s, threadId);
        run(u"thread_delete"_s, threadId);
        tx.touch(int(EntityKind::Thread), threadId, true);
        ++summary.threads;
        summary.answers += int(answerIds.size());
    }
    for (const QString &answerId : ids(u"hidden_answers_before"_s)) {
        const std::optional<Answer> a = answer(QUuid::fromString(answerId));
        run(u"answer_delete"_s, answerId);
        tx.touch(int(EntityKind::Answer), answerId, true);
        if (a) {
            QSqlQuery q = m_db.prepare(u"thread_recount"_s);
            q.bindValue(u":id"_s, uuidText(a->threadId));
            q.bindValue(u":id2"_s, uuidText(a->threadId));
            tx.exec(q);
            tx.touch(int(EntityKind::Thread), uuidText(a->threadId));
        }
        ++summary.answers;
    }
    QSqlQuery responses = m_db.prepare(u"idempotency_prune"_s);
    responses.bindValue(u":before"_s, before);
    tx.exec(responses);
    // Tombstones older than the age go; a cursor from before the newest of them would miss one.
    QSqlQuery newest = m_db.prepare(u"tombstones_before"_s);
    newest.bindValue(u":before"_s, before + (olderThanMs == 0 ? 1 : 0));
    if (!tx.exec(newest) || !newest.next())
        return dbFailure(tx.error());
    const qint64 seq = newest.value(0).toLongLong();
    newest.finish();
    if (seq > 0) {
        QSqlQuery drop = m_db.prepare(u"tombstones_delete"_s);
        drop.bindValue(u":seq"_s, seq);
        tx.exec(drop);
        summary.tombstones = drop.numRowsAffected();
        QSqlQuery horizon = m_db.prepare(u"feed_set_horizon"_s);
        horizon.bindValue(u":horizon"_s, seq);
        horizon.bindValue(u":horizon2"_s, seq);
        tx.exec(horizon);
        summary.horizon = seq;
    }
    if (!tx.commit())
        return dbFailure(tx.error());
    return summary;
}

} // namespace Soudan::Server
