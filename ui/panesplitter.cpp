#include "ui/panesplitter.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>

namespace Soudan {

namespace {

// The widest text of column 0 under parent, with the tree's indentation.
int widestName(const QTreeView *tree, const QModelIndex &parent, int depth)
{
    const QAbstractItemModel *model = tree->model();
    int widest = 0;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        QFont font = tree->font();
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = f.value<QFont>();
        widest = qMax(widest, QFontMetrics(font).horizontalAdvance(index.data().toString()) +
                                  tree->indentation() * depth);
        widest = qMax(widest, widestName(tree, index, depth + 1));
    }
    return widest;
}

// Narrower than this, the splitter does not make the tree by itself (the user may).
constexpr int NarrowestFirstPane = 160;

} // namespace

PaneSplitter::PaneSplitter(QWidget *parent)
    : QSplitter(parent)
{
    connect(this, &QSplitter::splitterMoved, this, [this](int, int index) {
        if (index == 1)
            m_chosenFirstWidth = sizes().value(0);
    });
}

bool PaneSplitter::restoreSizes(const QByteArray &state)
{
    m_arranged = restoreState(state);
    if (m_arranged)
        m_chosenFirstWidth = sizes().value(0);
    return m_arranged;
}

int PaneSplitter::firstWidthFor(int total) const
{
    const int wanted =
        m_chosenFirstWidth > 0 ? m_chosenFirstWidth : qMax(NarrowestFirstPane, firstPaneWidth());
    return qMin(wanted, qMax(NarrowestFirstPane, total / 3));
}

void PaneSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    if (!m_arranged || count() != 3)
        return;
    // Narrower: the tree shrinks last, and to no less than a third.
    const QList<int> now = sizes();
    const int total = now.at(0) + now.at(1) + now.at(2);
    const int first = firstWidthFor(total);
    if (now.at(0) >= first)
        return;
    const int rest = total - first;
    const int others = now.at(1) + now.at(2);
    const int list = others > 0 ? int(qint64(rest) * now.at(1) / others) : rest / 2;
    setSizes({first, list, rest - list});
}

int PaneSplitter::firstPaneWidth() const
{
    const auto *tree = qobject_cast<const QTreeView *>(widget(0));
    if (!tree || !tree->model())
        return 0;
    // The name, the item's margins and the branch, the other columns as their headers ask.
    int width = widestName(tree, {}, tree->rootIsDecorated() ? 1 : 0) + 16;
    const QHeaderView *header = tree->header();
    for (int column = 1; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            width += header->sectionSizeHint(column);
    }
    return width + 2 * tree->frameWidth() + tree->verticalScrollBar()->sizeHint().width();
}

void PaneSplitter::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    if (m_arranged || count() != 3 || width() <= 0)
        return;
    m_arranged = true;
    const int total = width() - 2 * handleWidth();
    const int first = firstWidthFor(total);
    const int list = (total - first) * 45 / 100;
    setSizes({first, list, total - first - list});
}

} // namespace Soudan
