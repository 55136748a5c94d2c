#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace Soudan {

enum class ThreadStatus
{
    Open,     // 回答受付中
    Resolved, // 解決済: a best answer was chosen
    Closed,
};

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
