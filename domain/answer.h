#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Soudan {

struct Answer
{
    QUuid id;
    QUuid threadId;
    qint64 authorId = 0;
    QString body;
    QDateTime createdAt;
    qint64 version = 1;
    bool hidden = false;

    friend bool operator==(const Answer &, const Answer &) = default;
};

} // namespace Soudan
