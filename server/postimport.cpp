// The operator's imports into the board's content (Posts::import): the demo board, generated
// boards and Stack Exchange dumps. Importing again writes only what changed, so that clients
// pull only those rows.

#include "db/boardrows.h"
#include "server/postrows.h"
#include "server/posts.h"

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;

namespace {

struct Member
{
    qint64 id = 0;
    bool written = false;
};

// The member an imported user is: found by the login the import made for them, renamed when
// the dump renamed them, made the first time without a password (nobody signs in as them).
Outcome<Member> importedMember(const Database &db, WriteTransaction &tx, const QString &login,
                               const QString &displayName)
{
    if (login.isEmpty())
        return internalFailure(u"an imported user without a login"_s);
    QSqlQuery &find = db.prepare(u"user_by_login"_s);
    find.bindValue(u":login"_s, login);
    if (!tx.exec(find))
        return internalFailure(tx.error());
    Member member;
    if (find.next()) {
        const RowReader row(find);
        member.id = row.integer("id"_L1);
        const bool renamed = row.text("display_name"_L1) != displayName;
        const bool signsIn = !row.text("password_hash"_L1).isEmpty();
        find.finish();
        if (signsIn) {
            return Failure{2, u"login_taken"_s,
                           Posts::tr("The login %1 of an imported user is a member's who signs "
                                     "in with a password.")
                               .arg(login)};
        }
        if (!renamed)
            return member;
        QSqlQuery &rename = db.prepare(u"user_rename"_s);
        rename.bindValue(u":id"_s, member.id);
        rename.bindValue(u":display_name"_s, displayName);
        if (!tx.exec(rename))
            return internalFailure(tx.error());
    } else {
        find.finish();
        QSqlQuery &insert = db.prepare(u"user_insert"_s);
        insert.bindValue(u":login"_s, login);
        insert.bindValue(u":display_name"_s, displayName);
        insert.bindValue(u":role"_s, int(Role::Member));
        insert.bindValue(u":password_hash"_s, QVariant(QMetaType::fromType<QString>()));
        insert.bindValue(u":now"_s, Db::nowMs());
        if (!tx.exec(insert) || !insert.next())
            return internalFailure(tx.error());
        member.id = RowReader(insert).integer("id"_L1);
        insert.finish();
    }
    if (!tx.touch(int(EntityKind::User), QString::number(member.id)))
        return internalFailure(tx.error());
    member.written = true;
    return member;
}

// A post the board has already, as an import leaves it: hiding stays the moderators' decision,
// supplements the asker's, and the views, answers and activity the board has counted since are
// not taken back.
Thread imported(const Thread &had, Thread t)
{
    t.hidden = had.hidden;
    t.hiddenReason = had.hiddenReason;
    t.supplements = had.supplements;
    t.viewCount = qMax(t.viewCount, had.viewCount);
    t.answerCount = qMax(t.answerCount, had.answerCount);
    t.lastActivityAt = qMax(t.lastActivityAt, had.lastActivityAt);
    t.version = had.version;
    return t;
}

Answer imported(const Answer &had, Answer a)
{
    a.hidden = had.hidden;
    a.hiddenReason = had.hiddenReason;
    a.version = had.version;
    return a;
}

// The rows the board has already of these posts, by id, looked up a few hundred at a time.
template<typename Post, typename Read>
Outcome<QHash<QUuid, Post>> boardRows(const Database &db, const QString &statement,
                                      const QList<Post> &posts, Read read)
{
    constexpr qsizetype Chunk = 500;
    QHash<QUuid, Post> rows;
    for (qsizetype first = 0; first < posts.size(); first += Chunk) {
        QStringList ids;
        for (const Post &post : posts.mid(first, Chunk))
            ids.append(Db::uuidText(post.id));
        QString error;
        std::optional<QSqlQuery> q = db.selectByIds(statement, ids, &error);
        if (!q)
            return internalFailure(error);
        const RowReader row(*q);
        while (q->next()) {
            const Post post = read(row);
            rows.insert(post.id, post);
        }
    }
    return rows;
}

// Writes imported posts, each unless the board has it already as the import would leave it
// (how many were not written is the answer); a changed post gets the next version.
template<typename Post, typename Read>
Outcome<int> write(const Database &db, const PostRows &rows, WriteTransaction &tx,
                   QList<Post> &posts, const QString &byIds, Read read)
{
    const Outcome<QHash<QUuid, Post>> had = boardRows(db, byIds, posts, read);
    if (!had.ok())
        return had.failure();
    int unchanged = 0;
    for (Post &post : posts) {
        const auto it = had->constFind(post.id);
        if (it != had->cend()) {
            post = imported(*it, post);
            if (post == *it) {
                ++unchanged;
                continue;
            }
            post.version = it->version + 1;
        }
        if (!rows.upsert(tx, post))
            return internalFailure(tx.error());
    }
    return unchanged;
}

} // namespace

Outcome<ImportSummary> Posts::import(ChangeSet changes, UserIds userIds,
                                     const QHash<qint64, QString> &logins) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    ImportSummary summary;
    for (const Category &c : std::as_const(changes.categories)) {
        QSqlQuery &q = m_db.prepare(u"category_upsert"_s);
        Db::bind(q, c);
        if (!tx.exec(q) || !tx.touch(int(EntityKind::Category), QString::number(c.id)))
            return internalFailure(tx.error());
        ++summary.categories;
    }
    QHash<qint64, qint64> userMap;
    const qint64 now = Db::nowMs();
    for (const User &u : std::as_const(changes.users)) {
        ++summary.users;
        if (userIds == UserIds::ByLogin) {
            const Outcome<Member> member =
                importedMember(m_db, tx, logins.value(u.id), u.displayName);
            if (!member.ok())
                return member.failure();
            userMap.insert(u.id, member->id);
            summary.unchanged += member->written ? 0 : 1;
            continue;
        }
        QSqlQuery &q = m_db.prepare(u"user_upsert"_s);
        Db::bind(q, u);
        q.bindValue(u":now"_s, now);
        if (!tx.exec(q) || !tx.touch(int(EntityKind::User), QString::number(u.id)))
            return internalFailure(tx.error());
        userMap.insert(u.id, u.id);
    }
    if (userIds == UserIds::Keep) {
        QSqlQuery &sync = m_db.prepare(u"users_sync_ids"_s);
        if (!tx.exec(sync))
            return internalFailure(tx.error());
    }
    for (Thread &t : changes.threads)
        t.authorId = userMap.value(t.authorId, t.authorId);
    for (Answer &a : changes.answers)
        a.authorId = userMap.value(a.authorId, a.authorId);
    const Outcome<int> threads =
        write(m_db, m_rows, tx, changes.threads, u"threads_by_ids"_s, Db::readThread);
    if (!threads.ok())
        return threads.failure();
    const Outcome<int> answers =
        write(m_db, m_rows, tx, changes.answers, u"answers_by_ids"_s, Db::readAnswer);
    if (!answers.ok())
        return answers.failure();
    summary.threads = int(changes.threads.size());
    summary.answers = int(changes.answers.size());
    summary.unchanged += *threads + *answers;
    for (const Thread &t : std::as_const(changes.threads)) {
        summary.resolved += t.status == ThreadStatus::Resolved ? 1 : 0;
        summary.closed += t.status == ThreadStatus::Closed ? 1 : 0;
    }
    if (!tx.commit())
        return internalFailure(tx.error());
    return summary;
}

} // namespace Soudan::Server
