#pragma once

#include <QSplitter>

namespace Soudan {

// The main window's three panes. Shown for the first time without saved sizes, it gives the
// category tree the width its names and counts need (up to a third of the window) and shares
// the rest between the thread list and the thread, so that neither names nor titles are cut at
// 1280×800 or 1024×768. First shown small, it gives the tree that width as soon as the window
// grows; narrower (a dock opens beside the panes), the list and the thread give room first. A
// width the user dragged the tree to is kept the same way.
class PaneSplitter final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneSplitter)

public:
    explicit PaneSplitter(QWidget *parent = nullptr);

    // Sizes kept from an earlier session; false (and the first sizes later) when state is not
    // such sizes.
    bool restoreSizes(const QByteArray &state);
    // The width the first pane (a tree) needs to show every name and count in full.
    int firstPaneWidth() const;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The first pane's width out of total: as dragged, or as its names need (160 px at least),
    // up to a third.
    int firstWidthFor(int total) const;

    bool m_arranged = false;
    int m_chosenFirstWidth = 0; // dragged by the user; 0: as its names need
};

} // namespace Soudan
