#include "ui/threaditemdelegate.h"

#include "domain/thread.h"
#include "models/threadlistmodel.h"
#include "ui/colors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Soudan {

namespace {

// Draws text in a rounded label at the left of rect; returns the label's width.
int drawTag(QPainter *painter, const QRect &rect, const QString &text, const QColor &color,
            const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetrics fm(small);
    const int padding = fm.height() / 3;
    const QRect tag(rect.left(), rect.center().y() - fm.height() / 2 - 1,
                    fm.horizontalAdvance(text) + 2 * padding, fm.height() + 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(tag, 3, 3);
    painter->fillPath(path, color);
    painter->setPen(Colors::tagText());
    painter->setFont(small);
    painter->drawText(tag, Qt::AlignCenter, text);
    painter->restore();
    return tag.width();
}

} // namespace

ThreadItemDelegate::ThreadItemDelegate(QObject *parent)
    : EmphasisDelegate(ThreadListModel::UnreadRole, parent)
{}

void ThreadItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const int column = index.column();
    if (column != ThreadListModel::TitleColumn && column != ThreadListModel::StatusColumn) {
        EmphasisDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    if (column == ThreadListModel::StatusColumn) {
        drawTag(painter, area, text,
                Colors::tag(ThreadStatus(index.data(ThreadListModel::StatusRole).toInt())),
                opt.font);
        return;
    }
    QRect titleArea = area;
    auto tag = [&](const QString &label, const QColor &color) {
        const int width = drawTag(painter, titleArea, label, color, opt.font);
        titleArea.setLeft(titleArea.left() + width + 6);
    };
    switch (LocalState(index.data(ThreadListModel::LocalStateRole).toInt())) {
    case LocalState::Waiting:
        //: Tag of a question asked here and not sent to the server yet.
        tag(tr("Not sent yet"), Colors::tag(Colors::Tag::Waiting));
        break;
    case LocalState::NeedsAttention:
        //: Tag of a question the server refused; see the outbox.
        tag(tr("Needs attention"), Colors::tag(Colors::Tag::Urgent));
        break;
    case LocalState::Synced:
        break;
    }
    if (index.data(ThreadListModel::UrgentRole).toBool())
        tag(index.data(ThreadListModel::UrgencyLabelRole).toString(),
            Colors::tag(Colors::Tag::Urgent));
    painter->save();
    painter->setFont(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(titleArea, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, titleArea.width()));
    painter->restore();
}

QSize ThreadItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = EmphasisDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace Soudan
