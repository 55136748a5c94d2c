#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Soudan {

// The values are also how both databases store a status.
enum class ThreadStatus
{
    Open = 0,     // 回答受付中
    Resolved = 1, // 解決済: a best answer was chosen
    Closed = 2,
};

inline ThreadStatus threadStatusFromInt(int value)
{
    return value == 1   ? ThreadStatus::Resolved
           : value == 2 ? ThreadStatus::Closed
                        : ThreadStatus::Open;
}

enum class Urgency
{
    Calm,   // 時間があるときに
    Urgent, // すぐ知りたい!
};

// The asker's thank-you comment (お礼コメント), written after choosing a best answer.
struct Thanks
{
    QString body;
    QDateTime at;

    friend bool operator==(const Thanks &, const Thanks &) = default;
};

// A dated supplement (補足) the asker appended to their question.
struct Supplement
{
    QUuid id;
    QString body;
    QDateTime at;

    friend bool operator==(const Supplement &, const Supplement &) = default;
};

struct Thread
{
    QUuid id;
    qint64 categoryId = 0;
    qint64 authorId = 0;
    QString title;
    QString body;
    QDateTime createdAt;
    QDateTime lastActivityAt;
    ThreadStatus status = ThreadStatus::Open;
    Urgency urgency = Urgency::Calm;
    qint64 viewCount = 0;
    int answerCount = 0;
    QUuid bestAnswerId; // null when no best answer was chosen
    std::optional<Thanks> thanks;
    qint64 version = 1;
    bool hidden = false;
    // Why a moderator hid it (a report reason's wire name): only its author and moderators get
    // a hidden post.
    QString hiddenReason;
    // The asker's own changes: the revision of the title and body (1 as first written), when
    // they were last edited (null if never), the supplements in time order, and whether the
    // question was withdrawn (its title and body are then empty: a tombstone).
    int revision = 1;
    QDateTime editedAt;
    QList<Supplement> supplements;
    bool withdrawn = false;

    friend bool operator==(const Thread &, const Thread &) = default;
};

} // namespace Soudan
