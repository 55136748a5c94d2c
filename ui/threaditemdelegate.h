#pragma once

#include "ui/emphasisdelegate.h"

class QAbstractItemView;

namespace Soudan {

// Draws the thread list as the board's pages do: the urgency tag (すぐ知りたい!) and the status as
// coloured labels, new and unread threads in bold. In two lines (the default) a row gives the
// title the whole width, with the labels, counts and dates under it, as mail clients do; in one
// line the title has the urgency tag in front and the other columns beside it.
class ThreadItemDelegate final : public EmphasisDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadItemDelegate)

public:
    explicit ThreadItemDelegate(QObject *parent = nullptr);

    void setTwoLines(bool twoLines) { m_twoLines = twoLines; }
    bool twoLines() const { return m_twoLines; }

    // The title as the row in view shows it now (elided where it does not fit).
    QString visibleTitle(const QAbstractItemView *view, const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QRect title;
        QRect tags; // the second line in two lines; in one, the room before the title
        QString elidedTitle;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintTags(QPainter *painter, QRect &area, const QStyleOptionViewItem &option,
                   const QModelIndex &index, bool withStatus) const;

    bool m_twoLines = true;
};

} // namespace Soudan
