#pragma once

#include "domain/answer.h"
#include "domain/category.h"
#include "domain/thread.h"
#include "domain/tombstone.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QUuid>

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

    friend bool operator==(const CategoryCounts &, const CategoryCounts &) = default;
};

struct AnswerView
{
    Answer answer;
    QString authorName;
};

// A thread as the detail pane shows it: the question, where it sits, and its visible answers
// in time order.
struct ThreadDetail
{
    Thread thread;
    QString authorName;
    QList<Category> categoryPath; // from the side down to the thread's category
    QList<AnswerView> answers;
};

// What an ingest touched, so that models refresh only what they show.
struct StoreChange
{
    bool categories = false;
    QSet<qint64> categoryIds; // categories whose threads changed
    QSet<QUuid> threadIds;    // threads changed themselves or in their answers
    bool everything = false;  // too much to list: refresh whatever is shown

    bool isEmpty() const
    {
        return !categories && !everything && categoryIds.isEmpty() && threadIds.isEmpty();
    }
};

struct CacheTotals
{
    qint64 categories = 0;
    qint64 users = 0;
    qint64 threads = 0; // visible ones
    qint64 answers = 0;
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
