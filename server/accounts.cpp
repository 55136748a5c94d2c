#include "server/accounts.h"

#include "db/boardrows.h"
#include "domain/limits.h"
#include "server/passwords.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

AuthUser authUser(const RowReader &row)
{
    const User u = Db::readUser(row);
    return AuthUser{u.id, u.displayName, u.role};
}

} // namespace

Accounts::Accounts(const Database &db)
    : m_db(db)
{}

Outcome<qint64> Accounts::addUser(const QString &login, const QString &displayName, Role role,
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
    QSqlQuery &existing = m_db.prepare(u"user_by_login"_s);
    existing.bindValue(u":login"_s, login);
    if (!tx.exec(existing))
        return internalFailure(tx.error());
    if (existing.next())
        return Failure{2, u"user_exists"_s, tr("There is already a user %1.").arg(login)};
    existing.finish();
    QSqlQuery &q = m_db.prepare(u"user_insert"_s);
    q.bindValue(u":login"_s, login);
    q.bindValue(u":display_name"_s, displayName.isEmpty() ? login : displayName);
    q.bindValue(u":role"_s, int(role));
    q.bindValue(u":password_hash"_s, hash);
    q.bindValue(u":now"_s, Db::nowMs());
    if (!tx.exec(q) || !q.next())
        return internalFailure(tx.error());
    const qint64 id = RowReader(q).integer("id"_L1);
    q.finish();
    if (!tx.touch(int(EntityKind::User), QString::number(id)) || !tx.commit())
        return internalFailure(tx.error());
    return id;
}

Outcome<int> Accounts::change(const QString &login, AccountChange change,
                              const QString &password) const
{
    QString hash;
    if (change == AccountChange::SetPassword) {
        if (password.size() < Limits::PasswordMin || password.size() > Limits::PasswordMax) {
            return Failure{2, u"bad_password"_s,
                           tr("A password has %1 to %2 characters.")
                               .arg(Limits::PasswordMin)
                               .arg(Limits::PasswordMax)};
        }
        hash = Passwords::hash(password);
        if (hash.isEmpty())
            return internalFailure(tr("Hashing the password failed (out of memory?)."));
    }
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    QSqlQuery &user = m_db.prepare(u"user_by_login"_s);
    user.bindValue(u":login"_s, login);
    if (!tx.exec(user))
        return internalFailure(tx.error());
    if (!user.next())
        return Failure{2, u"no_user"_s, tr("There is no user %1.").arg(login)};
    const qint64 id = RowReader(user).integer("id"_L1);
    user.finish();
    QSqlQuery &sessions = m_db.prepare(u"sessions_of_user_delete"_s);
    sessions.bindValue(u":user_id"_s, id);
    if (!tx.exec(sessions))
        return internalFailure(tx.error());
    const int ended = sessions.numRowsAffected();
    if (change != AccountChange::Revoke) {
        QSqlQuery &q = m_db.prepare(u"user_set_password"_s);
        q.bindValue(u":password_hash"_s, change == AccountChange::Disable
                                             ? QVariant(QMetaType(QMetaType::QString))
                                             : QVariant(hash));
        q.bindValue(u":id"_s, id);
        if (!tx.exec(q))
            return internalFailure(tx.error());
    }
    if (!tx.commit())
        return internalFailure(tx.error());
    return ended;
}

Outcome<Session> Accounts::login(const Credentials &credentials, int tokenDays) const
{
    const Failure refused{401, u"invalid_credentials"_s, tr("Wrong user name or password.")};
    QSqlQuery &q = m_db.prepare(u"user_by_login"_s);
    q.bindValue(u":login"_s, credentials.user);
    if (!q.exec())
        return internalFailure(q.lastError().text());
    if (!q.next()) {
        Passwords::verify(credentials.password, QString()); // the same work either way
        return refused;
    }
    const RowReader row(q);
    Session s;
    s.user = Db::readUser(row);
    const QString hash = row.text("password_hash"_L1);
    q.finish();
    if (hash.isEmpty() || !Passwords::verify(credentials.password, hash))
        return refused;

    s.token = Passwords::newToken();
    const qint64 now = Db::nowMs();
    s.expiresAt = Db::fromMs(now + qint64(tokenDays) * DayMs);
    QSqlQuery &insert = m_db.prepare(u"session_insert"_s);
    insert.bindValue(u":token_hash"_s, Passwords::tokenHash(s.token));
    insert.bindValue(u":user_id"_s, s.user.id);
    insert.bindValue(u":now"_s, now);
    insert.bindValue(u":expires"_s, s.expiresAt.toMSecsSinceEpoch());
    if (!insert.exec())
        return internalFailure(insert.lastError().text());
    QSqlQuery &expired = m_db.prepare(u"sessions_expired_delete"_s);
    expired.bindValue(u":now"_s, now);
    if (!expired.exec())
        return internalFailure(expired.lastError().text());
    return s;
}

Outcome<std::optional<AuthUser>> Accounts::userForToken(const QString &token) const
{
    QSqlQuery &q = m_db.prepare(u"session_user"_s);
    q.bindValue(u":token_hash"_s, Passwords::tokenHash(token));
    q.bindValue(u":now"_s, Db::nowMs());
    if (!q.exec())
        return internalFailure(q.lastError().text());
    if (!q.next())
        return std::optional<AuthUser>();
    return std::optional<AuthUser>(authUser(RowReader(q)));
}

Outcome<bool> Accounts::logout(const QString &token) const
{
    QSqlQuery &q = m_db.prepare(u"session_delete"_s);
    q.bindValue(u":token_hash"_s, Passwords::tokenHash(token));
    if (!q.exec())
        return internalFailure(q.lastError().text());
    return q.numRowsAffected() > 0;
}

} // namespace Soudan::Server
