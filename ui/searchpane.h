#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;

namespace Soudan {

class SearchResultsModel;

// Search results in the middle pane: how many threads matched (or why the search could not be
// done), newest first or best match, and each thread with its category, status and a snippet of
// the matching post with the match highlighted. Enter or a double click opens the thread.
class SearchPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPane)

public:
    explicit SearchPane(SearchResultsModel &model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // Moves into the results at the first, and with open, opens it.
    void focusFirstResult(bool open);
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void openRequested(const QUuid &threadId, const QUuid &postId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    SearchResultsModel &m_model;
    QLabel *m_summary;
    QComboBox *m_order;
    QListView *m_view;
};

} // namespace Soudan
