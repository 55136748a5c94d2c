#include "ui/threadview.h"

#include "models/notificationmodel.h"
#include "models/threaddetailmodel.h"
#include "ui/colors.h"
#include "ui/faqdialog.h"
#include "ui/posthtml.h"
#include "ui/threadhtml.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHash>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// The action of a link to one of the reader's own posts ("soudan:edit/answer/ID").
std::optional<ThreadView::OwnPostAction> ownPostAction(const QString &name)
{
    using Action = ThreadView::OwnPostAction;
    static const QHash<QString, Action> actions = {
        {u"edit"_s, Action::Edit},         {u"supplement"_s, Action::Supplement},
        {u"close"_s, Action::Close},       {u"withdraw"_s, Action::Withdraw},
        {u"history"_s, Action::History},   {u"appeal"_s, Action::Appeal},
        {u"moderate"_s, Action::Moderate}, {u"hide"_s, Action::Hide},
        {u"warn"_s, Action::Warn},         {u"suspend"_s, Action::Suspend}};
    const auto it = actions.constFind(name);
    return it == actions.constEnd() ? std::nullopt : std::optional(*it);
}

} // namespace

ThreadView::ThreadView(ThreadDetailModel &model, QWidget *parent)
    : QTextBrowser(parent)
    , m_model(model)
{
    setObjectName(u"threadView"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    // Tab goes from link to link (a post's actions among them), then on to the next pane.
    setTabChangesFocus(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &ThreadView::openLink);
    connect(&m_model, &ThreadDetailModel::threadChanged, this, &ThreadView::render);
    render();
    setAccessibleName(tr("Question and answers"));
}

void ThreadView::setReader(qint64 userId, bool moderator)
{
    m_reader = userId;
    m_moderator = moderator;
    render();
}

void ThreadView::setNews(QAbstractItemModel *notifications)
{
    m_news = notifications;
    auto changed = [this] {
        if (!m_model.detail())
            render();
    };
    connect(m_news, &QAbstractItemModel::modelReset, this, changed);
    connect(m_news, &QAbstractItemModel::layoutChanged, this, changed);
    connect(m_news, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_news, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_news, &QAbstractItemModel::dataChanged, this, changed);
    changed();
}

void ThreadView::openLink(const QUrl &url)
{
    // soudan: links are the view's own actions; post text never makes them (PostHtml links
    // only http and https).
    if (FaqDialog::openLink(url.toString(), this))
        return;
    if (url.scheme() == u"soudan"_s) {
        const QStringList parts = url.path().split(u'/');
        const QUuid id = QUuid::fromString(parts.value(parts.size() - 1));
        if (parts.value(0) == u"open"_s)
            Q_EMIT newsRequested(QUuid::fromString(parts.value(1)), id);
        else if (parts.value(0) == u"best"_s)
            Q_EMIT bestAnswerRequested(id);
        else if (parts.value(0) == u"outbox"_s)
            Q_EMIT outboxRequested(id);
        else if (const auto action = ownPostAction(parts.value(0)))
            Q_EMIT ownPostRequested(
                *action, parts.value(1) == u"answer"_s ? EntityKind::Answer : EntityKind::Thread,
                id);
        else if (parts.value(0) == u"report"_s) {
            for (int row = 0; row < m_model.rowCount(); ++row) {
                const QModelIndex i = m_model.index(row);
                if (i.data(ThreadDetailModel::PostIdRole).toUuid() == id) {
                    Q_EMIT reportRequested(parts.value(1) == u"thread"_s ? EntityKind::Thread
                                                                         : EntityKind::Answer,
                                           id, i.data(ThreadDetailModel::BodyRole).toString());
                    break;
                }
            }
        }
        return;
    }
    if (const QUuid thread = PostHtml::threadOfLink(url); !thread.isNull())
        Q_EMIT threadLinkRequested(thread, url);
    else if (PostHtml::isOpenableLink(url))
        QDesktopServices::openUrl(url);
}

void ThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    if (event->type() == QEvent::LanguageChange)
        //: Name of the pane that shows the question and its answers, for screen readers.
        setAccessibleName(tr("Question and answers"));
    QTextBrowser::changeEvent(event);
}

void ThreadView::render()
{
    const QUuid shown = m_model.threadId();
    const bool sameThread = property("soudanRendered").toUuid() == shown;
    const int scroll = verticalScrollBar()->value();
    setHtml(html());
    setProperty("soudanRendered", shown);
    if (sameThread)
        verticalScrollBar()->setValue(scroll);
    viewport()->update();
}

QString ThreadView::html() const
{
    const std::optional<ThreadDetail> &detail = m_model.detail();
    if (!detail) {
        // The newest unread notifications, as the Notifications panel lists them.
        QList<ThreadHtml::News> news;
        int unread = 0;
        for (int row = 0; m_news && row < m_news->rowCount(); ++row) {
            const QModelIndex what = m_news->index(row, NotificationModel::WhatColumn);
            if (!what.data(NotificationModel::UnreadRole).toBool())
                continue;
            ++unread;
            if (news.size() < 5) {
                news.append({what.data().toString(),
                             what.siblingAtColumn(NotificationModel::WhereColumn).data().toString(),
                             what.siblingAtColumn(NotificationModel::WhenColumn).data().toString(),
                             what.data(NotificationModel::ThreadIdRole).toUuid(),
                             what.data(NotificationModel::PostIdRole).toUuid()});
            }
        }
        return ThreadHtml::home(Colors(palette()), news, unread);
    }
    return ThreadHtml::render(*detail, m_model.posts(), m_reader, Colors(palette()), m_moderator);
}

void ThreadView::showPost(const QUuid &postId)
{
    const std::optional<ThreadDetail> &detail = m_model.detail();
    if (!detail || postId.isNull() || postId == detail->thread.id) {
        verticalScrollBar()->setValue(0);
        return;
    }
    scrollToAnchor(ThreadHtml::anchor(postId));
}

} // namespace Soudan
