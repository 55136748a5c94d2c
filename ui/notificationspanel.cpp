#include "ui/notificationspanel.h"

#include "models/notificationmodel.h"
#include "ui/emphasisdelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

NotificationsPanel::NotificationsPanel(NotificationModel &model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_markRead(new QPushButton(this))
    , m_markAll(new QPushButton(this))
{
    setObjectName(u"notificationsPanel"_s);
    m_view->setObjectName(u"notificationsView"_s);
    m_view->setModel(&m_model);
    m_view->setItemDelegate(new EmphasisDelegate(NotificationModel::UnreadRole, m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(NotificationModel::WhatColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(NotificationModel::WhereColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(NotificationModel::WhenColumn,
                                           QHeaderView::ResizeToContents);
    m_empty->setObjectName(u"notificationsEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_markRead, m_markAll})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_view, &QTreeView::activated, this, &NotificationsPanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &NotificationsPanel::openCurrent);
    connect(m_markRead, &QPushButton::clicked, this, [this] {
        if (const auto n = m_model.notification(m_view->currentIndex().row()))
            Q_EMIT markReadRequested(n->notification.id);
    });
    connect(m_markAll, &QPushButton::clicked, this, &NotificationsPanel::markAllReadRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_model, signal, this, &NotificationsPanel::update);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &NotificationsPanel::update);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &NotificationsPanel::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NotificationsPanel::update);
    retranslateUi();
}

void NotificationsPanel::retranslateUi()
{
    setWindowTitle(tr("Notifications"));
    m_empty->setText(tr("Nothing new for you yet. You are told here when someone answers your "
                        "question, chooses or thanks your answer, answers a thread you watch, or "
                        "asks in a category you watch."));
    //: Button of the notifications panel: opens the thread of the selected notification.
    m_open->setText(tr("&Open"));
    m_markRead->setText(tr("Mark as &Read"));
    //: Button of the notifications panel: every notification and thread becomes read.
    m_markAll->setText(tr("Mark &Everything Read"));
    update();
}

void NotificationsPanel::update()
{
    m_stack->setCurrentWidget(m_model.rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    const auto current = m_model.notification(m_view->currentIndex().row());
    m_open->setEnabled(current && !current->notification.threadId.isNull());
    m_markRead->setEnabled(current && current->unread);
    m_markAll->setEnabled(m_model.unreadCount() > 0);
}

void NotificationsPanel::openCurrent()
{
    const auto n = m_model.notification(m_view->currentIndex().row());
    if (!n)
        return;
    if (n->notification.threadId.isNull()) {
        Q_EMIT markReadRequested(n->notification.id);
        return;
    }
    Q_EMIT openRequested(n->notification.threadId, n->notification.postId);
}

void NotificationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace Soudan
