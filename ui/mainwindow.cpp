#include "ui/mainwindow.h"

#include "domain/rules.h"
#include "models/activitylabels.h"
#include "models/categorytreemodel.h"
#include "models/labels.h"
#include "models/notificationmodel.h"
#include "models/outboxmodel.h"
#include "models/searchresultsmodel.h"
#include "models/threaddetailmodel.h"
#include "models/threadlistmodel.h"
#include "resources/demoboard.h"
#include "store/boardwrites.h"
#include "store/drafts.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/synccontroller.h"
#include "ui/accountdialog.h"
#include "ui/composer.h"
#include "ui/faqdialog.h"
#include "ui/followbar.h"
#include "ui/language.h"
#include "ui/mainactions.h"
#include "ui/moderationwindow.h"
#include "ui/myactivitypanel.h"
#include "ui/outboxpanel.h"
#include "ui/panesplitter.h"
#include "ui/searchbox.h"
#include "ui/searchpane.h"
#include "ui/syncstatuswidget.h"
#include "ui/threadlistpane.h"
#include "ui/threadview.h"
#include "ui/whatsnew.h"
#include "ui/windowstate.h"
#include "ui/writing.h"
#include "ui/zoom.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

const auto Group = u"mainWindow"_s;
const auto CategoryHeader = u"categoryHeader"_s;
const auto SelectedCategoryKey = u"selection/category"_s;
const auto SelectedThreadKey = u"selection/thread"_s;

} // namespace

const QString MainWindow::LanguageKey = u"ui/language"_s;

