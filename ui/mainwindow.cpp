#include "ui/mainwindow.h"

#include "models/categorytreemodel.h"
#include "models/labels.h"
#include "models/searchresultsmodel.h"
#include "models/threaddetailmodel.h"
#include "models/threadlistmodel.h"
#include "resources/demoboard.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/synccontroller.h"
#include "ui/accountdialog.h"
#include "ui/composer.h"
#include "ui/faqdialog.h"
#include "ui/language.h"
#include "ui/moderationwindow.h"
#include "ui/outboxpanel.h"
#include "ui/questiondialog.h"
#include "ui/reportdialog.h"
#include "ui/searchpane.h"
#include "ui/syncstatuswidget.h"
#include "ui/threadlistpane.h"
#include "ui/threadview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

const auto GeometryKey = u"mainWindow/geometry"_s;
const auto StateKey = u"mainWindow/state"_s;
const auto SplitterKey = u"mainWindow/splitter"_s;
const auto CategoryHeaderKey = u"mainWindow/categoryHeader"_s;
const auto ThreadHeaderKey = u"mainWindow/threadHeader"_s;
const auto SelectedCategoryKey = u"selection/category"_s;
const auto SelectedThreadKey = u"selection/thread"_s;
const auto SortKey = u"threadList/sort"_s;
const auto OrderKey = u"threadList/order"_s;
const auto StatusKey = u"threadList/status"_s;
const auto UrgentKey = u"threadList/urgentOnly"_s;
const auto UnansweredKey = u"threadList/unansweredOnly"_s;

} // namespace

const QString MainWindow::LanguageKey = u"ui/language"_s;

