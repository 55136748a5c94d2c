#pragma once

#include "store/storetypes.h"
#include "ui/threadview.h"

#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

class QWidget;

namespace Soudan {

class CategoryTreeModel;
class ModerationWindow;
class Store;
class ThreadDetailModel;
class SyncController;

// The user's writing from the main window, each ending in the outbox: the question dialog,
// what the composer posts, the best answer after a confirmation, the report dialog. A write the
// cache could not take is said in a message box.
class Writing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Writing)

public:
    Writing(Store &store, const CategoryTreeModel &categories, QWidget *window);

    // The new question's thread, when one was asked; signed out (reader 0), how to sign in.
    std::optional<ThreadSummary> ask(qint64 reader);
    bool post(const QUuid &threadId, bool thanks, const QString &text);
    bool chooseBestAnswer(const ThreadDetail &detail, const QUuid &answerId);
    bool report(EntityKind kind, const QUuid &id, const QString &excerpt);
    // The user's own posts: an edit in the question dialog or a text editor, a supplement (補足),
    // a withdrawal or a closing after a confirmation.
    bool editQuestion(const ThreadDetail &detail);
    bool editAnswer(const ThreadDetail &detail, const QUuid &answerId);
    bool supplement(const ThreadDetail &detail);
    bool withdraw(const ThreadDetail &detail, EntityKind kind, const QUuid &id);
    bool close(const ThreadDetail &detail);
    // One of the above from a link of the thread view; History shows the post's revisions
    // (asked of the server through sync, which may be null: then nothing to ask).
    void ownPost(const ThreadDetail &detail, ThreadView::OwnPostAction action, EntityKind kind,
                 const QUuid &id, SyncController *sync);
    // Does what the thread view's links ask (the best answer, one's own posts) on the thread
    // the model shows.
    // openModeration opens the moderation window (none for a member): a moderator's links act
    // on a post's item there; without an item, the moderator reports the post.
    void attach(ThreadView *view, const ThreadDetailModel &model, SyncController *sync,
                std::function<ModerationWindow *()> openModeration);

    // A plain text editor in a dialog: the text, or nothing when cancelled or left empty.
    static std::optional<QString> editText(QWidget *parent, const QString &title,
                                           const QString &text, const QString &hint = {});

Q_SIGNALS:
    // Something went into the outbox: a sync should send it.
    void written();

private:
    // Saves an own-post item (item is what BoardWrites returned), or says why it could not be.
    bool saved(const std::optional<QUuid> &item, const QString &title);
    // In the window's status bar, for a few seconds.
    void showMessage(const QString &message);

    Store &m_store;
    std::function<ModerationWindow *()> m_openModeration;
    const CategoryTreeModel &m_categories;
    QWidget *m_window;
};

} // namespace Soudan
