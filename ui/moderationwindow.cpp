#include "ui/moderationwindow.h"

#include "domain/vocabulary.h"
#include "models/categorytreemodel.h"
#include "models/labels.h"
#include "models/reportqueuemodel.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "ui/colors.h"
#include "ui/moderationhtml.h"
#include "ui/windowstate.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

const auto Group = u"moderation"_s;
const auto HeaderName = u"header"_s;

} // namespace

ModerationWindow::ModerationWindow(Store &store, const CategoryTreeModel &categories,
                                   QSettings &settings, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_store(store)
    , m_categories(categories)
    , m_settings(settings)
    , m_model(new ReportQueueModel(store, this))
    , m_status(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_categoryLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_sortLabel(new QLabel(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_applyAgain(new QPushButton(m_banner))
    , m_drop(new QPushButton(m_banner))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queue(new QTreeView(m_splitter))
    , m_detail(new QTextBrowser(m_splitter))
    , m_selectionLabel(new QLabel(this))
{
    setObjectName(u"moderationWindow"_s);
    m_category->setProperty("data", true); // the board's categories, not translated
    setAttribute(Qt::WA_DeleteOnClose, false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(buildFilterBar());
    layout->addWidget(buildBanner());
    layout->addWidget(buildPanes(), 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_selectionLabel);
    createActions();
    fillFilters();
    connectModel();

    retranslateUi();
    resize(1200, 760); // until the user chose a size, which the session puts back
    restoreSession();
    if (!m_queue->currentIndex().isValid() && m_model->rowCount() > 0)
        m_queue->setCurrentIndex(m_model->index(0, 0));
    updateDetail();
    updateActions();
}

void ModerationWindow::connectModel()
{
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModerationWindow::updateDetail);
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModerationWindow::updateActions);
    // The detail follows the cache too: a decision arriving, a conflict stored.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ModerationWindow::updateDetail);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ModerationWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ModerationWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ModerationWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ModerationWindow::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ModerationWindow::updateCounts);
}

ModerationWindow::~ModerationWindow() = default;

void ModerationWindow::createActions()
{
    auto make = [this](QKeySequence key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_claimAction = make(QKeySequence(Qt::Key_C), [this] { act(ModerationAction::Claim); });
    m_hideAction = make(QKeySequence(Qt::Key_H), [this] { act(ModerationAction::Hide); });
    auto dismissAs = [this](DismissReason why) {
        return [this, why] { act(ModerationAction::Dismiss, Wire::name(why)); };
    };
    m_dismissAction = make(QKeySequence(Qt::Key_D), dismissAs(DismissReason::NotAViolation));
    m_duplicateAction =
        make(QKeySequence(Qt::SHIFT | Qt::Key_D), dismissAs(DismissReason::Duplicate));
    m_handledAction =
        make(QKeySequence(Qt::CTRL | Qt::Key_D), dismissAs(DismissReason::AlreadyHandled));
    m_restoreAction = make(QKeySequence(Qt::Key_R), [this] { act(ModerationAction::Restore); });
    m_warnAction = make(QKeySequence(Qt::Key_W), [this] { act(ModerationAction::Warn); });
    m_noteAction = make(QKeySequence(Qt::Key_N), [this] { act(ModerationAction::Note); });
    m_restrictAction = make(QKeySequence(Qt::Key_S), [this] { restrictAuthor(); });
    m_nextAction = make(QKeySequence(Qt::Key_J), [this] { moveBy(1); });
    m_previousAction = make(QKeySequence(Qt::Key_K), [this] { moveBy(-1); });
    m_syncAction = make(QKeySequence::Refresh, [this] { Q_EMIT syncRequested(); });
    m_closeAction = make(QKeySequence::Close, [this] { close(); });

    m_moderationMenu = menuBar()->addMenu(QString());
    m_moderationMenu->addActions({m_claimAction, m_hideAction});
    m_dismissMenu = m_moderationMenu->addMenu(QString());
    m_dismissMenu->addActions({m_dismissAction, m_duplicateAction, m_handledAction});
    m_moderationMenu->addAction(m_restoreAction);
    m_moderationMenu->addSeparator();
    m_moderationMenu->addActions({m_warnAction, m_restrictAction, m_noteAction});
    m_moderationMenu->addSeparator();
    m_moderationMenu->addAction(m_nextAction);
    m_moderationMenu->addAction(m_previousAction);
    m_moderationMenu->addAction(m_syncAction);
    m_moderationMenu->addSeparator();
    m_moderationMenu->addAction(m_closeAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"moderationActions"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_claimAction, m_hideAction, m_dismissAction, m_duplicateAction,
                           m_restoreAction, m_warnAction, m_noteAction});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_syncAction);
}

void ModerationWindow::retranslateUi()
{
    //: Title of the moderators' window.
    setWindowTitle(tr("Moderation — Soudan"));
    //: Names of the report list and of the selected report's pane, for screen readers.
    m_queue->setAccessibleName(tr("Report list"));
    m_detail->setAccessibleName(tr("Selected report"));
    m_moderationMenu->setTitle(tr("&Moderation"));
    //: Submenu: decline a report, with the reason why.
    m_dismissMenu->setTitle(tr("&Dismiss"));
    m_toolBar->setWindowTitle(tr("Moderation Actions"));
    auto label = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setStatusTip(tip);
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'),
                                            action->shortcut().toString(QKeySequence::NativeText)));
    };
    label(m_claimAction, tr("&Claim"),
          tr("Take the report: other moderators see that you handle it (for 10 minutes)"));
    label(m_hideAction, tr("&Hide Post"),
          tr("Agree with the report: the post disappears for members at their next sync"));
    label(m_dismissAction, tr("Not a &Violation"),
          tr("Decline the report: the post breaks no rule"));
    label(m_duplicateAction, tr("D&uplicate"),
          tr("Decline the report: it repeats one already decided"));
    label(m_handledAction, tr("&Already Handled"),
          tr("Decline the report: the problem was dealt with elsewhere"));
    label(m_restoreAction, tr("&Restore Post"), tr("Show a hidden post again (undoes Hide)"));
    label(m_warnAction, tr("&Warn Author…"),
          tr("Send the post's author a warning, kept with the account"));
    label(m_noteAction, tr("Add &Note…"), tr("Write a note for the other moderators"));
    label(m_restrictAction, tr("&Suspend Author…"),
          tr("Suspend the post's author for some days, make them read-only, or lift that"));
    label(m_nextAction, tr("Ne&xt Report"), tr("Select the next report in the queue"));
    label(m_previousAction, tr("&Previous Report"), tr("Select the previous report in the queue"));
    label(m_syncAction, tr("&Sync Now"), tr("Send your decisions and fetch new reports"));
    m_closeAction->setText(tr("&Close Window"));
    m_closeAction->setStatusTip(tr("Close the moderation window"));

    //: Filter bar of the moderation window.
    m_statusLabel->setText(tr("&Status:"));
    m_reasonLabel->setText(tr("R&eason:"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    //: Filter: how long ago the post was first reported.
    m_ageLabel->setText(tr("Re&ported:"));
    m_sortLabel->setText(tr("S&ort:"));
    m_applyAgain->setText(tr("Apply &Again"));
    m_applyAgain->setToolTip(tr("Apply your action to the report as it is now"));
    m_drop->setText(tr("Drop &My Action"));
    m_drop->setToolTip(tr("Keep the other moderator's decision"));

    const int reason = m_reason->currentIndex(), age = m_age->currentIndex(),
              sort = m_sort->currentIndex();
    m_reason->clear();
    m_reason->addItem(tr("All reasons"), -1);
    for (ReportReason r : Wire::all<ReportReason>())
        m_reason->addItem(Labels::reportReason(r), int(r));
    m_reason->setCurrentIndex(qMax(0, reason));
    m_age->clear();
    m_age->addItem(tr("Any time"), int(ReportQueueModel::Age::Any));
    m_age->addItem(tr("In the last 24 hours"), int(ReportQueueModel::Age::LastDay));
    m_age->addItem(tr("In the last 7 days"), int(ReportQueueModel::Age::LastWeek));
    m_age->addItem(tr("More than 7 days ago"), int(ReportQueueModel::Age::OlderThanWeek));
    m_age->setCurrentIndex(qMax(0, age));
    m_sort->clear();
    //: Sort order of the moderation queue.
    m_sort->addItem(tr("Priority"), int(ReportQueueModel::Sort::Priority));
    //: Sort order of the moderation queue: those reported longest ago first.
    m_sort->addItem(tr("Waiting longest"), int(ReportQueueModel::Sort::Age));
    m_sort->setCurrentIndex(qMax(0, sort));
    fillFilters();
    updateCounts();
    updateDetail();
}

void ModerationWindow::fillFilters()
{
    // Categories: each side, then its subcategories indented.
    const qint64 current = m_category->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All categories"), 0);
    for (int row = 0; row < m_categories.rowCount(); ++row) {
        const QModelIndex side = m_categories.index(row, 0);
        m_category->addItem(side.data().toString(), m_categories.categoryId(side));
        for (int child = 0; child < m_categories.rowCount(side); ++child) {
            const QModelIndex c = m_categories.index(child, 0, side);
            m_category->addItem(u"    "_s + c.data().toString(), m_categories.categoryId(c));
        }
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

void ModerationWindow::updateCounts()
{
    // The status filter names its counts: "New (12)".
    const QHash<ModerationStatus, int> counts = m_model->statusCounts();
    const int index = m_status->currentIndex();
    const QList<std::pair<QString, int>> entries = {
        {tr("New (%1)").arg(counts.value(ModerationStatus::New)), int(ModerationStatus::New)},
        {tr("Claimed (%1)").arg(counts.value(ModerationStatus::Claimed)),
         int(ModerationStatus::Claimed)},
        {tr("Resolved (%1)").arg(counts.value(ModerationStatus::Resolved)),
         int(ModerationStatus::Resolved)},
        //: Status filter: every report, whatever its status.
        {tr("All (%1)")
             .arg(counts.value(ModerationStatus::New) + counts.value(ModerationStatus::Claimed) +
                  counts.value(ModerationStatus::Resolved)),
         -1}};
    if (m_status->count() != int(entries.size())) {
        m_status->clear();
        for (const auto &[text, data] : entries)
            m_status->addItem(text, data);
        m_status->setCurrentIndex(qMax(0, index));
    } else {
        for (qsizetype i = 0; i < entries.size(); ++i)
            m_status->setItemText(int(i), entries[i].first);
    }
    const int selected = int(m_queue->selectionModel()->selectedRows().size());
    //: Status bar of the moderation window.
    m_selectionLabel->setText(selected > 1
                                  //: Status bar: %1 is how many of the reports are selected.
                                  ? tr("%n report(s) shown, %1 selected", "", m_model->rowCount())
                                        .arg(QLocale().toString(selected))
                                  : tr("%n report(s) shown", "", m_model->rowCount()));
}

void ModerationWindow::applyFilters()
{
    const QUuid keep = currentItem();
    ReportQueueModel::Filter f;
    const int status = m_status->currentData().toInt();
    f.status = status < 0 ? std::nullopt : std::optional(ModerationStatus(status));
    const int reason = m_reason->currentData().toInt();
    f.reason = reason < 0 ? std::nullopt : std::optional(ReportReason(reason));
    f.categoryId = m_category->currentData().toLongLong();
    f.age = ReportQueueModel::Age(m_age->currentData().toInt());
    m_model->setFilter(f);
    m_model->setSort(ReportQueueModel::Sort(m_sort->currentData().toInt()));
    if (!selectItem(keep) && m_model->rowCount() > 0)
        m_queue->setCurrentIndex(m_model->index(0, 0));
    updateCounts();
    updateDetail();
}

QUuid ModerationWindow::currentItem() const
{
    return m_queue->currentIndex().data(ReportQueueModel::ItemIdRole).toUuid();
}

bool ModerationWindow::selectItem(const QUuid &id)
{
    int row = id.isNull() ? -1 : m_model->rowOf(id);
    // An item the filters leave out: they go back to showing every report.
    if (row < 0 && !id.isNull() && m_model->entry(id)) {
        m_status->setCurrentIndex(qMax(0, m_status->findData(-1)));
        m_reason->setCurrentIndex(qMax(0, m_reason->findData(-1)));
        m_category->setCurrentIndex(qMax(0, m_category->findData(0)));
        m_age->setCurrentIndex(qMax(0, m_age->findData(int(ReportQueueModel::Age::Any))));
        applyFilters();
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_queue->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_queue->scrollTo(m_model->index(row, 0));
    return true;
}

bool ModerationWindow::actOnPost(const QUuid &postId, std::optional<ModerationAction> action,
                                 bool suspend)
{
    if (!selectItem(postId))
        return false;
    if (action)
        act(*action);
    else if (suspend)
        restrictAuthor();
    return true;
}

QList<QUuid> ModerationWindow::selectedItems() const
{
    QList<QUuid> ids;
    QModelIndexList rows = m_queue->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(ReportQueueModel::ItemIdRole).toUuid());
    if (ids.isEmpty() && !currentItem().isNull())
        ids.append(currentItem());
    return ids;
}

void ModerationWindow::moveBy(int rows)
{
    const int row = qBound(0, m_queue->currentIndex().row() + rows, m_model->rowCount() - 1);
    if (m_model->rowCount() > 0)
        selectItem(m_model->index(row, 0).data(ReportQueueModel::ItemIdRole).toUuid());
}

void ModerationWindow::act(ModerationAction action, const QString &reason)
{
    const QList<QUuid> ids = selectedItems();
    if (ids.isEmpty())
        return;
    // Asked once for the whole selection, and only where the action needs words.
    QString text;
    if (action == ModerationAction::Warn || action == ModerationAction::Note) {
        const std::optional<QString> asked = askText(action);
        if (!asked)
            return;
        text = *asked;
    }

    // The next item after the last one acted on, to select when done.
    QUuid next;
    const int lastRow = m_model->rowOf(ids.last());
    for (int row = lastRow + 1; row < m_model->rowCount() && next.isNull(); ++row) {
        const QUuid id = m_model->index(row, 0).data(ReportQueueModel::ItemIdRole).toUuid();
        if (!ids.contains(id))
            next = id;
    }
    for (int row = m_model->rowOf(ids.first()) - 1; row >= 0 && next.isNull(); --row) {
        const QUuid id = m_model->index(row, 0).data(ReportQueueModel::ItemIdRole).toUuid();
        if (!ids.contains(id))
            next = id;
    }

    int done = 0, skipped = 0;
    for (const QUuid &id : ids) {
        const std::optional<ModerationEntry> entry = m_model->entry(id);
        if (!entry) {
            ++skipped;
            continue;
        }
        if (!Moderation::applies(action, entry->shownStatus(QDateTime::currentDateTimeUtc()),
                                 entry->shownResolution())) {
            ++skipped;
            continue;
        }
        ModerationCache &moderation = m_store.moderation();
        std::optional<QUuid> queued;
        switch (action) {
        case ModerationAction::Claim:
            queued = moderation.claim(id);
            break;
        case ModerationAction::Hide: // for what the gravest report says
            queued =
                moderation.resolve(id, action, Wire::name(Moderation::gravestReason(entry->item)));
            break;
        case ModerationAction::Dismiss:
            queued = moderation.resolve(id, action, reason);
            break;
        case ModerationAction::Restore:
            queued = moderation.restore(id);
            break;
        case ModerationAction::Warn:
            queued = moderation.warn(id, text);
            break;
        case ModerationAction::Note:
            queued = moderation.note(id, text);
            break;
        }
        queued ? ++done : ++skipped;
    }
    if (done > 0)
        Q_EMIT syncRequested();
    if (skipped > 0) {
        //: Status bar after a moderation action on a selection.
        statusBar()->showMessage(
            tr("%n report(s) done; %1 skipped (the action does not apply to them).", "", done)
                .arg(skipped),
            8000);
    } else {
        statusBar()->showMessage(tr("%n report(s) done.", "", done), 4000);
    }
    // Notes and warnings decide nothing: the moderator stays on the item.
    if (action == ModerationAction::Note || action == ModerationAction::Warn) {
        updateDetail();
        return;
    }
    if (!next.isNull() && selectItem(next))
        return;
    if (m_model->rowCount() > 0 && m_model->rowOf(currentItem()) < 0)
        m_queue->setCurrentIndex(m_model->index(0, 0));
    updateDetail();
}

void ModerationWindow::applyAgain()
{
    if (const auto refused = m_model->refusedAction(currentItem())) {
        m_store.outbox().resend(refused->id, m_store.moderation().rebasedPayload(*refused));
        Q_EMIT syncRequested();
    }
}

void ModerationWindow::dropRefused()
{
    if (const auto refused = m_model->refusedAction(currentItem()))
        m_store.outbox().discard(refused->id);
}

void ModerationWindow::updateActions()
{
    const bool any = !selectedItems().isEmpty();
    for (QAction *a :
         {m_claimAction, m_hideAction, m_dismissAction, m_duplicateAction, m_handledAction,
          m_restoreAction, m_warnAction, m_noteAction, m_restrictAction})
        a->setEnabled(any);
    updateCounts();
}

void ModerationWindow::updateDetail()
{
    const Colors colors(palette());
    const QUuid id = currentItem();
    const std::optional<ModerationEntry> entry = id.isNull() ? std::nullopt : m_model->entry(id);
    if (!entry) {
        m_banner->hide();
        m_detail->setHtml(ModerationHtml::empty(m_model->rowCount() == 0, colors));
        return;
    }
    // A refused action: what the moderator did, why it failed, and how the item is now.
    if (const std::optional<OutboxItem> refused = m_model->refusedAction(id)) {
        m_bannerText->setText(ModerationHtml::conflict(entry->item, *refused));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    const int row = m_model->rowOf(id);
    const QString status =
        row >= 0 ? m_model->index(row, ReportQueueModel::StatusColumn).data().toString()
                 : QString();
    m_detail->setHtml(ModerationHtml::detail(
        {*entry, m_model->threadOf(*entry), status, QDateTime::currentDateTimeUtc()}, colors));
}

void ModerationWindow::restoreSession()
{
    const WindowState state(m_settings, Group);
    state.restore(this, m_splitter);
    state.restore(HeaderName, m_queue->header());
    updateCounts();
    for (const auto &[name, combo, fallback] : filterChoices()) {
        const int index = combo->findData(state.value(name, fallback));
        combo->setCurrentIndex(qMax(0, index));
    }
    applyFilters();
}

void ModerationWindow::saveSession()
{
    const WindowState state(m_settings, Group);
    state.save(this, m_splitter);
    state.save(HeaderName, m_queue->header());
    for (const auto &[name, combo, fallback] : filterChoices())
        state.setValue(name, combo->currentData());
    m_settings.sync();
}

QList<ModerationWindow::FilterChoice> ModerationWindow::filterChoices() const
{
    return {{u"status"_s, m_status, int(ModerationStatus::New)},
            {u"reason"_s, m_reason, -1},
            {u"category"_s, m_category, 0},
            {u"age"_s, m_age, 0},
            {u"sort"_s, m_sort, 0}};
}

void ModerationWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void ModerationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace Soudan
