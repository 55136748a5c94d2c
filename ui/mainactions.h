#pragma once

#include "store/storetypes.h"

#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace Soudan {

// The main window's actions and menus: File, View (search, filter, outbox, sort order, which
// threads, language), Tools and Help, and the thread list's options menu, with their shortcuts
// and texts in the UI language. The window connects what the actions do.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    enum class Id
    {
        Ask,
        SyncNow,
        WorkOffline,
        Account,
        LoadDemo,
        Quit,
        Search,
        FocusFilter,
        Moderation,
        About,
        TwoLineList, // the thread list in two-line rows, or one line with columns
        ZoomIn,
        ZoomOut,
        ActualSize,
    };

    // outbox is the Outbox panel's toggle; syncing is offered when there is a server to sync
    // with; Help › About names the cache.
    MainActions(QMainWindow *window, QAction *outbox, bool syncing, const QString &cachePath);

    QAction *action(Id id) const;
    // The list's options (sort order, which threads) for the button over the list.
    QMenu *listOptions() const { return m_listOptions; }
    // What is new for the user: the panels' toggles in View, Preferences and the marks in File.
    void addWhatsNew(const QList<QAction *> &view, const QList<QAction *> &marks,
                     QAction *preferences);
    // Tools › Moderation, for moderators only.
    void setModerator(bool moderator);

    // The list's options as the menus show them, and the other way round.
    void showQuery(const ThreadQuery &query);
    ThreadQuery applyTo(ThreadQuery query) const;

    void retranslate();

Q_SIGNALS:
    void listOptionsChanged();
    void languageChosen(const QString &code);

private:
    void createMenus(QMainWindow *window);

    QHash<int, QAction *> m_actions; // by Id
    QAction *m_outbox;
    QAction *m_faqWork;
    QAction *m_faqReports;
    QAction *m_aboutQt;
    QActionGroup *m_sortGroup;
    QActionGroup *m_statusGroup;
    QAction *m_urgent;
    QAction *m_unanswered;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_sortMenu = nullptr;
    QMenu *m_showMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_listOptions = nullptr;
};

} // namespace Soudan
