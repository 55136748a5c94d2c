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
    QString hiddenReason; // as for a question (domain/thread.h)
    // The author's own changes, as for a question (domain/thread.h).
    int revision = 1;
    QDateTime editedAt;
    bool withdrawn = false;

    friend bool operator==(const Answer &, const Answer &) = default;
};

} // namespace Soudan
