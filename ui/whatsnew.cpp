#include "ui/whatsnew.h"

#include "models/activitylabels.h"
#include "models/categorytreemodel.h"
#include "models/notificationmodel.h"
#include "models/threaddetailmodel.h"
#include "store/activitycache.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "ui/desktopnotifier.h"
#include "ui/followbar.h"
#include "ui/myactivitypanel.h"
#include "ui/notificationspanel.h"
#include "ui/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// More new notifications than this at once make one summary on the desktop instead.
constexpr int MaxSeparate = 3;

// Soudan's mark (相), with the unread count in a badge.
QIcon trayIcon(int unread)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x5f, 0xa8));
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);
    QFont font = p.font();
    font.setPixelSize(40);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(2, 2, 60, 60), Qt::AlignCenter, u"相"_s);
    if (unread > 0) {
        const QString text = unread > 99 ? u"99+"_s : QString::number(unread);
        const QRectF badge(24, 0, 40, 30);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawRoundedRect(badge, 14, 14);
        font.setPixelSize(text.size() > 2 ? 16 : 22);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
    }
    return QIcon(pixmap);
}

} // namespace

WhatsNew::WhatsNew(Store &store, QSettings &settings, QMainWindow *window,
                   CategoryTreeModel &categories, ThreadDetailModel &detail, SyncController *sync)
    : QObject(window)
    , m_store(store)
    , m_settings(settings)
    , m_window(window)
    , m_categories(categories)
    , m_detail(detail)
    , m_sync(sync)
    , m_model(new NotificationModel(store, this))
    , m_panel(new NotificationsPanel(*m_model, window))
    , m_myActivity(new MyActivityPanel(store, window))
    , m_threadFollow(new FollowBar(true))
    , m_categoryFollow(new FollowBar(false))
    , m_desktop(new DesktopNotifier(this))
    , m_notifyTimer(new QTimer(this))
    , m_notificationsAction(new QAction(this))
    , m_preferences(new QAction(this))
    , m_markCategoryRead(new QAction(this))
    , m_markAllRead(new QAction(this))
    , m_categoryMenu(new QMenu(window))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_myActivity);
    window->tabifyDockWidget(m_panel, m_myActivity);
    m_panel->hide();
    m_myActivity->hide();
    m_notifyTimer->setSingleShot(true);
    m_notifyTimer->setInterval(400);
    buildActions();
    connectParts();
    window->installEventFilter(this);
    retranslate();
    // What came before this start is in the panel; the desktop hears of what comes now.
    m_model->takeUnshown();
}

WhatsNew::~WhatsNew() = default;

QAction *WhatsNew::myActivityAction() const
{
    return m_myActivity->toggleViewAction();
}

void WhatsNew::buildActions()
{
    // The panel's own toggle takes its title; this one carries the count.
    m_notificationsAction->setObjectName(u"notificationsAction"_s);
    m_notificationsAction->setCheckable(true);
    connect(m_notificationsAction, &QAction::triggered, this, [this](bool show) {
        m_panel->setVisible(show);
        // The reading panes keep most of the width.
        if (show && !m_panel->isFloating() && m_panel->width() > m_window->width() / 3)
            m_window->resizeDocks({m_panel}, {m_window->width() / 4}, Qt::Horizontal);
        if (show) {
            m_panel->raise();
            m_panel->view()->setFocus();
        }
    });
    connect(m_panel->toggleViewAction(), &QAction::toggled, m_notificationsAction,
            &QAction::setChecked);
    m_notificationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    myActivityAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    const QKeySequence preferences(QKeySequence::Preferences);
    m_preferences->setShortcut(preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                     : preferences);
    m_markCategoryRead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction *a : m_categoryFollow->menu()->actions())
        m_categoryMenu->addAction(a);
    m_categoryMenu->addSeparator();
    m_categoryMenu->addActions({m_markCategoryRead, m_markAllRead});
}

