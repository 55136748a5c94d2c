#pragma once

#include "store/storetypes.h"

#include <QMainWindow>
#include <QUuid>

#include <optional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLayout;
class QMenu;
class QPushButton;
class QSettings;
class QSplitter;
class QTextBrowser;
class QToolBar;
class QTreeView;

namespace Soudan {

class CategoryTreeModel;
class ReportQueueModel;
class Store;

// The moderators' window: the queue of reported posts (most urgent first), the selected one in
// its thread with its reports, the author's history and the audit timeline, and one key per
// decision. Actions go through the outbox, so triage works offline too; an action the server
// refused because another moderator acted first shows in a banner with what changed.
class ModerationWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationWindow)

public:
    // Actions go through store's moderation part; the category filter offers categories.
    ModerationWindow(Store &store, const CategoryTreeModel &categories, QSettings &settings,
                     QWidget *parent = nullptr);
    ~ModerationWindow() override;

    QTreeView *queueView() const { return m_queue; }
    ReportQueueModel *queueModel() const { return m_model; }
    QTextBrowser *detailView() const { return m_detail; }
    QFrame *conflictBanner() const { return m_banner; }
    QComboBox *statusFilter() const { return m_status; }
    // The item shown in the detail pane.
    QUuid currentItem() const;
    bool selectItem(const QUuid &id);
    // From the main window's thread view: selects the post's item and does the action on it
    // (Hide, Warn; Suspend: restrictAuthor() asks how). False when the post has no item.
    bool actOnPost(const QUuid &postId, std::optional<ModerationAction> action, bool suspend);

Q_SIGNALS:
    // Something was queued for the server: a sync should send it.
    void syncRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QLayout *buildFilterBar();
    QWidget *buildBanner();
    QWidget *buildPanes();
    void connectModel();
    void createActions();
    void retranslateUi();
    void fillFilters();
    void applyFilters();
    void updateCounts();
    void updateDetail();
    void updateActions();
    // The filter bar's choices as the settings keep them: name, box, and the first time's.
    struct FilterChoice
    {
        QString name;
        QComboBox *combo;
        QVariant fallback;
    };
    QList<FilterChoice> filterChoices() const;
    void restoreSession();
    void saveSession();
    QList<QUuid> selectedItems() const;
    // Does action on every selected item it applies to, then moves on to the next item.
    void act(ModerationAction action, const QString &reason = {});
    // The text of a warning or a note, asked in a dialog (moderationtextdialog.cpp); nothing
    // when cancelled or left empty.
    std::optional<QString> askText(ModerationAction action);
    // The canned warnings the Warn dialog offers: the moderator's list, else the board's.
    QStringList cannedWarnings() const;
    // Suspends the selected post's author, makes them read-only or lifts that, after asking
    // how and why (ui/restrictdialog.cpp).
    void restrictAuthor();
    void applyAgain();
    void dropRefused();
    void moveBy(int rows);

    Store &m_store;
    const CategoryTreeModel &m_categories;
    QSettings &m_settings;
    ReportQueueModel *m_model;
    QComboBox *m_status;
    QComboBox *m_reason;
    QComboBox *m_category;
    QComboBox *m_age;
    QComboBox *m_sort;
    QLabel *m_statusLabel;
    QLabel *m_reasonLabel;
    QLabel *m_categoryLabel;
    QLabel *m_ageLabel;
    QLabel *m_sortLabel;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_applyAgain;
    QPushButton *m_drop;
    QSplitter *m_splitter;
    QTreeView *m_queue;
    QTextBrowser *m_detail;
    QLabel *m_selectionLabel;

    QAction *m_claimAction = nullptr;
    QAction *m_hideAction = nullptr;
    QAction *m_dismissAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_handledAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_warnAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_restrictAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_closeAction = nullptr;
    QMenu *m_moderationMenu = nullptr;
    QMenu *m_dismissMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace Soudan
