#pragma once

#include <QWidget>

class QLineEdit;
class QSettings;
class QTimer;
class QPushButton;
class QTreeView;

namespace Soudan {

class ThreadListModel;
struct ThreadQuery;

// The middle pane: a filter box over the thread list. Typing filters the titles (after a short
// pause); Down or Enter moves into the list; Escape clears the filter. Clicking a column header
// sorts by it (newest, last activity, views, answers), most first.
class ThreadListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadListPane)

public:
    explicit ThreadListPane(ThreadListModel &model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *optionsButton() const { return m_options; }
    void focusFilter();
    // Puts a bar (the category's Follow control) over the list.
    void addBar(QWidget *bar);

    // The list's sort order and filters, and its columns, as the settings keep them.
    void restoreOptions(QSettings &settings);
    void restoreColumns(QSettings &settings);
    void save(QSettings &settings) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void onQueryChanged(const ThreadQuery &query);
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void retranslateUi();

    ThreadListModel &m_model;
    QLineEdit *m_filter;
    QPushButton *m_options;
    QTreeView *m_view;
    QTimer *m_filterDelay;
};

} // namespace Soudan
