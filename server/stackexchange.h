#pragma once

#include "domain/changeset.h"
#include "server/outcome.h"

#include <QCoreApplication>
#include <QHash>

namespace Soudan::Server {

// Reads a Stack Exchange site dump (Posts.xml, Users.xml) into the board's rows: questions
// become threads in one category, answers answers, AcceptedAnswerId the best answer (status
// resolved), ClosedDate status closed, ViewCount the views. A thread has one status: a question
// both closed and accepted is resolved (either way it takes no more answers) and, as every closed
// one, ends with a line that says when it was closed. Users become members keyed by the dump's
// user id (owners known only by name, by that name), each with a login of their own that nobody
// signs in with. Bodies are turned from HTML into plain text (server/htmltext.h). Post ids give
// stable UUIDs, so importing the same dump again updates instead of doubling.
class StackExchangeDump final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::StackExchangeDump)

public:
    struct Contents
    {
        ChangeSet changes; // user ids are the dump's (or made up for names without an id)
        // The board's login of each user of changes: the same one at every import of the site.
        QHash<qint64, QString> logins;
        int skipped = 0;           // answers without their question, other post types
        int closedAndResolved = 0; // resolved threads whose question was closed as well
    };

    static Outcome<Contents> read(const QString &dir, qint64 categoryId);
};

} // namespace Soudan::Server
