#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

// What is new for a user: the notifications the server made for them, how closely they follow
// threads and categories, and how far they have read. All of it is private to its user: the
// changes feed sends it to them alone.
namespace Soudan {

// How closely a user follows a thread or a category. A category's level (or its nearest
// parent's) decides which new threads are told of and which are new; the answers of a thread are
// told of by the thread's own level alone (asked or answered: watching). A thread's own level
// wins over its category's; a category's over its parent's.
enum class FollowLevel
{
    Normal,   // nothing unless it is about me
    Watching, // a thread: every new answer; a category: every new thread
    Muted,    // nothing at all, and not counted as new
};

// Why a notification was made. The kinds are data: a kind this client does not know (one that a
// newer server makes) is kept by its name and shown in general words.
enum class NotificationKind
{
    Answer,            // an answer to my question
    BestAnswer,        // my answer was chosen as the best
    Thanks,            // the asker thanked me for my best answer
    FollowedAnswer,    // a new answer in a thread I watch
    NewThread,         // a new thread in a category I watch
    PostHidden,        // a moderator hid my post (detail: the reason's wire name)
    PostRestored,      // a moderator showed my post again
    Warned,            // a moderator warned me (detail: their message)
    ReportDecided,     // a post I reported was decided on (detail: "hidden" or "dismissed")
    Suspended,         // moderators suspended my posting (detail: "<until, ISO 8601> <reason>")
    ReadOnly,          // moderators made my account read-only (detail: their reason)
    RestrictionLifted, // I may post again
    Other,             // a kind this client does not know
};

struct Notification
{
    qint64 id = 0;
    QString kind;   // the wire name; see kindOf()
    QUuid threadId; // null for notifications about no thread
    QUuid postId;   // the answer (or the question) it is about, if any
    qint64 actorId = 0;
    QString detail; // words the kind carries (none of the kinds above has any)
    QDateTime at;   // when it happened: also the thread's lastActivityAt at that moment
    bool read = false;

    friend bool operator==(const Notification &, const Notification &) = default;
};

NotificationKind kindOf(const Notification &notification);

// The user's own setting and read mark for a thread. The read mark is the thread's
// lastActivityAt when the user last read it: answers (and best answers, thanks) up to it are
// read. It only moves forward.
struct ThreadState
{
    QUuid threadId;
    std::optional<FollowLevel> level; // none: watching if asked or answered, else the category's
    QDateTime readUpTo;

    friend bool operator==(const ThreadState &, const ThreadState &) = default;
};

// The user's setting for a category (0: the whole board), when they last looked at it (threads
// created since are new) and up to when they marked it read.
struct CategoryState
{
    qint64 categoryId = 0;
    std::optional<FollowLevel> level; // never for the whole board
    QDateTime seenAt;
    QDateTime readUpTo;

    friend bool operator==(const CategoryState &, const CategoryState &) = default;
};

// PUT /api/v1/threads/{tid}/state: what to change; what is absent stays.
struct ThreadStateInput
{
    bool setLevel = false;
    std::optional<FollowLevel> level; // with setLevel: none goes back to the category's
    QDateTime readUpTo;               // null: unchanged

    friend bool operator==(const ThreadStateInput &, const ThreadStateInput &) = default;
};

// PUT /api/v1/categories/{cid}/state
struct CategoryStateInput
{
    bool setLevel = false;
    std::optional<FollowLevel> level;
    QDateTime seenAt;
    QDateTime readUpTo;

    friend bool operator==(const CategoryStateInput &, const CategoryStateInput &) = default;
};

} // namespace Soudan
