#include "models/threadlistmodel.h"

#include "models/labels.h"
#include "models/retranslation.h"
#include "store/boardreads.h"
#include "store/store.h"

#include <QHash>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Soudan {

ThreadListModel::ThreadListModel(Store &store, QObject *parent)
    : RowTableModel(parent)
    , m_store(store)
{
    followLanguage(this);
    connect(&m_store, &Store::changed, this, &ThreadListModel::onStoreChanged);
}

void ThreadListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void ThreadListModel::setQuery(const ThreadQuery &query)
{
    const QScopedValueRollback<bool> busy(m_busy, true);
    beginResetModel();
    m_query = query;
    const QList<qint64> ids = m_store.reads().categoryAndChildren(query.categoryId);
    m_categoryIds = QSet<qint64>(ids.begin(), ids.end());
    m_rows = m_store.reads().threads(m_query, std::nullopt, m_pageSize);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
    Q_EMIT queryChanged(m_query);
}

QUuid ThreadListModel::threadId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QUuid();
}

int ThreadListModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

ThreadListModel::Column ThreadListModel::columnOf(ThreadSort sort)
{
    switch (sort) {
    case ThreadSort::Newest:
        return AskedColumn;
    case ThreadSort::LastActivity:
        return LastActivityColumn;
    case ThreadSort::MostViewed:
        return ViewsColumn;
    case ThreadSort::MostAnswered:
        return AnswersColumn;
    }
    return AskedColumn;
}

int ThreadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ThreadListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ThreadListModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may call back in while the model is changing; one change at a time.
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QScopedValueRollback<bool> busy(m_busy, true);
    std::optional<ThreadKey> after;
    if (!m_rows.isEmpty())
        after = keyOf(m_rows.constLast(), m_query.sort);
    QList<ThreadSummary> page = m_store.reads().threads(m_query, after, m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
}

void ThreadListModel::sort(int column, Qt::SortOrder order)
{
    ThreadSort sort;
    switch (column) {
    case AskedColumn:
        sort = ThreadSort::Newest;
        break;
    case LastActivityColumn:
        sort = ThreadSort::LastActivity;
        break;
    case ViewsColumn:
        sort = ThreadSort::MostViewed;
        break;
    case AnswersColumn:
        sort = ThreadSort::MostAnswered;
        break;
    default:
        return;
    }
    if (sort == m_query.sort && order == m_query.order)
        return;
    ThreadQuery q = m_query;
    q.sort = sort;
    q.order = order;
    setQuery(q);
}

void ThreadListModel::onStoreChanged(const StoreChange &change)
{
    if (m_query.categoryId == 0)
        return;
    if (change.categories) {
        const QList<qint64> ids = m_store.reads().categoryAndChildren(m_query.categoryId);
        m_categoryIds = QSet<qint64>(ids.begin(), ids.end());
    }
    if (change.everything || change.activity || change.categoryIds.intersects(m_categoryIds))
        refresh();
}

void ThreadListModel::refresh()
{
    const QScopedValueRollback<bool> busy(m_busy, true);
    const int window = qMax(int(m_rows.size()), m_pageSize);
    QList<ThreadSummary> fresh = m_store.reads().threads(m_query, std::nullopt, window);
    m_atEnd = fresh.size() < window;
    reconcile(std::move(fresh));
}

QUuid ThreadListModel::rowId(const ThreadSummary &row) const
{
    return row.id;
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadSummary &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case StatusColumn:
            return Labels::status(row.status);
        case AnswersColumn:
            return Labels::answers(row.answerCount, row.unreadAnswers);
        case ViewsColumn:
            return Labels::number(row.viewCount);
        case AskedColumn:
            return Labels::date(row.createdMs);
        case LastActivityColumn:
            return Labels::date(row.lastActivityMs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = row.title + u"\n"_s + Labels::urgency(row.urgency);
            if (row.isNew)
                //: Tooltip of a thread created since the user last looked at its category.
                tip += u'\n' + tr("New since you last looked");
            if (row.unreadAnswers > 0)
                tip += u'\n' + tr("%n answer(s) you have not read", "", row.unreadAnswers);
            return tip;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AnswersColumn || index.column() == ViewsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ThreadIdRole:
        return row.id;
    case UrgentRole:
        return row.urgency == Urgency::Urgent;
    case UrgencyLabelRole:
        return Labels::urgency(row.urgency);
    case StatusRole:
        return int(row.status);
    case LocalStateRole:
        return int(row.local);
    case UnreadRole:
        return row.isNew || row.unreadAnswers > 0;
    case UnreadAnswersRole:
        return row.unreadAnswers;
    case DetailsRole: {
        const QString answers =
            row.unreadAnswers > 0
                //: Second line of a thread in the list: %n answers, %1 of them not read yet.
                ? tr("%n answer(s), %1 new", "", row.answerCount).arg(row.unreadAnswers)
                //: Second line of a thread in the list: the number of answers (回答数).
                : tr("%n answer(s)", "", row.answerCount);
        //: Second line of a thread in the list: %1 the answers, %Ln views (閲覧回数), %2 the
        //: date of the latest answer or comment, %3 the date the question was asked.
        return tr("%1 · %Ln view(s) · last activity %2 · asked %3", "", int(row.viewCount))
            .arg(answers, Labels::date(row.lastActivityMs), Labels::date(row.createdMs));
    }
    case SortValueRole:
        switch (index.column()) {
        case AnswersColumn:
            return row.answerCount;
        case ViewsColumn:
            return row.viewCount;
        case AskedColumn:
            return row.createdMs;
        case LastActivityColumn:
            return row.lastActivityMs;
        }
        break;
    }
    return {};
}

QVariant ThreadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == AnswersColumn || section == ViewsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        //: Column header of the thread list: the question's title.
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case AnswersColumn:
        //: Column header: number of answers (回答数).
        return tr("Answers");
    case ViewsColumn:
        //: Column header: number of views (閲覧回数).
        return tr("Views");
    case AskedColumn:
        //: Column header: the date the question was asked.
        return tr("Asked");
    case LastActivityColumn:
        //: Column header: the date of the latest answer or comment.
        return tr("Last activity");
    }
    return {};
}

} // namespace Soudan
