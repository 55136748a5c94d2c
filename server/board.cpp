#include "server/board.h"

#include "server/accounts.h"
#include "server/activity.h"
#include "server/feed.h"
#include "server/idempotency.h"
#include "server/ownposts.h"
#include "server/postrows.h"
#include "server/posts.h"
#include "server/reports.h"
#include "server/restrictions.h"

namespace Soudan::Server {

Board::Board(const Database &db)
    : m_rows(std::make_unique<PostRows>(db))
    , m_accounts(std::make_unique<Accounts>(db))
    , m_activity(std::make_unique<Activity>(db, *m_rows))
    , m_reports(std::make_unique<Reports>(db, *m_rows, *m_activity))
    , m_restrictions(std::make_unique<Restrictions>(db, *m_activity))
    , m_posts(std::make_unique<Posts>(db, *m_rows, *m_reports, *m_activity, *m_restrictions))
    , m_ownPosts(std::make_unique<OwnPosts>(db, *m_rows, *m_reports, *m_restrictions))
    , m_idempotency(std::make_unique<Idempotency>(db))
    , m_feed(std::make_unique<Feed>(db, *m_reports, *m_idempotency))
{}

Board::~Board() = default;

} // namespace Soudan::Server
