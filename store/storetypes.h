#pragma once

#include "domain/activity.h"
#include "domain/answer.h"
#include "domain/category.h"
#include "domain/moderation.h"
#include "domain/thread.h"
#include "domain/tombstone.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

// Plain values that the store hands out and takes in; nothing here knows about SQL.
namespace Soudan {

enum class ThreadSort
{
    Newest,
    LastActivity,
    MostViewed,
    MostAnswered,
};

enum class StatusFilter
{
    All,
    Open,
    Resolved,
};

// What the thread list shows: one category (with its subcategories), in one order, filtered.
struct ThreadQuery
{
    qint64 categoryId = 0;
    ThreadSort sort = ThreadSort::Newest;
    Qt::SortOrder order = Qt::DescendingOrder;
    StatusFilter status = StatusFilter::All;
    bool urgentOnly = false;
    bool unansweredOnly = false;
    QString titleContains;

    friend bool operator==(const ThreadQuery &, const ThreadQuery &) = default;
};

// Whether a post or an effect written here has reached the server.
enum class LocalState
{
    Synced = 0,         // the server's
    Waiting = 1,        // in the outbox, not sent yet
    NeedsAttention = 2, // the server refused it; the outbox keeps the text
};

// One row of the thread list: what the list shows, without the body.
struct ThreadSummary
{
    QUuid id;
    qint64 categoryId = 0;
    QString title;
    ThreadStatus status = ThreadStatus::Open;
    Urgency urgency = Urgency::Calm;
    qint64 viewCount = 0;
    int answerCount = 0;
    qint64 createdMs = 0;
    qint64 lastActivityMs = 0;
    LocalState local = LocalState::Synced;
    // What is new in it for the user: created since they last looked at its category and not
    // opened; answers by others they have not read in a thread they follow.
    bool isNew = false;
    int unreadAnswers = 0;

    friend bool operator==(const ThreadSummary &, const ThreadSummary &) = default;
};

// Where a keyset page starts: the sort value and id of the last row already shown.
struct ThreadKey
{
    qint64 sortValue = 0;
    QUuid id;
};

ThreadKey keyOf(const ThreadSummary &row, ThreadSort sort);

struct CategoryCounts
{
    int threads = 0;
    int open = 0;
    int newThreads = 0;    // created since the user last looked, not opened
    int unreadThreads = 0; // followed, with answers the user has not read

    friend bool operator==(const CategoryCounts &, const CategoryCounts &) = default;
};

struct AnswerView
{
    Answer answer;
    QString authorName;
    LocalState local = LocalState::Synced;
    bool editWaiting = false; // the user's edit or withdrawal shown, not on the server yet
};

// A thread as the detail pane shows it: the question, where it sits, and its visible answers
// in time order.
struct ThreadDetail
{
    Thread thread;
    QString authorName;
    QList<Category> categoryPath; // from the side down to the thread's category
    QList<AnswerView> answers;
    LocalState local = LocalState::Synced; // the question itself
    bool bestAnswerWaiting = false;        // chosen here, not sent yet
    bool thanksWaiting = false;
    bool editWaiting = false; // the user's edit, closing or withdrawal, not on the server yet
    // The user's supplements not in the server's row yet (also in thread.supplements).
    QSet<QUuid> supplementsWaiting;
    QSet<QUuid> reportedHere; // the question or answers the user reported (報告済み)
    QSet<QUuid> appealedHere; // the user's hidden posts they appealed from this profile
};

// What an ingest touched, so that models refresh only what they show.
struct StoreChange
{
    bool categories = false;
    QSet<qint64> categoryIds; // categories whose threads changed
    QSet<QUuid> threadIds;    // threads changed themselves or in their answers
    bool everything = false;  // too much to list: refresh whatever is shown
    bool outbox = false;      // items were added to the outbox or changed state
    bool moderation = false;  // moderation items changed
    bool activity = false;    // notifications, follow levels or read marks changed
    bool search = false;      // search finds more posts: some left for later were indexed

    bool isEmpty() const
    {
        return !categories && !everything && !outbox && !moderation && !activity && !search &&
               categoryIds.isEmpty() && threadIds.isEmpty();
    }
};

// What the user did that the server must hear of, in the order it happened.
enum class OutboxKind
{
    Question = 0,
    Answer = 1,
    BestAnswer = 2,
    Thanks = 3,
    Report = 4,
    View = 5,
    // A moderator's actions on a moderation item (the target is the reported post).
    ModerationClaim = 6,
    ModerationResolve = 7,
    ModerationRestore = 8,
    ModerationNote = 9,
    ModerationWarn = 10,
    // The user's own follow levels and read marks (the target is a category or a notification).
    ThreadState = 11,
    CategoryState = 12,
    NotificationRead = 13,
    // The user's changes to their own posts (the target is the answer, or the supplement's id).
    EditQuestion = 14,
    EditAnswer = 15,
    Supplement = 16,
    WithdrawQuestion = 17,
    WithdrawAnswer = 18,
    CloseQuestion = 19,
    // The author's appeal of a moderator's decision on their post (the target).
    Appeal = 20,
    // A moderator's restriction of a member's account (the target number is the member).
    RestrictMember = 21,
};
inline constexpr OutboxKind LastOutboxKind = OutboxKind::RestrictMember;

// Whether an item is a moderator's action on a moderation item.
constexpr bool isModeration(OutboxKind kind)
{
    return kind >= OutboxKind::ModerationClaim && kind <= OutboxKind::ModerationWarn;
}

// Whether an item is bookkeeping rather than something the user wrote: sent, but neither listed
// nor counted, and dropped when refused.
constexpr bool isBookkeeping(OutboxKind kind)
{
    return kind == OutboxKind::View ||
           (kind >= OutboxKind::ThreadState && kind <= OutboxKind::NotificationRead);
}

// One moderation item as the queue shows it: the server's item, where its post is and what it
// says, and the action taken here that the server has not confirmed yet.
struct ModerationEntry
{
    ModerationItem item;
    qint64 categoryId = 0; // 0 when the thread is not in the cache
    QString threadTitle;
    QString postText;
    QString authorName;
    QHash<qint64, QString> reporterNames;
    std::optional<AuditAction> localAction; // what the moderator did here
    LocalState local = LocalState::Synced;

