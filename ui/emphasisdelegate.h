#pragma once

#include <QStyledItemDelegate>

namespace Soudan {

// Shows in bold the rows whose index says so in a role of its model (what is new or unread).
class EmphasisDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmphasisDelegate)

public:
    EmphasisDelegate(int role, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Soudan