MainWindow::MainWindow(Store &store, QSettings &settings, SyncController *sync, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_categoryModel(new CategoryTreeModel(store, this))
    , m_threadListModel(new ThreadListModel(store, this))
    , m_detailModel(new ThreadDetailModel(store, this))
    , m_splitter(new PaneSplitter(this))
    , m_categoryView(new QTreeView(m_splitter))
    , m_listPane(new ThreadListPane(*m_threadListModel, m_splitter))
    , m_threadView(new ThreadView(*m_detailModel))
    , m_countLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_sync(sync)
    , m_composer(new Composer(store.drafts()))
    , m_outbox(new OutboxPanel(store, *m_categoryModel, this))
    , m_outboxLabel(new QLabel(this))
    , m_writing(new Writing(store, *m_categoryModel, this))
{
    setObjectName(u"mainWindow"_s);
    buildPanes();
    buildSearch();
    buildStatusBar();
    createActions();
    buildWhatsNew();
    connectParts();
    retranslateUi();
    updateReader();
    updateOutboxStatus();
    resize(1280, 800);
}

void MainWindow::buildPanes()
{
    // Category tree | the thread list, or the results of a search | the thread over its composer.
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_middle = new QStackedWidget;
    m_middle->setObjectName(u"middlePane"_s);
    m_splitter->insertWidget(1, m_middle);
    m_middle->addWidget(m_listPane);
    m_searchModel = new SearchResultsModel(m_store, this);
    m_searchPane = new SearchPane(*m_searchModel, m_middle);
    m_middle->addWidget(m_searchPane);

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

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    setCentralWidget(m_splitter);

    m_categoryView->setObjectName(u"categoryTree"_s);
    m_categoryView->setModel(m_categoryModel);
    m_categoryView->setUniformRowHeights(true);
    m_categoryView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_categoryView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CategoryTreeModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CategoryTreeModel::ThreadsColumn, QHeaderView::ResizeToContents);
    for (int column : {CategoryTreeModel::OpenColumn, CategoryTreeModel::UnreadColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_categoryView->expandAll();
}

void MainWindow::buildSearch()
{
    // The search box, over the panes: searches as you type.
    m_searchBar = addToolBar(QString());
    m_searchBar->setObjectName(u"searchBar"_s);
    m_searchBar->setMovable(false);
    m_searchBox = new SearchBox(m_searchBar);
    m_searchBar->addWidget(m_searchBox);
    connect(m_searchBox, &SearchBox::searchRequested, this, &MainWindow::search);
    connect(m_searchBox, &SearchBox::cancelled, this, [this] { threadListView()->setFocus(); });
    connect(m_searchBox, &SearchBox::resultsRequested, this, [this](bool open) {
        if (m_middle->currentWidget() == m_searchPane)
            m_searchPane->focusFirstResult(open);
    });
    connect(m_searchPane, &SearchPane::openRequested, this, &MainWindow::openSearchHit);
}

void MainWindow::buildStatusBar()
{
    m_countLabel->setObjectName(u"categoryStatus"_s);
    statusBar()->addWidget(m_countLabel, 1);
    m_outboxLabel->setObjectName(u"outboxStatus"_s);
    m_outboxLabel->setTextFormat(Qt::RichText);
    connect(m_outboxLabel, &QLabel::linkActivated, this, [this] { showOutboxItem({}); });
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
}

void MainWindow::buildWhatsNew()
{
    m_whatsNew = new WhatsNew(m_store, m_settings, this, *m_categoryModel, *m_detailModel, m_sync);
    auto *detailLayout = static_cast<QVBoxLayout *>(m_threadView->parentWidget()->layout());
    detailLayout->insertWidget(0, m_whatsNew->threadFollowBar());
    m_listPane->addBar(m_whatsNew->categoryFollowBar());
    m_whatsNew->categoryFollowBar()->hide();
    m_searchBar->addSeparator();
    m_searchBar->addAction(m_whatsNew->notificationsAction());
    m_actions->addWhatsNew({m_whatsNew->notificationsAction(), m_whatsNew->myActivityAction()},
                           {m_whatsNew->markCategoryReadAction(), m_whatsNew->markAllReadAction()},
                           m_whatsNew->preferencesAction());
    m_whatsNew->attachCategoryView(m_categoryView);
    connect(m_whatsNew, &WhatsNew::openRequested, this, &MainWindow::openThread);
    m_threadView->setNews(m_whatsNew->notifications());
    connect(m_threadView, &ThreadView::newsRequested, this, &MainWindow::openThread);
    connect(m_whatsNew, &WhatsNew::written, this, &MainWindow::written);
    MyActivityPanel *mine = m_whatsNew->myActivity();
    connect(mine, &MyActivityPanel::questionDraftRequested, this, &MainWindow::askQuestion);
    connect(mine, &MyActivityPanel::outboxRequested, this, [this] { showOutboxItem({}); });
}

void MainWindow::connectParts()
{
    connect(m_writing, &Writing::written, this, &MainWindow::written);
    connect(m_composer, &Composer::posted, this,
            [this](const QUuid &thread, Composer::Mode mode, const QString &text) {
                if (m_writing->post(thread, mode == Composer::Mode::Thanks, text))
                    m_composer->editor()->clear();
            });
    m_writing->attach(m_threadView, *m_detailModel, m_sync, [this] { return openModeration(); });
    connect(m_threadView, &ThreadView::outboxRequested, this, &MainWindow::showOutboxItem);
    connect(m_threadView, &ThreadView::threadLinkRequested, this,
            [this](const QUuid &thread, const QUrl &url) {
                if (!openThread(thread, {}))
                    QDesktopServices::openUrl(url);
            });
    connect(m_outbox, &OutboxPanel::resendRequested, this, &MainWindow::written);

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
        m_actions->action(MainActions::Id::LoadDemo)->setEnabled(!m_categoryModel->hasThreads());
        if (change.outbox || change.everything)
            updateOutboxStatus();
    });
    if (m_sync)
        connect(m_sync, &SyncController::accountChanged, this, &MainWindow::updateReader);

    const QList<QWidget *> tabs{m_categoryView, m_listPane->filterEdit(), threadListView(),
                                m_threadView,   m_composer->editor(),     m_searchBox,
                                m_categoryView};
    for (qsizetype i = 0; i + 1 < tabs.size(); ++i)
        setTabOrder(tabs.at(i), tabs.at(i + 1));
}

MainWindow::~MainWindow() = default;

QTreeView *MainWindow::threadListView() const
{
    return m_listPane->view();
}

