#pragma once

#include "models/rowtablemodel.h"
#include "store/storetypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace Soudan {

class Store;

// The moderators' queue: one row per reported post (all its reports together), with its
// priority, reasons, status and age; filtered by status, reason, category and age, sorted by
// priority or age. It follows the cache as changes arrive, keeping rows (and so a selection)
// on their items.
class ReportQueueModel final : public RowTableModel<ModerationEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportQueueModel)

public:
    enum Column
    {
        PriorityColumn,
        PostColumn,
        ReasonsColumn,
        ReportsColumn,
        StatusColumn,
        AgeColumn,
        ColumnCount,
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        StatusRole,     // int(ModerationStatus), as it is here (an action taken here counts)
        LocalStateRole, // int(LocalState) of the action taken here
        PriorityRole,
        VersionRole,
        CategoryRole,
    };
    enum class Age
    {
        Any,
        LastDay,
        LastWeek,
        OlderThanWeek,
    };
    enum class Sort
    {
        Priority, // the most urgent first
        Age,      // the longest waiting first
    };
    struct Filter
    {
        std::optional<ModerationStatus> status = ModerationStatus::New;
        std::optional<ReportReason> reason;
        qint64 categoryId = 0; // 0: every category
        Age age = Age::Any;

        friend bool operator==(const Filter &, const Filter &) = default;
    };

    explicit ReportQueueModel(Store &store, QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    void setSort(Sort sort);
    Sort sort() const { return m_sort; }
    // Counts of items per status with the other filters applied: for the filter bar.
    QHash<ModerationStatus, int> statusCounts() const { return m_counts; }
    // The time priorities and ages are reckoned at (the clock, unless a test sets one).
    void setClock(std::function<QDateTime()> clock);

    std::optional<ModerationEntry> entry(int row) const;
    int rowOf(const QUuid &id) const;
    // An item as the cache has it now, shown or not; the thread of its post, when cached; the
    // moderator's action on it that the server refused, if any.
    std::optional<ModerationEntry> entry(const QUuid &itemId) const;
    std::optional<ThreadDetail> threadOf(const ModerationEntry &entry) const;
    std::optional<OutboxItem> refusedAction(const QUuid &itemId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    // Claimed by the moderator of this cache (here, or on the server).
    bool mine(const ModerationEntry &entry) const;
    bool accepts(const ModerationEntry &entry, bool withStatus) const;
    QList<ModerationEntry> ordered(QList<ModerationEntry> entries) const;
    QString statusText(const ModerationEntry &entry) const;
    QUuid rowId(const ModerationEntry &entry) const override;

    Store &m_store;
    Filter m_filter;
    Sort m_sort = Sort::Priority;
    std::function<QDateTime()> m_clock;
    QDateTime m_now;
    qint64 m_me = 0;           // the moderator this cache is for
    QSet<qint64> m_categories; // of the category filter, with its subcategories
    QHash<ModerationStatus, int> m_counts;
};

} // namespace Soudan
