#pragma once

#include <QLineEdit>

class QTimer;

namespace Soudan {

// The search box over the panes: searches as you type, a quarter of a second after the last
// key. Escape ends the search; Down goes to the results, Enter opens the first.
class SearchBox final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBox)

public:
    explicit SearchBox(QWidget *parent = nullptr);

Q_SIGNALS:
    void searchRequested(const QString &text); // empty: no search
    void cancelled();
    // Down (open false) or Enter (open true): the search is done first.
    void resultsRequested(bool open);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer *m_timer;
};

} // namespace Soudan
