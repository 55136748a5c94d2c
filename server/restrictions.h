#pragma once

#include "domain/moderation.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <QCoreApplication>

#include <optional>

namespace Soudan::Server {

class Activity;

// Moderators' restrictions of members' accounts (domain/moderation.h): a suspension for some
// days or read-only until lifted, each with a reason the member is told in a notification.
// Posting routes ask refusal() first: a restricted member's question, answer, edit, supplement,
// best answer or thanks is refused with 403 "suspended" or "read_only", the message saying until
// when and why ("until <ISO 8601 or never>: <reason>").
class Restrictions final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Restrictions)

public:
    Restrictions(const Database &db, const Activity &activity);

    // The member's restriction in force, if any (a suspension that ended is none).
    Outcome<std::optional<Restriction>> of(qint64 userId) const;
    // Why the member may not post now, or nothing.
    std::optional<Failure> refusal(const AuthUser &user) const;
    static std::optional<Failure> refusal(const std::optional<Restriction> &restriction);
    // The statement of of(), bound, for WriteTransaction::readAll, and its rows read.
    QSqlQuery &statement(qint64 userId) const;
    static std::optional<Restriction> read(QSqlQuery &rows, qint64 userId);
    Outcome<Restriction> set(const AuthUser &moderator, qint64 userId,
                             const RestrictionInput &input) const;

private:
    const Database &m_db;
    const Activity &m_activity;
};

} // namespace Soudan::Server
