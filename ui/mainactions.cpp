#include "ui/mainactions.h"

#include "ui/faqdialog.h"
#include "ui/language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Soudan {

MainActions::MainActions(QMainWindow *window, QAction *outbox, bool syncing,
                         const QString &cachePath)
    : QObject(window)
    , m_outbox(outbox)
    , m_faqWork(new QAction(this))
    , m_faqReports(new QAction(this))
    , m_aboutQt(new QAction(this))
    , m_sortGroup(new QActionGroup(this))
    , m_statusGroup(new QActionGroup(this))
    , m_urgent(new QAction(this))
    , m_unanswered(new QAction(this))
{
    auto make = [this](Id id, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        m_actions.insert(int(id), a);
        return a;
    };
    make(Id::Ask, QKeySequence::New);
    make(Id::SyncNow, QKeySequence::Refresh)->setEnabled(syncing);
    QAction *offline = make(Id::WorkOffline);
    offline->setCheckable(true);
    offline->setEnabled(syncing);
    make(Id::Account, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))->setEnabled(syncing);
    make(Id::LoadDemo);
    QAction *quit = make(Id::Quit, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    make(Id::Search, QKeySequence(Qt::CTRL | Qt::Key_K));
    make(Id::FocusFilter, QKeySequence::Find);
    QAction *moderation = make(Id::Moderation, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    moderation->setVisible(false);
    moderation->setEnabled(false);
    make(Id::About)->setMenuRole(QAction::AboutRole);
    make(Id::ZoomIn, QKeySequence::ZoomIn);
    make(Id::ZoomOut, QKeySequence::ZoomOut);
    make(Id::ActualSize, QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *twoLines = make(Id::TwoLineList);
    twoLines->setCheckable(true);
    twoLines->setChecked(true);
    m_outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    connect(m_faqWork, &QAction::triggered, this,
            [window] { FaqDialog::open(FaqDialog::Page::ForbiddenWork, window); });
    connect(m_faqReports, &QAction::triggered, this,
            [window] { FaqDialog::open(FaqDialog::Page::Reports, window); });
    connect(action(Id::About), &QAction::triggered, this, [window, cachePath] {
        QMessageBox::about(
            window, tr("About Soudan"),
            u"<h3>"_s + tr("Soudan %1").arg(QApplication::applicationVersion()).toHtmlEscaped() +
                u"</h3><p>"_s +
                tr("A desktop client for the consultation board where freelancers and clients "
                   "ask about prices, schedules, contracts and money. It keeps the board in a "
                   "local cache, so you can read it offline.")
                    .toHtmlEscaped() +
                u"</p><p>"_s + tr("Cache: %1").arg(cachePath).toHtmlEscaped() + u"</p>"_s);
    });
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (ThreadSort sort : {ThreadSort::Newest, ThreadSort::LastActivity, ThreadSort::MostViewed,
                            ThreadSort::MostAnswered}) {
        QAction *a = m_sortGroup->addAction(QString());
        a->setCheckable(true);
        a->setData(int(sort));
    }
    for (StatusFilter status : {StatusFilter::All, StatusFilter::Open, StatusFilter::Resolved}) {
        QAction *a = m_statusGroup->addAction(QString());
        a->setCheckable(true);
        a->setData(int(status));
    }
    m_urgent->setCheckable(true);
    m_unanswered->setCheckable(true);
    for (QActionGroup *group : {m_sortGroup, m_statusGroup})
        connect(group, &QActionGroup::triggered, this, &MainActions::listOptionsChanged);
    for (QAction *a : {m_urgent, m_unanswered})
        connect(a, &QAction::triggered, this, &MainActions::listOptionsChanged);
    createMenus(window);
}

QAction *MainActions::action(Id id) const
{
    return m_actions.value(int(id));
}

void MainActions::createMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(action(Id::Ask));
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({action(Id::SyncNow), action(Id::WorkOffline), action(Id::Account)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Id::LoadDemo));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Id::Quit));

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addActions({action(Id::Search), action(Id::FocusFilter), m_outbox});
    m_viewMenu->addSeparator();
    m_sortMenu = m_viewMenu->addMenu(QString());
    m_sortMenu->addActions(m_sortGroup->actions());
    m_showMenu = m_viewMenu->addMenu(QString());
    m_showMenu->addActions(m_statusGroup->actions());
    m_showMenu->addSeparator();
    m_showMenu->addActions({m_urgent, m_unanswered});
    m_viewMenu->addAction(action(Id::TwoLineList));
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({action(Id::ZoomIn), action(Id::ZoomOut), action(Id::ActualSize)});
    m_viewMenu->addSeparator();
    // The languages built in, each named in itself; the choice applies at once.
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        QAction *a = m_languageGroup->addAction(Language::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setProperty("untranslated", true); // each language's name in itself
        a->setChecked(code == Language::current());
    }
    m_languageMenu->addActions(m_languageGroup->actions());
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { Q_EMIT languageChosen(a->data().toString()); });

    m_listOptions = new QMenu(window);
    m_listOptions->addActions(m_sortGroup->actions());
    m_listOptions->addSeparator();
    m_listOptions->addActions(m_statusGroup->actions());
    m_listOptions->addSeparator();
    m_listOptions->addActions({m_urgent, m_unanswered});
    m_listOptions->addSeparator();
    m_listOptions->addAction(action(Id::TwoLineList));

    m_toolsMenu = bar->addMenu(QString());
    m_toolsMenu->addAction(action(Id::Moderation));
    m_toolsMenu->menuAction()->setVisible(false);

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addActions({m_faqWork, m_faqReports});
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({action(Id::About), m_aboutQt});
}

