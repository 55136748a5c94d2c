#pragma once

#include "models/threaddetailmodel.h"
#include "ui/colors.h"

#include <QCoreApplication>
#include <QString>

namespace Soudan {

// A thread as the thread view shows it, as HTML: where it is, its title and facts, the question,
// the best answer with the thanks, then every answer, each with what the reader may do with it
// (choose it as the best answer, report it, open it in the outbox). Pure: everything it shows
// comes in, and every text from a post or a user is escaped (PostHtml).
class ThreadHtml final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::ThreadHtml)

public:
    // reader is the signed-in user's id, 0 for nobody; a moderator also sees the history of
    // others' edited posts. The author's own posts offer their edit, supplement (補足), closing
    // and withdrawal, as the board's rules allow.
    static QString render(const ThreadDetail &detail, const QList<ThreadDetailModel::Post> &posts,
                          qint64 reader, const Colors &colors, bool moderator = false);
    // The anchor name of a post, for scrolling to it.
    static QString anchor(const QUuid &postId);
    // One unread notification on the home: what happened, where, when; its link opens the
    // thread at the post.
    struct News
    {
        QString what, where, when;
        QUuid threadId, postId;
    };
    // The board's home, while no thread is chosen: what is new for the reader (the newest of
    // unread notifications, out of unread in all), what the board is for, its rules in a
    // sentence, the FAQ pages and how to start.
    static QString home(const Colors &colors, const QList<News> &news = {}, int unread = 0);
};

} // namespace Soudan
