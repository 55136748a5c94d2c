#pragma once

#include "domain/tombstone.h"

#include <QTextBrowser>
#include <QUuid>

class QAbstractItemModel;

namespace Soudan {

class ThreadDetailModel;

// The detail pane: the thread's category path, status, counts and urgency, the question, the
// best answer with the asker's thanks, and every answer. Post text is shown as text.
class ThreadView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(ThreadDetailModel &model, QWidget *parent = nullptr);

    // What the reader does to their own post from its links.
    enum class OwnPostAction
    {
        Edit,
        Supplement,
        Close,
        Withdraw,
        History,  // also a moderator's, on anyone's edited post
        Appeal,   // of a moderator's hiding of the post
        Moderate, // a moderator's: the post in the moderation window
        Hide,     // a moderator's, through the moderation window
        Warn,     // likewise: warn the post's author
        Suspend,  // likewise: suspend the post's author
    };
    Q_ENUM(OwnPostAction)

    // Who reads: actions (choose the best answer, report, edit one's own) are offered by what
    // is theirs; a moderator also sees the history of edited posts.
    void setReader(qint64 userId, bool moderator = false);
    // Scrolls to a post of the shown thread (the question, or an answer).
    void showPost(const QUuid &postId);
    // The reader's notifications, the newest unread of which the home shows.
    void setNews(QAbstractItemModel *notifications);

Q_SIGNALS:
    void bestAnswerRequested(const QUuid &answerId);
    void reportRequested(Soudan::EntityKind kind, const QUuid &id, const QString &excerpt);
    void outboxRequested(const QUuid &itemId);
    void ownPostRequested(Soudan::ThreadView::OwnPostAction action, Soudan::EntityKind kind,
                          const QUuid &id);
    // A link in a post to one of the board's threads.
    void threadLinkRequested(const QUuid &threadId, const QUrl &url);
    // A notification on the home: its thread, at the post.
    void newsRequested(const QUuid &threadId, const QUuid &postId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString html() const;
    void openLink(const QUrl &url);

    ThreadDetailModel &m_model;
    QAbstractItemModel *m_news = nullptr;
    qint64 m_reader = 0;
    bool m_moderator = false;
};

} // namespace Soudan