void WhatsNew::connectParts()
{
    connect(m_model, &NotificationModel::unreadCountChanged, this, &WhatsNew::updateCount);
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.activity || change.everything)
            m_notifyTimer->start();
    });
    connect(m_notifyTimer, &QTimer::timeout, this, &WhatsNew::notifyDesktop);
    connect(m_panel, &NotificationsPanel::openRequested, this, &WhatsNew::openRequested);
    connect(m_panel, &NotificationsPanel::markReadRequested, this, [this](qint64 id) {
        if (m_store.activity().markNotificationRead(id))
            Q_EMIT written();
    });
    connect(m_panel, &NotificationsPanel::markAllReadRequested, m_markAllRead, &QAction::trigger);
    connect(m_myActivity, &MyActivityPanel::openRequested, this, &WhatsNew::openRequested);
    connect(m_desktop, &DesktopNotifier::openRequested, this,
            [this](const QUuid &thread, const QUuid &post) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
                Q_EMIT openRequested(thread, post);
            });

    connect(&m_detail, &ThreadDetailModel::threadChanged, this, [this] {
        updateThreadFollow();
        markShownThreadRead();
    });
    connect(&m_detail, &ThreadDetailModel::followChanged, this, &WhatsNew::updateThreadFollow);
    connect(m_threadFollow, &FollowBar::levelChosen, this,
            [this](std::optional<FollowLevel> level) {
                if (m_store.activity().setThreadLevel(m_detail.threadId(), level))
                    Q_EMIT written();
            });
    connect(m_categoryFollow, &FollowBar::levelChosen, this,
            [this](std::optional<FollowLevel> level) {
                if (m_category != 0 && m_store.activity().setCategoryLevel(m_category, level)) {
                    updateCategoryFollow();
                    Q_EMIT written();
                }
            });
    connect(&m_categories, &QAbstractItemModel::dataChanged, this, &WhatsNew::updateCategoryFollow);
    connect(&m_categories, &QAbstractItemModel::modelReset, this, &WhatsNew::updateCategoryFollow);
    connect(m_markCategoryRead, &QAction::triggered, this, [this] {
        if (m_category != 0 && m_store.activity().markCategoryRead(m_category))
            Q_EMIT written();
    });
    connect(m_markAllRead, &QAction::triggered, this, [this] {
        if (m_store.activity().markCategoryRead(0))
            Q_EMIT written();
    });
    connect(m_preferences, &QAction::triggered, this, &WhatsNew::showPreferences);
}

void WhatsNew::retranslate()
{
    updateCount(m_model->unreadCount());
    m_preferences->setText(tr("&Preferences…"));
    m_markCategoryRead->setText(tr("Mark Category as &Read"));
    m_markCategoryRead->setStatusTip(
        tr("Nothing in this category is new or unread any more, on all your devices"));
    m_markAllRead->setText(tr("Mark &Everything as Read"));
    m_markAllRead->setStatusTip(tr("Nothing on the board is new or unread any more"));
    if (m_trayOpen)
        m_trayOpen->setText(tr("&Open Soudan"));
}

void WhatsNew::updateCount(int unread)
{
    //: Toolbar button and View menu item that shows the Notifications panel.
    m_notificationsAction->setText(unread > 0 ? tr("&Notifications (%1)").arg(unread)
                                              : tr("&Notifications"));
    m_notificationsAction->setToolTip(unread > 0 ? tr("%n unread notification(s)", "", unread)
                                                 : tr("No unread notifications"));
    updateTray();
}

void WhatsNew::attachCategoryView(QTreeView *view)
{
    m_categoryView = view;
    view->setColumnHidden(CategoryTreeModel::UnreadColumn, m_reader == 0);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        const QModelIndex index = view->indexAt(at);
        if (m_categories.categoryId(index) == 0)
            return;
        view->setCurrentIndex(index);
        m_categoryMenu->popup(view->viewport()->mapToGlobal(at));
    });
}

void WhatsNew::setReader(qint64 reader)
{
    m_reader = reader;
    m_threadFollow->setSignedIn(reader != 0);
    m_categoryFollow->setSignedIn(reader != 0);
    m_markCategoryRead->setEnabled(reader != 0);
    m_markAllRead->setEnabled(reader != 0);
    // Signed out, nothing is unread: the tree keeps its room for the names.
    if (m_categoryView)
        m_categoryView->setColumnHidden(CategoryTreeModel::UnreadColumn, reader == 0);
    updateThreadFollow();
    updateCategoryFollow();
}

