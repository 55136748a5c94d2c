#pragma once

#include <QObject>
#include <QUuid>

class QAction;
class QMainWindow;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QTimer;
class QTreeView;

namespace Soudan {

class CategoryTreeModel;
class DesktopNotifier;
class FollowBar;
class MyActivityPanel;
class NotificationModel;
class NotificationsPanel;
class Store;
class SyncController;
class ThreadDetailModel;

// What is new for the user, in the main window and on the desktop: the Notifications and My
// activity panels, the count in the toolbar and the tray, the Follow controls of the thread and
// the category, desktop notifications for the kinds chosen in Preferences, and the read marks:
// a thread shown while the window is active is read, whichever way it was opened.
class WhatsNew final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatsNew)

public:
    WhatsNew(Store &store, QSettings &settings, QMainWindow *window, CategoryTreeModel &categories,
             ThreadDetailModel &detail, SyncController *sync);
    ~WhatsNew() override;

    NotificationModel *notifications() const { return m_model; }
    NotificationsPanel *notificationsPanel() const { return m_panel; }
    MyActivityPanel *myActivity() const { return m_myActivity; }
    FollowBar *threadFollowBar() const { return m_threadFollow; }
    FollowBar *categoryFollowBar() const { return m_categoryFollow; }
    DesktopNotifier *desktop() const { return m_desktop; }
    QSystemTrayIcon *tray() const { return m_tray; }
    // Shows or hides the Notifications panel; its text carries the unread count.
    QAction *notificationsAction() const { return m_notificationsAction; }
    QAction *myActivityAction() const;
    QAction *preferencesAction() const { return m_preferences; }
    QAction *markCategoryReadAction() const { return m_markCategoryRead; }
    QAction *markAllReadAction() const { return m_markAllRead; }
    // The category's levels and marks, for the category tree's context menu.
    QMenu *categoryMenu() const { return m_categoryMenu; }

    // The category tree: its context menu has the category's levels and marks.
    void attachCategoryView(QTreeView *view);
    // The signed-in user (0: nobody): follow levels and read marks are theirs.
    void setReader(qint64 reader);
    void setCurrentCategory(qint64 categoryId);
    void showPreferences();
    void retranslate();

Q_SIGNALS:
    void openRequested(const QUuid &threadId, const QUuid &postId);
    // Something was written to the outbox: time to sync.
    void written();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void connectParts();
    void updateCount(int unread);
    void updateThreadFollow();
    void updateCategoryFollow();
    void updateTray();
    void markShownThreadRead();
    void notifyDesktop();
    bool windowActive() const;

    Store &m_store;
    QSettings &m_settings;
    QMainWindow *m_window;
    CategoryTreeModel &m_categories;
    ThreadDetailModel &m_detail;
    SyncController *m_sync;
    NotificationModel *m_model;
    NotificationsPanel *m_panel;
    MyActivityPanel *m_myActivity;
    FollowBar *m_threadFollow;
    FollowBar *m_categoryFollow;
    DesktopNotifier *m_desktop;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QAction *m_trayOpen = nullptr;
    QTimer *m_notifyTimer;
    QAction *m_notificationsAction;
    QAction *m_preferences;
    QAction *m_markCategoryRead;
    QAction *m_markAllRead;
    QMenu *m_categoryMenu;
    QTreeView *m_categoryView = nullptr;
    qint64 m_reader = 0;
    qint64 m_category = 0;
};

} // namespace Soudan