void MainWindow::createActions()
{
    m_actions = new MainActions(this, m_outbox->toggleViewAction(), m_sync, m_store.path());
    using Id = MainActions::Id;
    m_searchBox->setShortcut(m_actions->action(Id::Search)->shortcut());
    Zoom::connectActions(m_actions->action(Id::ZoomIn), m_actions->action(Id::ZoomOut),
                         m_actions->action(Id::ActualSize), m_settings);
    m_actions->action(Id::LoadDemo)->setEnabled(!m_categoryModel->hasThreads());
    connect(m_actions->action(Id::LoadDemo), &QAction::triggered, this, &MainWindow::loadDemoBoard);
    connect(m_actions->action(Id::Account), &QAction::triggered, this, &MainWindow::showAccount);
    if (m_sync) {
        m_actions->action(Id::WorkOffline)->setChecked(m_sync->workOffline());
        connect(m_actions->action(Id::SyncNow), &QAction::triggered, m_sync,
                &SyncController::syncNow);
        connect(m_actions->action(Id::WorkOffline), &QAction::toggled, m_sync,
                &SyncController::setWorkOffline);
    }
    connect(m_actions->action(Id::Moderation), &QAction::triggered, this,
            &MainWindow::openModeration);
    connect(m_actions->action(Id::Search), &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    connect(m_actions->action(Id::Ask), &QAction::triggered, this, &MainWindow::askQuestion);
    connect(m_actions->action(Id::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(Id::FocusFilter), &QAction::triggered, m_listPane,
            &ThreadListPane::focusFilter);
    connect(m_actions, &MainActions::listOptionsChanged, this, [this] {
        m_threadListModel->setQuery(m_actions->applyTo(m_threadListModel->query()));
    });
    connect(m_actions, &MainActions::languageChosen, this, &MainWindow::switchLanguage);
    QAction *twoLines = m_actions->action(Id::TwoLineList);
    connect(twoLines, &QAction::toggled, m_listPane, &ThreadListPane::setTwoLines);
    connect(m_listPane, &ThreadListPane::twoLinesChanged, twoLines, &QAction::setChecked);
    m_listPane->optionsButton()->setMenu(m_actions->listOptions());
    onQueryChanged();
}

void MainWindow::retranslateUi()
{
    if (!m_detailModel->detail())
        setWindowTitle(tr("Soudan"));
    m_actions->retranslate();
    m_whatsNew->retranslate();
    m_searchBar->setWindowTitle(tr("Search"));
    //: Name of the category tree for screen readers.
    m_categoryView->setAccessibleName(tr("Categories"));
    updateOutboxStatus();
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
    m_whatsNew->setCurrentCategory(q.categoryId);
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
    const std::optional<User> me =
        m_sync && m_sync->isSignedIn() ? m_store.sync().me() : std::nullopt;
    m_reader = me ? me->id : 0;
    m_whatsNew->setReader(m_reader);
    // Moderation is there for moderators only: the account this cache was last synced for.
    // Signed out, a moderator can still triage; the outbox waits for the next sign-in.
    const std::optional<User> cached = m_sync ? m_store.sync().me() : std::nullopt;
    const bool moderator = cached && cached->role == Role::Moderator;
    m_threadView->setReader(m_reader, moderator);
    m_actions->setModerator(moderator);
    if (!moderator && m_moderation)
        m_moderation->close();
    updateComposer();
}

void MainWindow::updateComposer()
{
    const std::optional<ThreadDetail> &detail = m_detailModel->detail();
    Composer::Mode mode = Composer::Mode::Hidden;
    // A thread not on the server yet takes nothing until it is; a hidden one, nothing.
    if (detail && detail->local == LocalState::Synced && !detail->thread.hidden) {
        if (Rules::allowed(Rules::mayAnswer(detail->thread, m_reader)))
            mode = Composer::Mode::Answer;
        else if (Rules::allowed(Rules::mayThank(detail->thread, m_reader)))
            mode = Composer::Mode::Thanks;
    }
    m_composer->setThread(detail ? detail->thread.id : QUuid(), mode);
}

void MainWindow::updateOutboxStatus()
{
    const int waiting = m_outbox->model()->count(OutboxState::Waiting);
    const int attention = m_outbox->model()->count(OutboxState::NeedsAttention);
    QStringList parts;
    if (waiting > 0)
        //: Status bar: items of the outbox not sent yet.
        parts.append(tr("%n not sent yet", "", waiting));
    if (attention > 0)
        //: Status bar: items of the outbox the server refused.
        parts.append(tr("%n need(s) attention", "", attention));
    if (const int elsewhere = m_outbox->model()->countElsewhere())
        //: Status bar: outbox items written as another account, not sent as this one.
        parts.append(tr("%n wait(s) for another account", "", elsewhere));
    m_whatsNew->myActivity()->setUnsent(waiting, attention);
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
    if (const std::optional<ThreadSummary> asked = m_writing->ask(m_reader)) {
        selectCategory(asked->categoryId);
        selectThread(asked->id);
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
    m_actions->showQuery(m_threadListModel->query());
    // A new query resets the list; the detail keeps showing the thread if it is still listed.
    const int row = m_threadListModel->rowOf(m_detailModel->threadId());
    if (row >= 0)
        threadListView()->setCurrentIndex(m_threadListModel->index(row, 0));
}

void MainWindow::updateStatus()
{
    const QModelIndex current = m_categoryView->currentIndex();
    if (!current.isValid()) {
        m_countLabel->setText(m_categoryModel->hasThreads() ? tr("Choose a category.")
                                                            : tr("The local cache is empty."));
        return;
    }
    const CategoryCounts counts = m_categoryModel->counts(current);
    const QString activity = ActivityLabels::activitySummary(counts);
    m_countLabel->setText(
        Labels::categorySummary(m_categoryModel->path(current), counts.threads, counts.open) +
        (activity.isEmpty() ? QString() : u" — "_s + activity));
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
    for (const QModelIndex &category : m_categoryModel->leaves()) {
        m_categoryView->setCurrentIndex(category);
        if (m_threadListModel->rowCount() > 0) {
            threadListView()->setCurrentIndex(m_threadListModel->index(0, 0));
            return;
        }
    }
}

void MainWindow::restoreSession()
{
    const WindowState state(m_settings, Group);
    state.restore(this, m_splitter);
    state.restore(CategoryHeader, m_categoryView->header());

    m_listPane->restoreOptions(m_settings);
    selectCategory(m_settings.value(SelectedCategoryKey).toLongLong());
    selectThread(QUuid::fromString(m_settings.value(SelectedThreadKey).toString()));
    m_listPane->restoreColumns(m_settings);
}

void MainWindow::saveSession()
{
    const WindowState state(m_settings, Group);
    state.save(this, m_splitter);
    state.save(CategoryHeader, m_categoryView->header());
    m_listPane->save(m_settings);
    m_settings.setValue(SelectedCategoryKey,
                        m_categoryModel->categoryId(m_categoryView->currentIndex()));
    m_settings.setValue(SelectedThreadKey,
                        m_detailModel->threadId().toString(QUuid::WithoutBraces));
    m_settings.sync();
}

void MainWindow::switchLanguage(const QString &code)
{
    if (code == Language::current())
        return;
    m_settings.setValue(LanguageKey, code);
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Language::apply(*app, code);
}

void MainWindow::search(const QString &text)
{
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

bool MainWindow::openThread(const QUuid &threadId, const QUuid &postId)
{
    m_detailModel->setThread(threadId);
    const std::optional<ThreadDetail> &detail = m_detailModel->detail();
    if (!detail) {
        statusBar()->showMessage(tr("That thread is not in the local cache (it may have been "
                                    "hidden, or not synced yet)."),
                                 8000);
        return false;
    }
    if (m_middle->currentWidget() == m_listPane) {
        selectCategory(detail->thread.categoryId); // which empties the detail
        if (!selectThread(threadId) || m_detailModel->threadId() != threadId)
            m_detailModel->setThread(threadId);
    }
    m_threadView->showPost(postId);
    m_threadView->setFocus();
    return true;
}

QLineEdit *MainWindow::searchBox() const
{
    return m_searchBox;
}

QAction *MainWindow::moderationAction() const
{
    return m_actions->action(MainActions::Id::Moderation);
}

ModerationWindow *MainWindow::openModeration()
{
    if (!m_actions->action(MainActions::Id::Moderation)->isEnabled())
        return nullptr;
    if (!m_moderation) {
        m_moderation = new ModerationWindow(m_store, *m_categoryModel, m_settings, this);
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

} // namespace Soudan