void WhatsNew::setCurrentCategory(qint64 categoryId)
{
    if (categoryId == m_category)
        return;
    // Leaving a category: the threads it showed are no longer new.
    if (m_category != 0 && m_reader != 0)
        m_store.activity().lookedAtCategory(m_category);
    m_category = categoryId;
    updateCategoryFollow();
}

void WhatsNew::updateThreadFollow()
{
    // Levels are the signed-in user's: signed out, the bar would only take room.
    const bool shown = m_detail.detail().has_value() && m_reader != 0;
    m_threadFollow->setVisible(shown);
    if (!shown)
        return;
    const FollowState &state = m_detail.follow();
    m_threadFollow->setState(state, m_categories.name(state.levelFrom));
}

void WhatsNew::updateCategoryFollow()
{
    m_categoryFollow->setVisible(m_category != 0 && m_reader != 0);
    if (m_category == 0)
        return;
    const FollowState state = m_categories.follow(m_categories.indexOfCategory(m_category));
    m_categoryFollow->setState(state, m_categories.name(state.levelFrom));
    m_markCategoryRead->setEnabled(m_reader != 0);
}

bool WhatsNew::windowActive() const
{
    return m_window->isVisible() && !m_window->isMinimized() &&
           (m_window->isActiveWindow() || QApplication::activeWindow() == nullptr);
}

void WhatsNew::markShownThreadRead()
{
    const std::optional<ThreadDetail> &detail = m_detail.detail();
    if (!detail || m_reader == 0 || !windowActive())
        return;
    // Only a new read mark is worth a sync: the thread is shown again on every change to it.
    bool queued = false;
    if (m_store.activity().markThreadRead(detail->thread.id, &queued) && queued)
        Q_EMIT written();
}

bool WhatsNew::eventFilter(QObject *watched, QEvent *event)
{
    // Back to the window: the thread it shows has been read now.
    if (watched == m_window &&
        (event->type() == QEvent::ActivationChange || event->type() == QEvent::WindowStateChange))
        QTimer::singleShot(0, this, &WhatsNew::markShownThreadRead);
    else if (watched == m_window && event->type() == QEvent::Close && m_category != 0 &&
             m_reader != 0)
        m_store.activity().lookedAtCategory(m_category);
    return QObject::eventFilter(watched, event);
}

void WhatsNew::notifyDesktop()
{
    QList<NotificationView> fresh = m_model->takeUnshown();
    const QUuid reading = windowActive() ? m_detail.threadId() : QUuid();
    fresh.removeIf([&](const NotificationView &n) {
        return n.notification.threadId == reading ||
               !PreferencesDialog::desktopWanted(m_settings, kindOf(n.notification));
    });
    if (fresh.isEmpty())
        return;
    if (fresh.size() > MaxSeparate) {
        //: Desktop notification when many arrive at once.
        m_desktop->show(tr("Soudan: %n new notification(s)", "", int(fresh.size())),
                        ActivityLabels::what(fresh.first()) + u" — "_s +
                            ActivityLabels::where(fresh.first()),
                        {}, {});
        return;
    }
    for (const NotificationView &n : std::as_const(fresh)) {
        m_desktop->show(ActivityLabels::what(n), ActivityLabels::where(n), n.notification.threadId,
                        n.notification.postId);
    }
}

void WhatsNew::updateTray()
{
    const bool wanted =
        PreferencesDialog::trayWanted(m_settings) && QSystemTrayIcon::isSystemTrayAvailable();
    if (!wanted) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_trayMenu = new QMenu(m_window);
        m_trayOpen = m_trayMenu->addAction(tr("&Open Soudan"));
        auto raise = [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        };
        connect(m_trayOpen, &QAction::triggered, this, raise);
        m_trayMenu->addAction(m_notificationsAction);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [raise](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        raise();
                });
    }
    const int unread = m_model->unreadCount();
    m_tray->setIcon(trayIcon(unread));
    m_tray->setToolTip(unread > 0 ? tr("Soudan — %n unread notification(s)", "", unread)
                                  : tr("Soudan"));
    m_tray->show();
}

void WhatsNew::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_sync, m_window);
    if (dialog.exec() == QDialog::Accepted)
        updateTray();
}

} // namespace Soudan