void MainActions::addWhatsNew(const QList<QAction *> &view, const QList<QAction *> &marks,
                              QAction *preferences)
{
    QAction *beforeSearch = m_viewMenu->actions().value(0);
    m_viewMenu->insertActions(beforeSearch, view);
    m_viewMenu->insertSeparator(beforeSearch);
    QAction *beforeDemo = action(Id::LoadDemo);
    m_fileMenu->insertActions(beforeDemo, marks);
    m_fileMenu->insertSeparator(beforeDemo);
    QAction *beforeQuit = action(Id::Quit);
    m_fileMenu->insertAction(beforeQuit, preferences);
    m_fileMenu->insertSeparator(beforeQuit);
}

void MainActions::setModerator(bool moderator)
{
    action(Id::Moderation)->setVisible(moderator);
    action(Id::Moderation)->setEnabled(moderator);
    m_toolsMenu->menuAction()->setVisible(moderator);
}

void MainActions::showQuery(const ThreadQuery &query)
{
    for (QAction *a : m_sortGroup->actions())
        a->setChecked(a->data().toInt() == int(query.sort));
    for (QAction *a : m_statusGroup->actions())
        a->setChecked(a->data().toInt() == int(query.status));
    m_urgent->setChecked(query.urgentOnly);
    m_unanswered->setChecked(query.unansweredOnly);
}

ThreadQuery MainActions::applyTo(ThreadQuery query) const
{
    if (QAction *a = m_sortGroup->checkedAction())
        query.sort = ThreadSort(a->data().toInt());
    query.order = Qt::DescendingOrder;
    if (QAction *a = m_statusGroup->checkedAction())
        query.status = StatusFilter(a->data().toInt());
    query.urgentOnly = m_urgent->isChecked();
    query.unansweredOnly = m_unanswered->isChecked();
    return query;
}

void MainActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    //: Menu item that puts the cursor in the search box.
    action(Id::Search)->setText(tr("&Search…"));
    action(Id::Search)->setStatusTip(tr("Search every cached thread and answer, also offline"));
    //: Submenu of View: the language of the interface.
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == Language::current());
    m_toolsMenu->setTitle(tr("&Tools"));
    //: Menu item that opens the moderators' window.
    action(Id::Moderation)->setText(tr("&Moderation"));
    action(Id::Moderation)->setStatusTip(tr("Triage violation reports (moderators only)"));
    m_sortMenu->setTitle(tr("&Sort By"));
    //: Submenu of View: which threads the list shows (all, open, resolved).
    m_showMenu->setTitle(tr("S&how"));
    action(Id::LoadDemo)->setText(tr("Load &Demo Board"));
    action(Id::LoadDemo)
        ->setStatusTip(
            tr("Fill the empty local cache with the built-in demo board to look around"));
    action(Id::Quit)->setText(tr("&Quit"));
    action(Id::SyncNow)->setText(tr("&Sync Now"));
    action(Id::SyncNow)->setStatusTip(tr("Pull what changed on the server into the local cache"));
    action(Id::WorkOffline)->setText(tr("&Work Offline"));
    action(Id::WorkOffline)
        ->setStatusTip(tr("Do not connect to the server until this is turned off"));
    action(Id::Account)->setText(tr("Server &Account…"));
    action(Id::Ask)->setText(tr("&Ask a Question…"));
    action(Id::Ask)->setStatusTip(tr("Write a question; offline it waits in the outbox"));
    //: Menu item that shows or hides the Outbox panel.
    m_outbox->setText(tr("&Outbox"));
    //: Help menu: the FAQ page 【共通】違反のお仕事とは.
    m_faqWork->setText(tr("FAQ: &Forbidden Work"));
    //: Help menu: the FAQ page 【共通】違反報告とは.
    m_faqReports->setText(tr("FAQ: &Violation Reports"));
    action(Id::FocusFilter)->setText(tr("&Filter Threads…"));
    const QList<QAction *> sorts = m_sortGroup->actions();
    //: Sort order of the thread list.
    sorts[0]->setText(tr("&Newest"));
    //: Sort order of the thread list.
    sorts[1]->setText(tr("&Last Activity"));
    //: Sort order of the thread list.
    sorts[2]->setText(tr("Most &Viewed"));
    //: Sort order of the thread list.
    sorts[3]->setText(tr("Most &Answered"));
    const QList<QAction *> statuses = m_statusGroup->actions();
    //: Filter of the thread list: every thread.
    statuses[0]->setText(tr("&All Threads"));
    //: Filter of the thread list: threads still accepting answers (回答受付中).
    statuses[1]->setText(tr("&Open Only"));
    //: Filter of the thread list: threads with a best answer (解決済).
    statuses[2]->setText(tr("&Resolved Only"));
    //: Filter of the thread list: threads tagged すぐ知りたい!.
    m_urgent->setText(tr("&Urgent Only"));
    m_unanswered->setText(tr("Un&answered Only"));
    action(Id::About)->setText(tr("&About Soudan"));
    //: View menu: the thread list shows each thread in two lines (title, then labels, counts
    //: and dates); unchecked, in one line with columns.
    action(Id::TwoLineList)->setText(tr("&Two-Line Thread List"));
    //: View menu: larger text in every window.
    action(Id::ZoomIn)->setText(tr("Zoom &In"));
    //: View menu: smaller text in every window.
    action(Id::ZoomOut)->setText(tr("Zoom O&ut"));
    //: View menu: text at the system's size again.
    action(Id::ActualSize)->setText(tr("Actual Si&ze"));
    m_aboutQt->setText(tr("About &Qt"));
}

} // namespace Soudan
