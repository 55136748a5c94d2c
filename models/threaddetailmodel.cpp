#include "models/threaddetailmodel.h"

#include "models/labels.h"
#include "models/retranslation.h"
#include "store/activitycache.h"
#include "store/boardreads.h"
#include "store/store.h"
#include "store/syncwriter.h"

using namespace Qt::StringLiterals;

namespace Soudan {

ThreadDetailModel::ThreadDetailModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    followLanguage(this);
    connect(&m_store, &Store::changed, this, &ThreadDetailModel::onStoreChanged);
}

void ThreadDetailModel::setThread(const QUuid &id)
{
    m_threadId = id;
    load();
}

void ThreadDetailModel::onStoreChanged(const StoreChange &change)
{
    if (m_threadId.isNull())
        return;
    if (change.everything || change.threadIds.contains(m_threadId)) {
        load();
    } else if (change.activity || change.categories) {
        // A category's level may have changed what the thread's says.
        const FollowState follow = m_store.activity().threadFollow(m_threadId);
        if (follow != m_follow) {
            m_follow = follow;
            Q_EMIT followChanged();
        }
    }
}

void ThreadDetailModel::load()
{
    beginResetModel();
    m_posts.clear();
    m_detail = m_threadId.isNull() ? std::nullopt : m_store.reads().threadDetail(m_threadId);
    // A hidden thread is gone, but for its author (the server sends it to them with the reason).
    if (m_detail && m_detail->thread.hidden) {
        const std::optional<User> me = m_store.sync().me();
        if (!me || me->id != m_detail->thread.authorId)
            m_detail.reset();
    }
    const FollowState follow =
        m_detail ? m_store.activity().threadFollow(m_threadId) : FollowState();
    const bool followChanged = follow != m_follow;
    m_follow = follow;
    if (m_detail) {
        const Thread &t = m_detail->thread;
        Post question{PostKind::Question, t.id,  m_detail->authorName, t.body,
                      t.createdAt,        false, m_detail->local,      t.authorId};
        question.edited = t.editedAt;
        question.withdrawn = t.withdrawn;
        question.editWaiting = m_detail->editWaiting;
        question.hidden = t.hidden;
        question.hiddenReason = t.hiddenReason;
        m_posts.append(question);
        for (const Supplement &s : t.supplements) {
            m_posts.append({PostKind::Supplement, s.id, m_detail->authorName, s.body, s.at, false,
                            m_detail->supplementsWaiting.contains(s.id) ? LocalState::Waiting
                                                                        : LocalState::Synced,
                            t.authorId});
        }
        const AnswerView *best = nullptr;
        for (const AnswerView &a : std::as_const(m_detail->answers)) {
            if (!t.bestAnswerId.isNull() && a.answer.id == t.bestAnswerId)
                best = &a;
        }
        if (best) {
            m_posts.append({PostKind::BestAnswer, best->answer.id, best->authorName,
                            best->answer.body, best->answer.createdAt, true,
                            m_detail->bestAnswerWaiting ? LocalState::Waiting : LocalState::Synced,
                            best->answer.authorId});
        }
        if (t.thanks) {
            m_posts.append(
                {PostKind::Thanks, t.id, m_detail->authorName, t.thanks->body, t.thanks->at, false,
                 m_detail->thanksWaiting ? LocalState::Waiting : LocalState::Synced, t.authorId});
        }
        for (const AnswerView &a : std::as_const(m_detail->answers)) {
            Post answer{PostKind::Answer,   a.answer.id, a.authorName, a.answer.body,
                        a.answer.createdAt, best == &a,  a.local,      a.answer.authorId};
            answer.edited = a.answer.editedAt;
            answer.withdrawn = a.answer.withdrawn;
            answer.editWaiting = a.editWaiting;
            answer.hidden = a.answer.hidden;
            answer.hiddenReason = a.answer.hiddenReason;
            m_posts.append(answer);
        }
        for (Post &p : m_posts) {
            p.reported = p.kind != PostKind::Thanks && p.kind != PostKind::Supplement &&
                         m_detail->reportedHere.contains(p.id);
            p.appealed = p.hidden && m_detail->appealedHere.contains(p.id);
        }
    }
    endResetModel();
    Q_EMIT threadChanged();
    if (followChanged)
        Q_EMIT this->followChanged();
}

int ThreadDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant ThreadDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &p = m_posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return p.body;
    case KindRole:
        return QVariant::fromValue(p.kind);
    case PostIdRole:
        return p.id;
    case AuthorRole:
        return p.author;
    case CreatedRole:
        return p.created;
    case CreatedTextRole:
        return Labels::dateTime(p.created);
    case IsBestRole:
        return p.best;
    case LocalStateRole:
        return int(p.local);
    case AuthorIdRole:
        return p.authorId;
    case ReportedRole:
        return p.reported;
    case EditedRole:
        return p.edited;
    case WithdrawnRole:
        return p.withdrawn;
    case EditWaitingRole:
        return p.editWaiting;
    case HiddenRole:
        return p.hidden;
    }
    return {};
}

QHash<int, QByteArray> ThreadDetailModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PostIdRole, "postId");
    names.insert(AuthorRole, "author");
    names.insert(BodyRole, "body");
    names.insert(CreatedRole, "created");
    names.insert(CreatedTextRole, "createdText");
    names.insert(IsBestRole, "isBest");
    names.insert(LocalStateRole, "localState");
    names.insert(AuthorIdRole, "authorId");
    names.insert(ReportedRole, "reported");
    names.insert(EditedRole, "edited");
    names.insert(WithdrawnRole, "withdrawn");
    names.insert(EditWaitingRole, "editWaiting");
    names.insert(HiddenRole, "hidden");
    return names;
}

} // namespace Soudan
