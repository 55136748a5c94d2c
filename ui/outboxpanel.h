#pragma once

#include <QDockWidget>
#include <QUuid>

class QLabel;
class QPushButton;
class QTreeView;

namespace Soudan {

class CategoryTreeModel;
class OutboxModel;
class Store;
struct OutboxItem;

// The Outbox panel: every item the user wrote with its state, attempts and the server's reason
// for a refusal; items that need attention can be sent again, edited, copied or discarded.
class OutboxPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPanel)

public:
    // A refused question is edited with the categories' subcategories to choose from.
    OutboxPanel(Store &store, const CategoryTreeModel &categories, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    OutboxModel *model() const { return m_model; }
    void select(const QUuid &id);

Q_SIGNALS:
    // An item was changed so that it waits to be sent again.
    void resendRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    std::optional<OutboxItem> current() const;
    void retry();
    void edit();
    void copyText();
    void discard();

    Store &m_store;
    const CategoryTreeModel &m_categories;
    OutboxModel *m_model;
    QTreeView *m_view;
    QLabel *m_help;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_copy;
    QPushButton *m_discard;
};

} // namespace Soudan
