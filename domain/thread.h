#pragma once

#include <QDateTime>
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

    friend bool operator==(const Thread &, const Thread &) = default;
};

} // namespace Soudan
