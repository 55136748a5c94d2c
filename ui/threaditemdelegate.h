#pragma once

#include "ui/emphasisdelegate.h"

namespace Soudan {

// Draws the thread list's title with its urgency tag (すぐ知りたい!) in front, and the status as a
// coloured label, as the board's own pages do; new and unread threads in bold.
class ThreadItemDelegate final : public EmphasisDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadItemDelegate)

public:
    explicit ThreadItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Soudan