MainWindow::MainWindow(Store &store, QSettings &settings, SyncController *sync, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_categoryModel(new CategoryTreeModel(store, this))
    , m_threadListModel(new ThreadListModel(store, this))
    , m_detailModel(new ThreadDetailModel(store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_categoryView(new QTreeView(m_splitter))
    , m_listPane(new ThreadListPane(*m_threadListModel, m_splitter))
    , m_threadView(new ThreadView(*m_detailModel))
    , m_countLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_sync(sync)
    , m_composer(new Composer(store))
    , m_outbox(new OutboxPanel(store, this))
    , m_outboxLabel(new QLabel(this))
{
    // The middle pane: the thread list, or the results of a search.
    m_middle = new QStackedWidget;
    m_middle->setObjectName(u"middlePane"_s);
    m_splitter->insertWidget(1, m_middle);
    m_middle->addWidget(m_listPane);
    m_searchModel = new SearchResultsModel(store, this);
    m_searchPane = new SearchPane(*m_searchModel, m_middle);
    m_middle->addWidget(m_searchPane);
    connect(m_searchPane, &SearchPane::openRequested, this, &MainWindow::openSearchHit);

    // The search box, over the panes: searches as you type.
    m_searchBar = addToolBar(QString());
    m_searchBar->setObjectName(u"searchBar"_s);
    m_searchBar->setMovable(false);
    m_searchBox = new QLineEdit(m_searchBar);
    m_searchBox->setObjectName(u"searchBox"_s);
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->installEventFilter(this);
    m_searchBar->addWidget(m_searchBox);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::search);

    // The detail pane: the thread, and under it the composer of an answer or of the thanks.
    auto *detailPane = new QWidget(m_splitter);
    detailPane->setObjectName(u"detailPane"_s);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(0);
    m_threadView->setParent(detailPane);
    m_composer->setParent(detailPane);
    detailLayout->addWidget(m_threadView, 1);
    detailLayout->addWidget(m_composer);
    addDockWidget(Qt::BottomDockWidgetArea, m_outbox);
    m_outbox->hide();
    connect(m_composer, &Composer::posted, this,
            [this](const QUuid &thread, Composer::Mode mode, const QString &text) {
                onPosted(thread, int(mode), text);
            });
    connect(m_threadView, &ThreadView::bestAnswerRequested, this, &MainWindow::chooseBestAnswer);
    connect(m_threadView, &ThreadView::reportRequested, this,
            [this](EntityKind kind, const QUuid &id, const QString &excerpt) {
                report(int(kind), id, excerpt);
            });
    connect(m_threadView, &ThreadView::outboxRequested, this, &MainWindow::showOutboxItem);
    connect(m_outbox, &OutboxPanel::resendRequested, this, &MainWindow::written);
    m_outboxLabel->setObjectName(u"outboxStatus"_s);
    m_outboxLabel->setTextFormat(Qt::RichText);
    connect(m_outboxLabel, &QLabel::linkActivated, this, [this] { showOutboxItem({}); });

    setObjectName(u"mainWindow"_s);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({290, 640, 600});
    setCentralWidget(m_splitter);

    m_categoryView->setObjectName(u"categoryTree"_s);
    m_categoryView->setModel(m_categoryModel);
    m_categoryView->setUniformRowHeights(true);
    m_categoryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categoryView->header()->setStretchLastSection(false);
    m_categoryView->header()->setSectionResizeMode(CategoryTreeModel::NameColumn,
                                                   QHeaderView::Stretch);
    m_categoryView->header()->setSectionResizeMode(CategoryTreeModel::ThreadsColumn,
                                                   QHeaderView::ResizeToContents);
    m_categoryView->header()->setSectionResizeMode(CategoryTreeModel::OpenColumn,
                                                   QHeaderView::ResizeToContents);
    m_categoryView->expandAll();
    connect(m_categoryModel, &QAbstractItemModel::modelReset, m_categoryView,
            &QTreeView::expandAll);
    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCategoryChanged);
    connect(threadListView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onThreadChanged);
    connect(m_threadListModel, &ThreadListModel::queryChanged, this, &MainWindow::onQueryChanged);
    connect(m_categoryModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(m_detailModel, &ThreadDetailModel::threadChanged, this, [this] {
        const auto &detail = m_detailModel->detail();
        setWindowTitle(detail ? tr("%1 — Soudan").arg(detail->thread.title) : tr("Soudan"));
        updateComposer();
    });
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        m_loadDemoAction->setEnabled(!m_store.reads().hasThreads());
        if (change.outbox || change.everything)
            updateOutboxStatus();
    });
    if (m_sync)
        connect(m_sync, &SyncController::accountChanged, this, &MainWindow::updateReader);

    setTabOrder(m_categoryView, m_listPane->filterEdit());
    setTabOrder(m_listPane->filterEdit(), m_listPane->view());
    setTabOrder(m_listPane->view(), m_threadView);
    setTabOrder(m_threadView, m_composer->editor());
    setTabOrder(m_composer->editor(), m_searchBox);
    setTabOrder(m_searchBox, m_categoryView);

    m_countLabel->setObjectName(u"categoryStatus"_s);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_outboxLabel);
    if (m_sync) {
        m_syncStatus = new SyncStatusWidget(this);
        m_syncStatus->setStatus(m_sync->status());
        statusBar()->addPermanentWidget(m_syncStatus);
        connect(m_sync, &SyncController::statusChanged, m_syncStatus, &SyncStatusWidget::setStatus);
        m_connectionLabel->hide();
    } else {
        statusBar()->addPermanentWidget(m_connectionLabel);
        m_connectionLabel->setToolTip(m_store.path());
    }

    createActions();
    createMenus();
    retranslateUi();
    updateReader();
    updateOutboxStatus();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

QTreeView *MainWindow::threadListView() const
{
    return m_listPane->view();
}

