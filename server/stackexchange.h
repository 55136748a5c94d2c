#pragma once

#include "domain/changeset.h"
#include "server/outcome.h"

#include <QCoreApplication>

namespace Soudan::Server {

// Reads a Stack Exchange site dump (Posts.xml, Users.xml) into the board's rows: questions
// become threads in one category, answers answers, AcceptedAnswerId the best answer (status
// resolved), ClosedDate status closed, ViewCount the views; users become members without a
// login. Bodies are turned from HTML into plain text. Post ids give stable UUIDs, so importing
// the same dump again updates instead of doubling.
class StackExchangeDump final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::StackExchangeDump)

public:
    struct Contents
    {
        ChangeSet changes; // user ids are the dump's (or made up for names without an id)
        int skipped = 0;   // answers without their question, other post types
    };

    static Outcome<Contents> read(const QString &dir, qint64 categoryId);
};

} // namespace Soudan::Server