    // The status the entry shows: an action taken here (not yet confirmed) counts, and a claim
    // that ran out leaves the item new.
    ModerationStatus shownStatus(const QDateTime &now) const;
    // The decision it shows (hidden, dismissed, restored, or none); one taken here counts.
    Resolution shownResolution() const;
    // How urgent it is now (domain/moderation.h).
    int priority(const QDateTime &now) const;

    friend bool operator==(const ModerationEntry &, const ModerationEntry &) = default;
};

enum class OutboxState
{
    Waiting = 0,
    Sent = 1,
    NeedsAttention = 2, // refused by the server: the user edits, copies or discards it
};

struct OutboxItem
{
    qint64 seq = 0;
    QUuid id; // the resource's id and the idempotency key
    OutboxKind kind = OutboxKind::Question;
    QUuid threadId;          // the thread it belongs to (not for reports)
    QUuid targetId;          // the chosen answer; the reported post
    qint64 targetNumber = 0; // the category or notification of a state item
    QByteArray payload;      // the request's JSON body
    OutboxState state = OutboxState::Waiting;
    int attempts = 0;
    QString errorCode;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString origin; // the server and account it was written for ("url user"); empty: any

    friend bool operator==(const OutboxItem &, const OutboxItem &) = default;
};

// What a search shows of a thread it found: the thread, and the first matching post with a
// snippet around the match.
enum class SearchOrder
{
    Newest,    // the newest matching posts first
    Relevance, // the best matches first
};

struct SearchHit
{
    QUuid threadId;
    QUuid postId; // the question (= threadId) or an answer
    EntityKind postKind = EntityKind::Thread;
    QString title;
    qint64 categoryId = 0;
    ThreadStatus status = ThreadStatus::Open;
    bool urgent = false;
    int answerCount = 0;
    QString authorName;                    // of the matching post
    qint64 postMs = 0;                     // when the matching post was written
    QString snippet;                       // plain text around the match
    QList<std::pair<int, int>> highlights; // (start, length) in snippet

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

struct CacheTotals
{
    qint64 categories = 0;
    qint64 users = 0;
    qint64 threads = 0; // visible ones
    qint64 answers = 0;
};

// A notification as the panel shows it: what happened, by whom, in which thread.
struct NotificationView
{
    Notification notification;
    QString actorName;
    QString threadTitle; // empty when the thread is not in the cache (hidden, or not synced yet)
    qint64 categoryId = 0;
    bool unread = false;

    friend bool operator==(const NotificationView &, const NotificationView &) = default;
};

// One of the user's answers, for My activity.
struct MyAnswer
{
    QUuid answerId;
    QUuid threadId;
    qint64 categoryId = 0;
    QString threadTitle;
    QString body;
    qint64 createdMs = 0;
    bool best = false;
    LocalState local = LocalState::Synced;

    friend bool operator==(const MyAnswer &, const MyAnswer &) = default;
};

// A draft kept while the user typed, for My activity.
struct DraftSummary
{
    enum class Kind
    {
        Question,
        Answer,
        Thanks,
    };
    QString key;
    Kind kind = Kind::Question;
    QUuid threadId; // the thread an answer or thanks is for
    QString threadTitle;
    QString text; // the question's title, or the text
    qint64 updatedMs = 0;

    friend bool operator==(const DraftSummary &, const DraftSummary &) = default;
};

// Why the user follows a thread or a category as closely as they do.
enum class FollowReason
{
    Default,  // nothing set: normal
    Chosen,   // the user chose this level here
    Asked,    // a thread: their own question
    Answered, // a thread: they answered it
    Category, // from the level of a category (levelFrom)
};

struct FollowState
{
    std::optional<FollowLevel> own; // what the user set on this thread or category
    FollowLevel effective = FollowLevel::Normal;
    FollowReason reason = FollowReason::Default;
    qint64 levelFrom = 0; // the category the level comes from (FollowReason::Category)
    bool waiting = false; // set here, not confirmed by the server yet

    friend bool operator==(const FollowState &, const FollowState &) = default;
};

// Where the cache stands with the server.
struct SyncState
{
    QString cursor; // empty: nothing pulled yet, or a resync started
    bool resyncing = false;
    QString origin;     // the server (and user) the cache holds the board of
    QDateTime lastSync; // the last time the cache was up to date with it
};

} // namespace Soudan

Q_DECLARE_METATYPE(Soudan::StoreChange)