void MainWindow::createActions()
{
    m_loadDemoAction = new QAction(this);
    m_loadDemoAction->setEnabled(!m_store.reads().hasThreads());
    connect(m_loadDemoAction, &QAction::triggered, this, &MainWindow::loadDemoBoard);

    m_accountAction = new QAction(this);
    m_accountAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_accountAction->setEnabled(m_sync);
    connect(m_accountAction, &QAction::triggered, this, &MainWindow::showAccount);
    m_syncNowAction = new QAction(this);
    m_syncNowAction->setShortcut(QKeySequence::Refresh);
    m_syncNowAction->setEnabled(m_sync);
    m_workOfflineAction = new QAction(this);
    m_workOfflineAction->setCheckable(true);
    m_workOfflineAction->setEnabled(m_sync);
    if (m_sync) {
        m_workOfflineAction->setChecked(m_sync->workOffline());
        connect(m_syncNowAction, &QAction::triggered, m_sync, &SyncController::syncNow);
        connect(m_workOfflineAction, &QAction::toggled, m_sync, &SyncController::setWorkOffline);
    }

    m_moderationAction = new QAction(this);
    m_moderationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_moderationAction->setVisible(false);
    m_moderationAction->setEnabled(false);
    connect(m_moderationAction, &QAction::triggered, this, &MainWindow::openModeration);

    m_searchAction = new QAction(this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });

    m_askAction = new QAction(this);
    m_askAction->setShortcut(QKeySequence::New);
    connect(m_askAction, &QAction::triggered, this, &MainWindow::askQuestion);
    m_outboxAction = m_outbox->toggleViewAction();
    m_outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_faqWorkAction = new QAction(this);
    connect(m_faqWorkAction, &QAction::triggered, this,
            [this] { FaqDialog::open(FaqDialog::Page::ForbiddenWork, this); });
    m_faqReportsAction = new QAction(this);
    connect(m_faqReportsAction, &QAction::triggered, this,
            [this] { FaqDialog::open(FaqDialog::Page::Reports, this); });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_focusFilterAction = new QAction(this);
    m_focusFilterAction->setShortcut(QKeySequence::Find);
    connect(m_focusFilterAction, &QAction::triggered, m_listPane, &ThreadListPane::focusFilter);

    m_sortGroup = new QActionGroup(this);
    for (ThreadSort sort : {ThreadSort::Newest, ThreadSort::LastActivity, ThreadSort::MostViewed,
                            ThreadSort::MostAnswered}) {
        QAction *a = m_sortGroup->addAction(QString());
        a->setCheckable(true);
        a->setData(int(sort));
    }
    connect(m_sortGroup, &QActionGroup::triggered, this, &MainWindow::applyListOptions);

    m_statusGroup = new QActionGroup(this);
    for (StatusFilter status : {StatusFilter::All, StatusFilter::Open, StatusFilter::Resolved}) {
        QAction *a = m_statusGroup->addAction(QString());
        a->setCheckable(true);
        a->setData(int(status));
    }
    connect(m_statusGroup, &QActionGroup::triggered, this, &MainWindow::applyListOptions);

    m_urgentAction = new QAction(this);
    m_urgentAction->setCheckable(true);
    connect(m_urgentAction, &QAction::triggered, this, &MainWindow::applyListOptions);
    m_unansweredAction = new QAction(this);
    m_unansweredAction->setCheckable(true);
    connect(m_unansweredAction, &QAction::triggered, this, &MainWindow::applyListOptions);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    onQueryChanged();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_askAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_syncNowAction);
    m_fileMenu->addAction(m_workOfflineAction);
    m_fileMenu->addAction(m_accountAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_loadDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_searchAction);
    m_viewMenu->addAction(m_focusFilterAction);
    m_viewMenu->addAction(m_outboxAction);
    m_viewMenu->addSeparator();
    m_sortMenu = m_viewMenu->addMenu(QString());
    m_sortMenu->addActions(m_sortGroup->actions());
    m_showMenu = m_viewMenu->addMenu(QString());
    m_showMenu->addActions(m_statusGroup->actions());
    m_showMenu->addSeparator();
    m_showMenu->addAction(m_urgentAction);
    m_showMenu->addAction(m_unansweredAction);
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
    connect(m_languageGroup, &QActionGroup::triggered, this, &MainWindow::switchLanguage);

    auto *options = new QMenu(this);
    options->addActions(m_sortGroup->actions());
    options->addSeparator();
    options->addActions(m_statusGroup->actions());
    options->addSeparator();
    options->addAction(m_urgentAction);
    options->addAction(m_unansweredAction);
    m_listPane->optionsButton()->setMenu(options);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_moderationAction);
    m_toolsMenu->menuAction()->setVisible(false);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_faqWorkAction);
    m_helpMenu->addAction(m_faqReportsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    if (!m_detailModel->detail())
        setWindowTitle(tr("Soudan"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    //: Menu item that puts the cursor in the search box.
    m_searchAction->setText(tr("&Search…"));
    m_searchAction->setStatusTip(tr("Search every cached thread and answer, also offline"));
    m_searchBar->setWindowTitle(tr("Search"));
    //: Placeholder of the search box; Ctrl+K is its shortcut.
    m_searchBox->setPlaceholderText(
        tr("Search threads and answers (%1)")
            .arg(m_searchAction->shortcut().toString(QKeySequence::NativeText)));
    //: Submenu of View: the language of the interface.
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == Language::current());
    m_toolsMenu->setTitle(tr("&Tools"));
    //: Menu item that opens the moderators' window.
    m_moderationAction->setText(tr("&Moderation"));
    m_moderationAction->setStatusTip(tr("Triage violation reports (moderators only)"));
    m_sortMenu->setTitle(tr("&Sort By"));
    //: Submenu of View: which threads the list shows (all, open, resolved).
    m_showMenu->setTitle(tr("S&how"));
    m_loadDemoAction->setText(tr("Load &Demo Board"));
    m_loadDemoAction->setStatusTip(
        tr("Fill the empty local cache with the built-in demo board to look around"));
    m_quitAction->setText(tr("&Quit"));
    m_syncNowAction->setText(tr("&Sync Now"));
    m_syncNowAction->setStatusTip(tr("Pull what changed on the server into the local cache"));
    m_workOfflineAction->setText(tr("&Work Offline"));
    m_workOfflineAction->setStatusTip(tr("Do not connect to the server until this is turned off"));
    m_accountAction->setText(tr("Server &Account…"));
    m_askAction->setText(tr("&Ask a Question…"));
    m_askAction->setStatusTip(tr("Write a question; offline it waits in the outbox"));
    //: Menu item that shows or hides the Outbox panel.
    m_outboxAction->setText(tr("&Outbox"));
    //: Help menu: the FAQ page 【共通】違反のお仕事とは.
    m_faqWorkAction->setText(tr("FAQ: &Forbidden Work"));
    //: Help menu: the FAQ page 【共通】違反報告とは.
    m_faqReportsAction->setText(tr("FAQ: &Violation Reports"));
    updateOutboxStatus();
    m_focusFilterAction->setText(tr("&Filter Threads…"));
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
    m_urgentAction->setText(tr("&Urgent Only"));
    m_unansweredAction->setText(tr("Un&answered Only"));
    m_aboutAction->setText(tr("&About Soudan"));
    m_aboutQtAction->setText(tr("About &Qt"));
    //: Status bar: where the shown data comes from (no server is set up yet).
    m_connectionLabel->setText(tr("Offline: local cache"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::onCategoryChanged(const QModelIndex &current)
{
    ThreadQuery q = m_threadListModel->query();
    q.categoryId = m_categoryModel->categoryId(current);
    m_threadListModel->setQuery(q);
    m_detailModel->setThread({});
    updateStatus();
}

void MainWindow::onThreadChanged(const QModelIndex &current)
{
    const QUuid id = m_threadListModel->threadId(current.row());
    m_detailModel->setThread(id);
    // Reading counts as a view, sent with the next sync (once a day per thread).
    if (!id.isNull() && m_reader != 0 && m_sync)
        m_store.writes().recordView(id);
}

void MainWindow::updateReader()
{
    const std::optional<User> me = m_sync && m_sync->isSignedIn() ? m_store.reads().me() : std::nullopt;
    m_reader = me ? me->id : 0;
    m_threadView->setReader(m_reader);
    // Moderation is there for moderators only: the account this cache was last synced for.
    // Signed out, a moderator can still triage; the outbox waits for the next sign-in.
    const std::optional<User> cached = m_sync ? m_store.reads().me() : std::nullopt;
    const bool moderator = cached && cached->role == Role::Moderator;
    m_moderationAction->setVisible(moderator);
    m_moderationAction->setEnabled(moderator);
    m_toolsMenu->menuAction()->setVisible(moderator);
    if (!moderator && m_moderation)
        m_moderation->close();
    updateComposer();
}

void MainWindow::updateComposer()
{
    const std::optional<ThreadDetail> &detail = m_detailModel->detail();
    Composer::Mode mode = Composer::Mode::Hidden;
    if (detail && m_reader != 0 && detail->local == LocalState::Synced) {
        const Thread &t = detail->thread;
        if (t.status == ThreadStatus::Open)
            mode = Composer::Mode::Answer;
        else if (t.status == ThreadStatus::Resolved && t.authorId == m_reader && !t.thanks)
            mode = Composer::Mode::Thanks;
    }
    m_composer->setThread(detail ? detail->thread.id : QUuid(), mode);
}

void MainWindow::updateOutboxStatus()
{
    const int waiting = m_store.outbox().count(OutboxState::Waiting);
    const int attention = m_store.outbox().count(OutboxState::NeedsAttention);
    QStringList parts;
    if (waiting > 0)
        //: Status bar: items of the outbox not sent yet.
        parts.append(tr("%n not sent yet", "", waiting));
    if (attention > 0)
        //: Status bar: items of the outbox the server refused.
        parts.append(tr("%n need(s) attention", "", attention));
    m_outboxLabel->setVisible(!parts.isEmpty());
    m_outboxLabel->setText(u"<a href=\"soudan:outbox\">"_s +
                           tr("Outbox: %1").arg(parts.join(u", "_s)).toHtmlEscaped() + u"</a>"_s);
}

void MainWindow::written()
{
    updateOutboxStatus();
    if (m_sync)
        m_sync->syncNow();
}

void MainWindow::askQuestion()
{
    if (m_reader == 0) {
        QMessageBox::information(this, tr("Ask a Question"),
                                 tr("Sign in to the board's server first (File › Server Account…). "
                                    "Then you can write, also offline."));
        return;
    }
    QuestionDialog dialog(m_store, u"question"_s, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QuestionInput question = dialog.input();
    const std::optional<QUuid> id = m_store.writes().ask(question, u"question"_s);
    if (!id) {
        QMessageBox::warning(this, tr("Ask a Question"),
                             tr("The question could not be saved: %1").arg(m_store.lastError()));
        return;
    }
    selectCategory(question.categoryId);
    selectThread(*id);
    written();
}

void MainWindow::onPosted(const QUuid &threadId, int mode, const QString &text)
{
    const QString key =
        (Composer::Mode(mode) == Composer::Mode::Thanks ? u"thanks:"_s : u"answer:"_s) +
        threadId.toString(QUuid::WithoutBraces);
    const bool ok = Composer::Mode(mode) == Composer::Mode::Thanks
                        ? m_store.writes().thank(threadId, text, key).has_value()
                        : m_store.writes().answer(threadId, text, key).has_value();
    if (!ok) {
        QMessageBox::warning(this, tr("Post"),
                             tr("This could not be saved: %1").arg(m_store.lastError()));
        return;
    }
    m_composer->editor()->clear();
    written();
}

void MainWindow::chooseBestAnswer(const QUuid &answerId)
{
    const std::optional<ThreadDetail> &detail = m_detailModel->detail();
    if (!detail)
        return;
    QString author;
    for (const AnswerView &a : detail->answers) {
        if (a.answer.id == answerId)
            author = a.authorName;
    }
    if (QMessageBox::question(this, tr("Best Answer"),
                              tr("Choose the answer from %1 as the best answer? The thread is then "
                                 "resolved and takes no more answers.")
                                  .arg(author)) != QMessageBox::Yes)
        return;
    if (m_store.writes().chooseBestAnswer(detail->thread.id, answerId))
        written();
}

void MainWindow::report(int kind, const QUuid &id, const QString &excerpt)
{
    ReportDialog dialog(EntityKind(kind), id, excerpt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_store.writes().report(dialog.input())) {
        statusBar()->showMessage(tr("Thank you: the report goes to the moderators."), 5000);
        written();
    }
}

void MainWindow::showOutboxItem(const QUuid &id)
{
    m_outbox->show();
    m_outbox->raise();
    if (!id.isNull())
        m_outbox->select(id);
}

void MainWindow::onQueryChanged()
{
    const ThreadQuery &q = m_threadListModel->query();
    for (QAction *a : m_sortGroup->actions())
        a->setChecked(a->data().toInt() == int(q.sort));
    for (QAction *a : m_statusGroup->actions())
        a->setChecked(a->data().toInt() == int(q.status));
    m_urgentAction->setChecked(q.urgentOnly);
    m_unansweredAction->setChecked(q.unansweredOnly);
    // A new query resets the list; the detail keeps showing the thread if it is still listed.
    const int row = m_threadListModel->rowOf(m_detailModel->threadId());
    if (row >= 0)
        threadListView()->setCurrentIndex(m_threadListModel->index(row, 0));
}

void MainWindow::applyListOptions()
{
    ThreadQuery q = m_threadListModel->query();
    if (QAction *a = m_sortGroup->checkedAction())
        q.sort = ThreadSort(a->data().toInt());
    q.order = Qt::DescendingOrder;
    if (QAction *a = m_statusGroup->checkedAction())
        q.status = StatusFilter(a->data().toInt());
    q.urgentOnly = m_urgentAction->isChecked();
    q.unansweredOnly = m_unansweredAction->isChecked();
    m_threadListModel->setQuery(q);
}

void MainWindow::updateStatus()
{
    const QModelIndex current = m_categoryView->currentIndex();
    if (!current.isValid()) {
        m_countLabel->setText(m_store.reads().hasThreads() ? tr("Choose a category.")
                                                   : tr("The local cache is empty."));
        return;
    }
    const CategoryCounts counts = m_categoryModel->counts(current);
    m_countLabel->setText(
        Labels::categorySummary(m_categoryModel->path(current), counts.threads, counts.open));
}

void MainWindow::selectCategory(qint64 id)
{
    const QModelIndex index = m_categoryModel->indexOfCategory(id);
    if (index.isValid())
        m_categoryView->setCurrentIndex(index);
}

bool MainWindow::selectThread(const QUuid &id)
{
    const int row = m_threadListModel->rowOf(id);
    if (row < 0)
        return false;
    threadListView()->setCurrentIndex(m_threadListModel->index(row, 0));
    threadListView()->scrollTo(m_threadListModel->index(row, 0));
    return true;
}

void MainWindow::selectFirstThread()
{
    for (int side = 0; side < m_categoryModel->rowCount(); ++side) {
        const QModelIndex sideIndex = m_categoryModel->index(side, 0);
        for (int row = 0; row < m_categoryModel->rowCount(sideIndex); ++row) {
            const QModelIndex category = m_categoryModel->index(row, 0, sideIndex);
            m_categoryView->setCurrentIndex(category);
            if (m_threadListModel->rowCount() > 0) {
                threadListView()->setCurrentIndex(m_threadListModel->index(0, 0));
                return;
            }
        }
    }
}

void MainWindow::restoreSession()
{
    restoreGeometry(m_settings.value(GeometryKey).toByteArray());
    restoreState(m_settings.value(StateKey).toByteArray());
    m_splitter->restoreState(m_settings.value(SplitterKey).toByteArray());
    m_categoryView->header()->restoreState(m_settings.value(CategoryHeaderKey).toByteArray());

    ThreadQuery q = m_threadListModel->query();
    q.sort = ThreadSort(qBound(0, m_settings.value(SortKey, 0).toInt(), 3));
    q.order = m_settings.value(OrderKey, int(Qt::DescendingOrder)).toInt() == Qt::AscendingOrder
                  ? Qt::AscendingOrder
                  : Qt::DescendingOrder;
    q.status = StatusFilter(qBound(0, m_settings.value(StatusKey, 0).toInt(), 2));
    q.urgentOnly = m_settings.value(UrgentKey, false).toBool();
    q.unansweredOnly = m_settings.value(UnansweredKey, false).toBool();
    m_threadListModel->setQuery(q);

    selectCategory(m_settings.value(SelectedCategoryKey).toLongLong());
    selectThread(QUuid::fromString(m_settings.value(SelectedThreadKey).toString()));
    threadListView()->header()->restoreState(m_settings.value(ThreadHeaderKey).toByteArray());
}

void MainWindow::saveSession()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_settings.setValue(SplitterKey, m_splitter->saveState());
    m_settings.setValue(CategoryHeaderKey, m_categoryView->header()->saveState());
    m_settings.setValue(ThreadHeaderKey, threadListView()->header()->saveState());
    m_settings.setValue(SelectedCategoryKey,
                        m_categoryModel->categoryId(m_categoryView->currentIndex()));
    m_settings.setValue(SelectedThreadKey,
                        m_detailModel->threadId().toString(QUuid::WithoutBraces));
    const ThreadQuery &q = m_threadListModel->query();
    m_settings.setValue(SortKey, int(q.sort));
    m_settings.setValue(OrderKey, int(q.order));
    m_settings.setValue(StatusKey, int(q.status));
    m_settings.setValue(UrgentKey, q.urgentOnly);
    m_settings.setValue(UnansweredKey, q.unansweredOnly);
    m_settings.sync();
}

void MainWindow::switchLanguage(QAction *action)
{
    const QString code = action->data().toString();
    if (code == Language::current())
        return;
    m_settings.setValue(LanguageKey, code);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Language::apply(*app, code);
}

void MainWindow::search()
{
    const QString text = m_searchBox->text();
    if (text.trimmed().isEmpty()) {
        m_searchModel->setQuery(QString());
        m_middle->setCurrentWidget(m_listPane);
        return;
    }
    m_searchModel->setQuery(text);
    m_middle->setCurrentWidget(m_searchPane);
}

void MainWindow::openSearchHit(const QUuid &threadId, const QUuid &postId)
{
    m_detailModel->setThread(threadId);
    m_threadView->showPost(postId);
    if (m_reader != 0 && m_sync)
        m_store.writes().recordView(threadId);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // In the search box: Down goes to the results, Enter opens the first, Escape ends the search.
    if (watched == m_searchBox && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_searchBox->clear();
            search();
            threadListView()->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            if (m_searchTimer->isActive()) {
                m_searchTimer->stop();
                search();
            }
            QListView *results = m_searchPane->view();
            if (m_middle->currentWidget() == m_searchPane && results->model()->rowCount() > 0) {
                results->setFocus();
                results->setCurrentIndex(results->model()->index(0, 0));
                if (key->key() != Qt::Key_Down)
                    Q_EMIT results->activated(results->currentIndex());
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

ModerationWindow *MainWindow::openModeration()
{
    if (!m_moderationAction->isEnabled())
        return nullptr;
    if (!m_moderation) {
        m_moderation = new ModerationWindow(m_store, m_settings, this);
        if (m_sync) {
            connect(m_moderation, &ModerationWindow::syncRequested, m_sync,
                    &SyncController::syncNow);
        }
    }
    m_moderation->show();
    m_moderation->raise();
    m_moderation->activateWindow();
    return m_moderation;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_moderation)
        m_moderation->close();
    saveSession();
    event->accept();
}

void MainWindow::loadDemoBoard()
{
    const Result<ChangeSet> board = demoBoard();
    if (!board || !m_store.sync().ingest(board.value())) {
        QMessageBox::warning(this, tr("Demo Board"),
                             tr("The demo board could not be loaded: %1")
                                 .arg(board ? m_store.lastError() : board.error()));
        return;
    }
    selectFirstThread();
}

void MainWindow::showAccount()
{
    if (!m_sync)
        return;
    AccountDialog dialog(*m_sync, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Soudan"),
        u"<h3>"_s + tr("Soudan %1").arg(QApplication::applicationVersion()).toHtmlEscaped() +
            u"</h3><p>"_s +
            tr("A desktop client for the consultation board where freelancers and clients ask "
               "about prices, schedules, contracts and money. It keeps the board in a local "
               "cache, so you can read it offline.")
                .toHtmlEscaped() +
            u"</p><p>"_s + tr("Cache: %1").arg(m_store.path()).toHtmlEscaped() + u"</p>"_s);
}

} // namespace Soudan
