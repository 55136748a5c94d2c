#include "ui/myactivitypanel.h"

#include "models/myactivitymodels.h"
#include "models/notificationmodel.h"
#include "ui/emphasisdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

MyActivityPanel::MyActivityPanel(Store &store, QWidget *parent)
    : QDockWidget(parent)
    , m_questionsModel(new MyQuestionsModel(store, this))
    , m_answersModel(new MyAnswersModel(store, this))
    , m_draftsModel(new DraftsModel(store, this))
    , m_moderationModel(new NotificationModel(store, this, NotificationModel::Scope::Moderation))
    , m_tabs(new QTabWidget(this))
    , m_questions(makeView(m_questionsModel, MyQuestionsModel::TitleColumn))
    , m_answers(makeView(m_answersModel, MyAnswersModel::AnswerColumn))
    , m_drafts(makeView(m_draftsModel, DraftsModel::TextColumn))
    , m_moderation(makeView(m_moderationModel, NotificationModel::WhatColumn))
    , m_unsent(new QLabel(this))
{
    setObjectName(u"myActivityPanel"_s);
    m_questions->setObjectName(u"myQuestionsView"_s);
    m_answers->setObjectName(u"myAnswersView"_s);
    m_drafts->setObjectName(u"draftsView"_s);
    m_questions->setItemDelegate(new EmphasisDelegate(MyQuestionsModel::UnreadRole, m_questions));
    m_tabs->addTab(m_questions, QString());
    m_tabs->addTab(m_answers, QString());
    m_tabs->addTab(m_drafts, QString());
    m_tabs->addTab(m_moderation, QString());
    m_moderation->setObjectName(u"myModerationView"_s);
    m_moderation->setItemDelegate(
        new EmphasisDelegate(NotificationModel::UnreadRole, m_moderation));
    m_unsent->setObjectName(u"myActivityUnsent"_s);
    m_unsent->setTextFormat(Qt::RichText);
    m_unsent->hide();
    connect(m_unsent, &QLabel::linkActivated, this, &MyActivityPanel::outboxRequested);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    layout->addWidget(m_unsent);
    setWidget(body);

    connect(m_questions, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.siblingAtColumn(0).data(MyQuestionsModel::ThreadIdRole).toUuid(),
                             {});
    });
    connect(m_answers, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        Q_EMIT openRequested(first.data(MyAnswersModel::ThreadIdRole).toUuid(),
                             first.data(MyAnswersModel::AnswerIdRole).toUuid());
    });
    connect(m_moderation, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        Q_EMIT openRequested(first.data(NotificationModel::ThreadIdRole).toUuid(),
                             first.data(NotificationModel::PostIdRole).toUuid());
    });
    connect(m_drafts, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (DraftSummary::Kind(first.data(DraftsModel::KindRole).toInt()) ==
            DraftSummary::Kind::Question)
            Q_EMIT questionDraftRequested();
        else
            Q_EMIT openRequested(first.data(DraftsModel::ThreadIdRole).toUuid(), {});
    });
    retranslateUi();
}

QTreeView *MyActivityPanel::makeView(QAbstractItemModel *model, int stretchColumn)
{
    auto *view = new QTreeView(this);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(false);
    for (int c = 0; c < model->columnCount(); ++c) {
        view->header()->setSectionResizeMode(c, c == stretchColumn ? QHeaderView::Stretch
                                                                   : QHeaderView::ResizeToContents);
    }
    return view;
}

void MyActivityPanel::setUnsent(int waiting, int needAttention)
{
    m_waiting = waiting;
    m_attention = needAttention;
    QStringList parts;
    if (waiting > 0)
        //: My activity: items of the outbox not sent yet.
        parts.append(tr("%n item(s) not sent yet", "", waiting));
    if (needAttention > 0)
        //: My activity: items of the outbox the server refused.
        parts.append(tr("%n need(s) your attention", "", needAttention));
    m_unsent->setVisible(!parts.isEmpty());
    m_unsent->setText(u"<a href=\"soudan:outbox\">"_s +
                      tr("Outbox: %1").arg(parts.join(u", "_s)).toHtmlEscaped() + u"</a>"_s);
}

void MyActivityPanel::showEvent(QShowEvent *event)
{
    // Drafts change as the user types: read them again when the panel is looked at.
    m_draftsModel->reload();
    QDockWidget::showEvent(event);
}

void MyActivityPanel::retranslateUi()
{
    setWindowTitle(tr("My Activity"));
    m_tabs->setTabText(0, tr("My &Questions"));
    m_tabs->setTabText(1, tr("My A&nswers"));
    m_tabs->setTabText(2, tr("&Drafts"));
    //: My activity's tab of what moderators did about the user's posts and reports.
    m_tabs->setTabText(3, tr("&Moderation"));
    setUnsent(m_waiting, m_attention);
}

void MyActivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace Soudan
