#include "ui/threaditemdelegate.h"

#include "domain/thread.h"
#include "models/threadlistmodel.h"
#include "ui/colors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Soudan {

namespace {

QFont tagFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    small.setBold(true);
    return small;
}

int tagWidth(const QString &text, const QFont &font)
{
    const QFontMetrics fm(tagFont(font));
    return fm.horizontalAdvance(text) + 2 * (fm.height() / 3);
}

int tagHeight(const QFont &font)
{
    return QFontMetrics(tagFont(font)).height() + 2;
}

// Draws text in a rounded label at the left of rect; returns the label's width.
int drawTag(QPainter *painter, const QRect &rect, const QString &text, const QColor &color,
            const QFont &font)
{
    const QFont small = tagFont(font);
    const int height = tagHeight(font);
    const QRect tag(rect.left(), rect.center().y() - height / 2, tagWidth(text, font), height);
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

struct Tag
{
    QString text;
    QColor color;
};

// The labels of a row: its local state, the urgency and, when asked for, the status.
QList<Tag> tagsOf(const QModelIndex &index, bool withStatus)
{
    QList<Tag> tags;
    const QModelIndex row = index.siblingAtColumn(ThreadListModel::TitleColumn);
    if (withStatus) {
        tags.append({row.siblingAtColumn(ThreadListModel::StatusColumn).data().toString(),
                     Colors::tag(ThreadStatus(row.data(ThreadListModel::StatusRole).toInt()))});
    }
    switch (LocalState(row.data(ThreadListModel::LocalStateRole).toInt())) {
    case LocalState::Waiting:
        //: Tag of a question asked here and not sent to the server yet.
        tags.append({ThreadItemDelegate::tr("Not sent yet"), Colors::tag(Colors::Tag::Waiting)});
        break;
    case LocalState::NeedsAttention:
        //: Tag of a question the server refused; see the outbox.
        tags.append({ThreadItemDelegate::tr("Needs attention"), Colors::tag(Colors::Tag::Urgent)});
        break;
    case LocalState::Synced:
        break;
    }
    if (row.data(ThreadListModel::UrgentRole).toBool())
        tags.append({row.data(ThreadListModel::UrgencyLabelRole).toString(),
                     Colors::tag(Colors::Tag::Urgent)});
    return tags;
}

const int TagSpacing = 6;

// Where an item's text goes, a little in from its edges.
QRect textArea(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget)
        .adjusted(2, 0, -2, 0);
}

} // namespace

ThreadItemDelegate::ThreadItemDelegate(QObject *parent)
    : EmphasisDelegate(ThreadListModel::UnreadRole, parent)
{}

ThreadItemDelegate::Layout ThreadItemDelegate::layout(const QStyleOptionViewItem &option,
                                                      const QModelIndex &index) const
{
    QRect area = textArea(option);
    const QFontMetrics fm(option.font);
    Layout l;
    if (m_twoLines) {
        area.adjust(2, 3, -2, -3);
        l.title = QRect(area.left(), area.top(), area.width(), fm.height());
        l.tags = QRect(area.left(), l.title.bottom() + 3, area.width(),
                       area.bottom() - l.title.bottom() - 3);
    } else {
        l.title = area;
        for (const Tag &tag : tagsOf(index, false))
            l.title.setLeft(l.title.left() + tagWidth(tag.text, option.font) + TagSpacing);
        l.tags = QRect(area.left(), area.top(), l.title.left() - area.left(), area.height());
    }
    l.elidedTitle = fm.elidedText(option.text, Qt::ElideRight, l.title.width());
    return l;
}

QString ThreadItemDelegate::visibleTitle(const QAbstractItemView *view,
                                         const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.widget = view;
    option.rect = view->visualRect(index.siblingAtColumn(ThreadListModel::TitleColumn));
    initStyleOption(&option, index.siblingAtColumn(ThreadListModel::TitleColumn));
    return layout(option, index).elidedTitle;
}

void ThreadItemDelegate::paintTags(QPainter *painter, QRect &area,
                                   const QStyleOptionViewItem &option, const QModelIndex &index,
                                   bool withStatus) const
{
    for (const Tag &tag : tagsOf(index, withStatus)) {
        const int width = drawTag(painter, area, tag.text, tag.color, option.font);
        area.setLeft(area.left() + width + TagSpacing);
    }
}

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
    if (column == ThreadListModel::StatusColumn) {
        drawTag(painter, textArea(opt), text,
                Colors::tag(ThreadStatus(index.data(ThreadListModel::StatusRole).toInt())),
                opt.font);
        return;
    }
    opt.text = text;
    const Layout l = layout(opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    // In two lines the tags lead the second line, and the counts and dates follow them.
    QRect rest = l.tags;
    paintTags(painter, rest, opt, index, m_twoLines);
    if (m_twoLines) {
        QFont small = opt.font;
        small.setBold(false);
        small.setPointSizeF(opt.font.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText)
                                 : Colors(opt.palette).mutedText());
        painter->drawText(
            rest, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(index.data(ThreadListModel::DetailsRole).toString(),
                                           Qt::ElideRight, rest.width()));
    }
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter, l.elidedTitle);
    painter->restore();
}

QSize ThreadItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = EmphasisDelegate::sizeHint(option, index);
    const int line = option.fontMetrics.height();
    if (m_twoLines && index.column() == ThreadListModel::TitleColumn)
        size.setHeight(qMax(size.height(), line + qMax(tagHeight(option.font), line) + 9));
    else
        size.setHeight(qMax(size.height(), line + 8));
    return size;
}

} // namespace Soudan
