#pragma once

#include <QMainWindow>
#include <QUuid>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSettings;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace Soudan {

class CategoryTreeModel;
class MainActions;
class Store;
class Composer;
class ModerationWindow;
class OutboxPanel;
class PaneSplitter;
class SearchBox;
class SearchPane;
class SearchResultsModel;
class SyncController;
class SyncStatusWidget;
class ThreadDetailModel;
class ThreadListModel;
class ThreadListPane;
class ThreadView;
class WhatsNew;
class Writing;

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
    // Selects the first category without subcategories (at any level) that has threads, and its
    // first thread.
    void selectFirstThread();
    // Puts back the geometry, splitters, columns, sort order and selection of the last session.
    void restoreSession();

    QTreeView *categoryView() const { return m_categoryView; }
    CategoryTreeModel *categoryModel() const { return m_categoryModel; }
    QTreeView *threadListView() const;
    ThreadView *threadView() const { return m_threadView; }
    // Asks a question through the dialog (as File › Ask a Question does).
    void askQuestion();
    // Opens the moderation window (Tools › Moderation), for moderators; null for others.
    ModerationWindow *openModeration();
    QAction *moderationAction() const;
    QLineEdit *searchBox() const;
    // Opens a thread found by search, with the matching post in view.
    void openSearchHit(const QUuid &threadId, const QUuid &postId);
    // Opens a thread (from a notification, My activity, the desktop or a link) in its category's
    // list; false when it is not in the cache.
    bool openThread(const QUuid &threadId, const QUuid &postId);
    WhatsNew *whatsNew() const { return m_whatsNew; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPanes();
    void buildSearch();
    void buildStatusBar();
    void buildWhatsNew();
    void connectParts();
    void createActions();
    void retranslateUi();
    void saveSession();
    void onCategoryChanged(const QModelIndex &current);
    void onThreadChanged(const QModelIndex &current);
    void onQueryChanged();
    void updateStatus();
    void loadDemoBoard();
    void showAccount();
    void updateReader();
    void updateComposer();
    void updateOutboxStatus();
    void written();
    void showOutboxItem(const QUuid &id);
    void switchLanguage(const QString &code);
    void search(const QString &text);

    Store &m_store;
    QSettings &m_settings;
    CategoryTreeModel *m_categoryModel;
    ThreadListModel *m_threadListModel;
    ThreadDetailModel *m_detailModel;

    PaneSplitter *m_splitter;
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
    Writing *m_writing;
    qint64 m_reader = 0;

    SearchResultsModel *m_searchModel = nullptr;
    QStackedWidget *m_middle = nullptr;
    SearchPane *m_searchPane = nullptr;
    SearchBox *m_searchBox = nullptr;
    QToolBar *m_searchBar = nullptr;
    ModerationWindow *m_moderation = nullptr;
    MainActions *m_actions = nullptr;
    WhatsNew *m_whatsNew = nullptr;
};

} // namespace Soudan
