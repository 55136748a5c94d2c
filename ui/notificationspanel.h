#pragma once

#include <QDockWidget>
#include <QUuid>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Soudan {

class NotificationModel;

// The notifications panel: what happened, where and when, the newest first and the unread in
// bold. Enter (or a double click) opens the thread at the answer it is about.
class NotificationsPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPanel)

public:
    NotificationsPanel(NotificationModel &model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void openRequested(const QUuid &threadId, const QUuid &postId);
    void markReadRequested(qint64 notificationId);
    void markAllReadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();
    void openCurrent();

    NotificationModel &m_model;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_markRead;
    QPushButton *m_markAll;
};

} // namespace Soudan
