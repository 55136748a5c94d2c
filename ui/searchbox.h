#pragma once

#include <QKeySequence>
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

    // The shortcut that reaches the box, named in its placeholder.
    void setShortcut(const QKeySequence &shortcut);

Q_SIGNALS:
    void searchRequested(const QString &text); // empty: no search
    void cancelled();
    // Down (open false) or Enter (open true): the search is done first.
    void resultsRequested(bool open);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTimer *m_timer;
    QKeySequence m_shortcut;
};

} // namespace Soudan
