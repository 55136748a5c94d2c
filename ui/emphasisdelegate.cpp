#include "ui/emphasisdelegate.h"

namespace Soudan {

EmphasisDelegate::EmphasisDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void EmphasisDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The role is on the row's first column.
    if (index.siblingAtColumn(0).data(m_role).toBool())
        option->font.setBold(true);
}

} // namespace Soudan
