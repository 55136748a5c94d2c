#pragma once

#include <QMainWindow>
#include <QUuid>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace Soudan {

class CategoryTreeModel;
class Store;
class Composer;
class ModerationWindow;
class OutboxPanel;
class SearchPane;
class SearchResultsModel;
class SyncController;
class SyncStatusWidget;
class ThreadDetailModel;
class ThreadListModel;
class ThreadListPane;
class ThreadView;

// The reader: category tree | thread list | thread detail, side by side in splitters.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The settings key of the language chosen in View › Language.
    static const QString LanguageKey;

    // settings holds the window's state; it lives in the profile folder. Without a sync
    // controller the window only reads the cache.
    MainWindow(Store &store, QSettings &settings, SyncController *sync = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void selectCategory(qint64 id);
    bool selectThread(const QUuid &id);
    // Selects the first subcategory that has threads, and its first thread.
    void selectFirstThread();
    // Puts back the geometry, splitters, columns, sort order and selection of the last session.
    void restoreSession();

    QTreeView *categoryView() const { return m_categoryView; }
    QTreeView *threadListView() const;
    ThreadView *threadView() const { return m_threadView; }
    ThreadListModel *threadListModel() const { return m_threadListModel; }
    Composer *composer() const { return m_composer; }
    OutboxPanel *outboxPanel() const { return m_outbox; }
    // Asks a question through the dialog (as File › Ask a Question does).
    void askQuestion();
    // Opens the moderation window (Tools › Moderation), for moderators; null for others.
    ModerationWindow *openModeration();
    QAction *moderationAction() const { return m_moderationAction; }
    QLineEdit *searchBox() const { return m_searchBox; }
    SearchPane *searchPane() const { return m_searchPane; }
    // Opens a thread found by search, with the matching post in view.
    void openSearchHit(const QUuid &threadId, const QUuid &postId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void saveSession();
    void onCategoryChanged(const QModelIndex &current);
    void onThreadChanged(const QModelIndex &current);
    void onQueryChanged();
    void applyListOptions();
    void updateStatus();
    void loadDemoBoard();
    void showAbout();
    void showAccount();
    void updateReader();
    void updateComposer();
    void updateOutboxStatus();
    void written();
    void onPosted(const QUuid &threadId, int mode, const QString &text);
    void chooseBestAnswer(const QUuid &answerId);
    void report(int kind, const QUuid &id, const QString &excerpt);
    void showOutboxItem(const QUuid &id);
    void switchLanguage(QAction *action);
    void search();

    Store &m_store;
    QSettings &m_settings;
    CategoryTreeModel *m_categoryModel;
    ThreadListModel *m_threadListModel;
    ThreadDetailModel *m_detailModel;

    QSplitter *m_splitter;
    QTreeView *m_categoryView;
    ThreadListPane *m_listPane;
    ThreadView *m_threadView;
    QLabel *m_countLabel;
    QLabel *m_connectionLabel;
    SyncController *m_sync;
    SyncStatusWidget *m_syncStatus = nullptr;
    Composer *m_composer;
    OutboxPanel *m_outbox;
    QLabel *m_outboxLabel;
    qint64 m_reader = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sortMenu = nullptr;
    QMenu *m_showMenu = nullptr;
    SearchResultsModel *m_searchModel = nullptr;
    QStackedWidget *m_middle = nullptr;
    SearchPane *m_searchPane = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_searchAction = nullptr;
    QToolBar *m_searchBar = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_moderationAction = nullptr;
    ModerationWindow *m_moderation = nullptr;
    QAction *m_loadDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_accountAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_workOfflineAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
    QActionGroup *m_sortGroup = nullptr;
    QActionGroup *m_statusGroup = nullptr;
    QAction *m_urgentAction = nullptr;
    QAction *m_unansweredAction = nullptr;
    QAction *m_askAction = nullptr;
    QAction *m_outboxAction = nullptr;
    QAction *m_faqWorkAction = nullptr;
    QAction *m_faqReportsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Soudan
