#pragma once

#include "server/database.h"

#include <memory>

namespace Soudan::Server {

class Accounts;
class Activity;
class Feed;
class Idempotency;
class OwnPosts;
class PostRows;
class Posts;
class Reports;
class Restrictions;

// The board as the server stores it, in rooms over one Database: accounts and sessions, the
// board's content, reports and moderation, each member's notifications and read state, the
// changes feed, and stored responses. Each part's
// writes run in WriteTransactions that also move the changed rows to the end of the feed.
class Board final
{
    Q_DISABLE_COPY_MOVE(Board)

public:
    explicit Board(const Database &db);
    ~Board();

    const Accounts &accounts() const { return *m_accounts; }
    const Activity &activity() const { return *m_activity; }
    const Posts &posts() const { return *m_posts; }
    const OwnPosts &ownPosts() const { return *m_ownPosts; }
    const Reports &reports() const { return *m_reports; }
    const Restrictions &restrictions() const { return *m_restrictions; }
    const Feed &feed() const { return *m_feed; }
    const Idempotency &idempotency() const { return *m_idempotency; }

private:
    std::unique_ptr<PostRows> m_rows;
    std::unique_ptr<Accounts> m_accounts;
    std::unique_ptr<Activity> m_activity;
    std::unique_ptr<Reports> m_reports;
    std::unique_ptr<Restrictions> m_restrictions;
    std::unique_ptr<Posts> m_posts;
    std::unique_ptr<OwnPosts> m_ownPosts;
    std::unique_ptr<Idempotency> m_idempotency;
    std::unique_ptr<Feed> m_feed;
};

} // namespace Soudan::Server
