#pragma once

#include <QDockWidget>
#include <QUuid>

class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTreeView;

namespace Soudan {

class DraftsModel;
class MyAnswersModel;
class MyQuestionsModel;
class NotificationModel;
class Store;

// My activity: my questions with their status and answers not read yet, my answers with the
// best-answer marks, my drafts, what moderation did about my posts and reports (warnings with
// their message); and how many of my writes wait in the outbox. Enter opens what is selected.
class MyActivityPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyActivityPanel)

public:
    explicit MyActivityPanel(Store &store, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *questionsView() const { return m_questions; }
    QTreeView *answersView() const { return m_answers; }
    QTreeView *draftsView() const { return m_drafts; }
    QTreeView *moderationView() const { return m_moderation; }
    // How many items wait in the outbox, for the line under the lists.
    void setUnsent(int waiting, int needAttention);

Q_SIGNALS:
    void openRequested(const QUuid &threadId, const QUuid &postId);
    // A question's draft: the Ask dialog opens with it.
    void questionDraftRequested();
    void outboxRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    QTreeView *makeView(QAbstractItemModel *model, int stretchColumn);

    MyQuestionsModel *m_questionsModel;
    MyAnswersModel *m_answersModel;
    DraftsModel *m_draftsModel;
    NotificationModel *m_moderationModel;
    QTabWidget *m_tabs;
    QTreeView *m_questions;
    QTreeView *m_answers;
    QTreeView *m_drafts;
    QTreeView *m_moderation;
    QLabel *m_unsent;
    int m_waiting = 0;
    int m_attention = 0;
};

} // namespace Soudan
