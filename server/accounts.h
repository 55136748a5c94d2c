#pragma once

#include "domain/apitypes.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <QCoreApplication>

#include <optional>

namespace Soudan::Server {

// Users and their sessions: the operator adds users; a user signs in with a password and gets a
// token, which later requests carry.
class Accounts final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Accounts)

public:
    explicit Accounts(const Database &db);

    Outcome<qint64> addUser(const QString &login, const QString &displayName, Role role,
                            const QString &password) const;
    Outcome<Session> login(const Credentials &credentials, int tokenDays) const;
    // Nothing for an unknown or expired token; a failure when the database could not tell.
    Outcome<std::optional<AuthUser>> userForToken(const QString &token) const;
    Outcome<bool> logout(const QString &token) const;
    // An operator's commands on an account, by login: every token of it ends (revoke); the
    // password goes too, so that it signs in no more (disable); a new password, every token
    // ending (setPassword, which also enables a disabled account). The number of tokens ended.
    enum class AccountChange
    {
        Revoke,
        Disable,
        SetPassword,
    };
    Outcome<int> change(const QString &login, AccountChange change,
                        const QString &password = {}) const;

private:
    const Database &m_db;
};

} // namespace Soudan::Server
