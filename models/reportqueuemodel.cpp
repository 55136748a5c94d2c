#include "models/reportqueuemodel.h"

#include "models/labels.h"
#include "models/retranslation.h"
#include "store/boardreads.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Soudan {

ReportQueueModel::ReportQueueModel(Store &store, QObject *parent)
    : RowTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    followLanguage(this);
    reload();
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.moderation || change.everything)
            reload();
    });
}

void ReportQueueModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_categories.clear();
    if (filter.categoryId) {
        const QList<qint64> ids = m_store.reads().categoryAndChildren(filter.categoryId);
        m_categories = QSet<qint64>(ids.begin(), ids.end());
        m_categories.insert(filter.categoryId);
    }
    reload();
}

void ReportQueueModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void ReportQueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    reload();
}

bool ReportQueueModel::mine(const ModerationEntry &e) const
{
    if (e.local != LocalState::Synced && e.localAction == AuditAction::Claimed)
        return true;
    return m_me != 0 && e.item.claimedBy == m_me;
}

bool ReportQueueModel::accepts(const ModerationEntry &e, bool withStatus) const
{
    if (withStatus && m_filter.status) {
        const ModerationStatus shown = e.shownStatus(m_now);
        // The new items keep what the moderator took from them, until it is decided.
        const bool taken = *m_filter.status == ModerationStatus::New &&
                           shown == ModerationStatus::Claimed && mine(e);
        if (shown != *m_filter.status && !taken)
            return false;
    }
    if (m_filter.reason) {
        const bool has =
            std::any_of(e.item.reports.cbegin(), e.item.reports.cend(),
                        [&](const ReportEntry &r) { return r.reason == *m_filter.reason; });
        if (!has)
            return false;
    }
    if (m_filter.categoryId && !m_categories.contains(e.categoryId))
        return false;
    const qint64 hours = e.item.firstReportedAt.secsTo(m_now) / 3600;
    switch (m_filter.age) {
    case Age::Any:
        break;
    case Age::LastDay:
        if (hours >= 24)
            return false;
        break;
    case Age::LastWeek:
        if (hours >= 24 * 7)
            return false;
        break;
    case Age::OlderThanWeek:
        if (hours < 24 * 7)
            return false;
        break;
    }
    return true;
}

QList<ModerationEntry> ReportQueueModel::ordered(QList<ModerationEntry> entries) const
{
    const QDateTime now = m_now;
    if (m_sort == Sort::Priority) {
        std::stable_sort(entries.begin(), entries.end(),
                         [&](const ModerationEntry &a, const ModerationEntry &b) {
                             const int pa = a.priority(now), pb = b.priority(now);
                             if (pa != pb)
                                 return pa > pb;
                             return a.item.firstReportedAt < b.item.firstReportedAt;
                         });
    } else {
        std::stable_sort(entries.begin(), entries.end(),
                         [](const ModerationEntry &a, const ModerationEntry &b) {
                             return a.item.firstReportedAt < b.item.firstReportedAt;
                         });
    }
    return entries;
}

void ReportQueueModel::reload()
{
    const QDateTime before = m_now;
    m_now = m_clock();
    const std::optional<User> me = m_store.sync().me();
    m_me = me ? me->id : 0;
    const QList<ModerationEntry> all = m_store.moderation().entries();
    QHash<ModerationStatus, int> counts;
    QList<ModerationEntry> shown;
    for (const ModerationEntry &e : all) {
        if (accepts(e, false))
            ++counts[e.shownStatus(m_now)];
        if (accepts(e, true))
            shown.append(e);
    }
    m_counts = counts;
    reconcile(ordered(shown));
    // Priorities and ages follow the clock, also on rows that did not change.
    if (m_now != before && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QUuid ReportQueueModel::rowId(const ModerationEntry &entry) const
{
    return entry.item.id;
}

std::optional<ModerationEntry> ReportQueueModel::entry(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows[row];
}

std::optional<ModerationEntry> ReportQueueModel::entry(const QUuid &itemId) const
{
    return m_store.moderation().entry(itemId);
}

std::optional<ThreadDetail> ReportQueueModel::threadOf(const ModerationEntry &entry) const
{
    return m_store.reads().threadDetail(entry.item.threadId);
}

std::optional<OutboxItem> ReportQueueModel::refusedAction(const QUuid &itemId) const
{
    for (const OutboxItem &o : m_store.outbox().items()) {
        if (o.targetId == itemId && isModeration(o.kind) && o.state == OutboxState::NeedsAttention)
            return o;
    }
    return std::nullopt;
}

int ReportQueueModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].item.id == id)
            return int(i);
    }
    return -1;
}

int ReportQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportQueueModel::statusText(const ModerationEntry &e) const
{
    if (e.local == LocalState::NeedsAttention)
        //: Moderation queue: the moderator's action was refused (another moderator acted).
        return tr("Conflict: needs attention");
    QString text;
    switch (e.shownStatus(m_now)) {
    case ModerationStatus::New:
        //: Moderation status of a report.
        text = tr("New");
        break;
    case ModerationStatus::Claimed:
        //: Moderation status: %1 is the moderator handling the report.
        text = mine(e) ? tr("Claimed by you") : tr("Claimed by %1").arg(e.item.claimedByName);
        break;
    case ModerationStatus::Resolved: {
        const Resolution resolution = e.shownResolution();
        if (resolution == Resolution::Hidden)
            //: Moderation status: the post was hidden.
            text = tr("Hidden");
        else if (resolution == Resolution::Restored)
            //: Moderation status: a hidden post was shown again.
            text = tr("Restored");
        else
            //: Moderation status: the report was declined.
            text = tr("Dismissed");
        break;
    }
    }
    if (e.local == LocalState::Waiting)
        //: Moderation status of an action taken offline: %1 is the status.
        return tr("%1 (not sent yet)").arg(text);
    return text;
}

QVariant ReportQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModerationEntry &e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorityColumn:
            return Labels::number(e.priority(m_now));
        case PostColumn: {
            const QString excerpt = e.postText.simplified().left(60);
            if (e.item.targetKind == EntityKind::Answer)
                //: Moderation queue: a reported answer. %1 is the thread's title, %2 the answer.
                return tr("Answer in “%1”: %2").arg(e.threadTitle, excerpt);
            return e.threadTitle.isEmpty() ? excerpt : e.threadTitle;
        }
        case ReasonsColumn: {
            QStringList reasons;
            for (const ReportEntry &r : e.item.reports) {
                const QString label = Labels::reportReason(r.reason);
                if (!reasons.contains(label))
                    reasons.append(label);
            }
            return QLocale().createSeparatedList(reasons);
        }
        case ReportsColumn: {
            const qsizetype system =
                std::count_if(e.item.reports.cbegin(), e.item.reports.cend(),
                              [](const ReportEntry &r) { return r.reporterId == 0; });
            if (system)
                //: Moderation queue: %1 reports, of which %2 by the automatic contact check.
                return tr("%1 (%2 automatic)")
                    .arg(Labels::number(e.item.reports.size()), Labels::number(system));
            return Labels::number(e.item.reports.size());
        }
        case StatusColumn:
            return statusText(e);
        case AgeColumn: {
            const qint64 minutes = e.item.firstReportedAt.secsTo(m_now) / 60;
            if (minutes < 60)
                //: Age of a report in minutes.
                return tr("%n min", nullptr, int(qMax<qint64>(0, minutes)));
            if (minutes < 48 * 60)
                //: Age of a report in hours.
                return tr("%n h", nullptr, int(minutes / 60));
            //: Age of a report in days.
            return tr("%n d", nullptr, int(minutes / (24 * 60)));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PostColumn)
            return e.postText.left(400);
        if (index.column() == AgeColumn)
            return Labels::dateTime(e.item.firstReportedAt);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PriorityColumn || index.column() == ReportsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemIdRole:
        return e.item.id;
    case StatusRole:
        return int(e.shownStatus(m_now));
    case LocalStateRole:
        return int(e.local);
    case PriorityRole:
        return e.priority(m_now);
    case VersionRole:
        return e.item.version;
    case CategoryRole:
        return e.categoryId;
    }
    return {};
}

QVariant ReportQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        //: Column of the moderation queue: how urgent a report is.
        return tr("Priority");
    case PostColumn:
        //: Column of the moderation queue: the reported post.
        return tr("Post");
    case ReasonsColumn:
        //: Column of the moderation queue.
        return tr("Reasons");
    case ReportsColumn:
        //: Column of the moderation queue: how many reports.
        return tr("Reports");
    case StatusColumn:
        //: Column of the moderation queue.
        return tr("Status");
    case AgeColumn:
        //: Column of the moderation queue: how long since the first report.
        return tr("Waiting");
    }
    return {};
}

} // namespace Soudan
