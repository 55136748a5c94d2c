#pragma once

#include <QWidget>

class QLineEdit;
class QSettings;
class QTimer;
class QPushButton;
class QTreeView;

namespace Soudan {

class ThreadItemDelegate;
class ThreadListModel;
struct ThreadQuery;

// The middle pane: a filter box over the thread list. Typing filters the titles (after a short
// pause); Down or Enter moves into the list; Escape clears the filter. Clicking a column header
// sorts by it (newest, last activity, views, answers), most first. The list shows each thread in
// two lines (title, then labels, counts and dates), or in one line with columns.
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
    // Two-line rows (the default) or one line with columns; kept with the list's options.
    void setTwoLines(bool twoLines);
    bool twoLines() const;
    // The title of row as the list shows it now, elided where it does not fit.
    QString visibleTitle(int row) const;
    // Puts a bar (the category's Follow control) over the list.
    void addBar(QWidget *bar);

    // The list's sort order and filters, and its columns, as the settings keep them.
    void restoreOptions(QSettings &settings);
    void restoreColumns(QSettings &settings);
    void save(QSettings &settings) const;

Q_SIGNALS:
    void twoLinesChanged(bool twoLines);

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
    ThreadItemDelegate *m_delegate;
    QTimer *m_filterDelay;
};

} // namespace Soudan
