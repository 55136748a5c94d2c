#pragma once

#include "store/storetypes.h"

#include <QAbstractListModel>

#include <optional>

namespace Soudan {

class Store;

// One thread as the detail pane reads it, post by post: the question and its supplements (補足),
// then the best answer (ベストアンサー) with the asker's thanks (お礼コメント) under it, then
// every answer in time order.
class ThreadDetailModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadDetailModel)

public:
    enum class PostKind
    {
        Question,
        BestAnswer,
        Thanks,
        Answer,
        Supplement, // the asker's 補足, after the question
    };
    Q_ENUM(PostKind)

    enum Role
    {
        KindRole = Qt::UserRole + 1, // PostKind
        PostIdRole,                  // QUuid of the thread or answer
        AuthorRole,
        BodyRole,
        CreatedRole, // QDateTime, UTC
        CreatedTextRole,
        IsBestRole,     // on an answer: it is the best answer
        LocalStateRole, // int(LocalState): written here and not sent yet, or refused
        AuthorIdRole,
        ReportedRole,    // bool: the user reported it
        EditedRole,      // QDateTime, UTC: when its author last edited it; null if never
        WithdrawnRole,   // bool: its author withdrew it (a tombstone)
        EditWaitingRole, // bool: the user's edit or withdrawal of it is not on the server yet
        HiddenRole,      // bool: a moderator hid the user's own post (shown to them alone)
    };

    struct Post
    {
        PostKind kind = PostKind::Question;
        QUuid id;
        QString author;
        QString body;
        QDateTime created;
        bool best = false;
        LocalState local = LocalState::Synced;
        qint64 authorId = 0;
        bool reported = false; // the user reported it (報告済み)
        QDateTime edited;
        bool withdrawn = false;
        bool editWaiting = false;
        // The user's own post a moderator hid (others no longer see it), why, and whether
        // they appealed it from here.
        bool hidden = false;
        QString hiddenReason;
        bool appealed = false;
    };

    explicit ThreadDetailModel(Store &store, QObject *parent = nullptr);

    // Shows the thread with this id; a null or unknown id empties the model.
    void setThread(const QUuid &id);
    QUuid threadId() const { return m_threadId; }
    // The thread's header: title, category path, status and counts. Empty when none is shown.
    const std::optional<ThreadDetail> &detail() const { return m_detail; }
    // Its posts in the order the rows give them.
    const QList<Post> &posts() const { return m_posts; }
    // How closely the user follows it, and why.
    const FollowState &follow() const { return m_follow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The thread shown, or its content, changed.
    void threadChanged();
    void followChanged();

private:
    void load();
    void onStoreChanged(const StoreChange &change);

    Store &m_store;
    QUuid m_threadId;
    std::optional<ThreadDetail> m_detail;
    QList<Post> m_posts;
    FollowState m_follow;
};

} // namespace Soudan
