#include "ui/threadlistpane.h"

#include "models/threadlistmodel.h"
#include "ui/threaditemdelegate.h"
#include "ui/windowstate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// The list's choices are kept with the main window's, under "threadList".
const auto Group = u"threadList"_s;

} // namespace

ThreadListPane::ThreadListPane(ThreadListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_options(new QPushButton(this))
    , m_view(new QTreeView(this))
    , m_delegate(new ThreadItemDelegate(m_view))
    , m_filterDelay(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("threadFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_options->setObjectName(QStringLiteral("threadListOptions"));
    m_options->setFocusPolicy(Qt::NoFocus);

    m_view->setObjectName(QStringLiteral("threadList"));
    m_view->setModel(&m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->header();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ThreadListModel::TitleColumn, QHeaderView::Stretch);
    for (int c = ThreadListModel::StatusColumn; c < ThreadListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(40);
    onQueryChanged(m_model.query());
    setTwoLines(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &ThreadListPane::onSortIndicatorChanged);
    connect(&m_model, &ThreadListModel::queryChanged, this, &ThreadListPane::onQueryChanged);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &ThreadListPane::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        m_view->setFocus();
        if (!m_view->currentIndex().isValid() && m_model.rowCount() > 0)
            m_view->setCurrentIndex(m_model.index(0, 0));
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_options);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

void ThreadListPane::addBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, bar);
}

void ThreadListPane::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter titles (Ctrl+F)"));
    //: Names of the thread list and its filter box, for screen readers.
    m_filter->setAccessibleName(tr("Filter thread titles"));
    m_view->setAccessibleName(tr("Thread list"));
    //: Button that opens the menu of sort orders and filters of the thread list.
    m_options->setText(tr("Sort && Filter"));
    m_options->setToolTip(tr("Sort order and filters of the thread list"));
}

void ThreadListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ThreadListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ThreadListPane::setTwoLines(bool twoLines)
{
    const bool changed = twoLines != m_delegate->twoLines();
    m_delegate->setTwoLines(twoLines);
    // In two lines the title has the whole width and the rest is under it; the sort order is
    // in the Sort & Filter menu.
    for (int c = ThreadListModel::StatusColumn; c < ThreadListModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, twoLines);
    m_view->setHeaderHidden(twoLines);
    // Row heights are cached with uniform rows: have the view ask the delegate again.
    m_view->setUniformRowHeights(false);
    m_view->setUniformRowHeights(true);
    m_view->doItemsLayout();
    if (changed)
        Q_EMIT twoLinesChanged(twoLines);
}

bool ThreadListPane::twoLines() const
{
    return m_delegate->twoLines();
}

QString ThreadListPane::visibleTitle(int row) const
{
    return m_delegate->visibleTitle(m_view, m_model.index(row, ThreadListModel::TitleColumn));
}

void ThreadListPane::applyFilter()
{
    m_filterDelay->stop();
    const QString text = m_filter->text().trimmed();
    if (text == m_model.query().titleContains)
        return;
    ThreadQuery q = m_model.query();
    q.titleContains = text;
    m_model.setQuery(q);
}

bool ThreadListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            applyFilter();
            m_view->setFocus();
            if (m_model.rowCount() > 0)
                m_view->setCurrentIndex(m_model.index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            applyFilter();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ThreadListPane::onQueryChanged(const ThreadQuery &query)
{
    const QSignalBlocker blocker(m_view->header());
    m_view->header()->setSortIndicator(ThreadListModel::columnOf(query.sort), query.order);
    if (m_filter->text().trimmed() != query.titleContains && !m_filterDelay->isActive()) {
        const QSignalBlocker filterBlocker(m_filter);
        m_filter->setText(query.titleContains);
    }
}

void ThreadListPane::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    // A newly chosen column starts with the most (newest, most viewed) first; clicking it again
    // flips the order. Columns without an order keep the current one.
    const ThreadQuery &current = m_model.query();
    const int currentColumn = ThreadListModel::columnOf(current.sort);
    if (section != currentColumn)
        order = Qt::DescendingOrder;
    m_model.sort(section, order);
    onQueryChanged(m_model.query());
}

void ThreadListPane::restoreOptions(QSettings &settings)
{
    const WindowState state(settings, Group);
    ThreadQuery q = m_model.query();
    q.sort = ThreadSort(qBound(0, state.value(u"sort"_s, 0).toInt(), 3));
    q.order = state.value(u"order"_s, int(Qt::DescendingOrder)).toInt() == Qt::AscendingOrder
                  ? Qt::AscendingOrder
                  : Qt::DescendingOrder;
    q.status = StatusFilter(qBound(0, state.value(u"status"_s, 0).toInt(), 2));
    q.urgentOnly = state.value(u"urgentOnly"_s, false).toBool();
    q.unansweredOnly = state.value(u"unansweredOnly"_s, false).toBool();
    m_model.setQuery(q);
    setTwoLines(state.value(u"twoLines"_s, true).toBool());
}

void ThreadListPane::restoreColumns(QSettings &settings)
{
    WindowState(settings, u"mainWindow"_s).restore(u"threadHeader"_s, m_view->header());
    setTwoLines(twoLines()); // the header's saved state may show the columns
}

void ThreadListPane::save(QSettings &settings) const
{
    WindowState(settings, u"mainWindow"_s).save(u"threadHeader"_s, m_view->header());
    const WindowState state(settings, Group);
    const ThreadQuery &q = m_model.query();
    state.setValue(u"sort"_s, int(q.sort));
    state.setValue(u"order"_s, int(q.order));
    state.setValue(u"status"_s, int(q.status));
    state.setValue(u"urgentOnly"_s, q.urgentOnly);
    state.setValue(u"unansweredOnly"_s, q.unansweredOnly);
    state.setValue(u"twoLines"_s, twoLines());
}

} // namespace Soudan
