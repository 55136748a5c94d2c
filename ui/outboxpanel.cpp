#include "ui/outboxpanel.h"

#include "domain/apicodec.h"
#include "models/outboxmodel.h"
#include "store/drafts.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "ui/questiondialog.h"
#include "ui/reportdialog.h"
#include "ui/writing.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

OutboxPanel::OutboxPanel(Store &store, const CategoryTreeModel &categories, QWidget *parent)
    : QDockWidget(parent)
    , m_store(store)
    , m_categories(categories)
    , m_model(new OutboxModel(store, this))
    , m_view(new QTreeView(this))
    , m_help(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_discard(new QPushButton(this))
{
    setObjectName(u"outboxPanel"_s);
    m_view->setObjectName(u"outboxView"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(OutboxModel::WhatColumn, QHeaderView::Stretch);
    for (int c = OutboxModel::StateColumn; c < OutboxModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_help->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_retry, m_edit, m_copy, m_discard})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_help);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxPanel::updateButtons);
    connect(m_retry, &QPushButton::clicked, this, &OutboxPanel::retry);
    connect(m_edit, &QPushButton::clicked, this, &OutboxPanel::edit);
    connect(m_copy, &QPushButton::clicked, this, &OutboxPanel::copyText);
    connect(m_discard, &QPushButton::clicked, this, &OutboxPanel::discard);
    retranslateUi();
    updateButtons();
}

void OutboxPanel::retranslateUi()
{
    setWindowTitle(tr("Outbox"));
    m_help->setText(
        tr("What you wrote waits here until the server has it. Items the server "
           "refused need your attention: send them again, edit, copy or discard them."));
    m_retry->setText(tr("&Send Again"));
    m_edit->setText(tr("&Edit…"));
    m_copy->setText(tr("&Copy Text"));
    m_discard->setText(tr("&Discard…"));
}

void OutboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

std::optional<OutboxItem> OutboxPanel::current() const
{
    return m_model->item(m_view->currentIndex().row());
}

void OutboxPanel::select(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void OutboxPanel::updateButtons()
{
    const std::optional<OutboxItem> item = current();
    const bool unsent = item && item->state != OutboxState::Sent;
    const bool refused = item && item->state == OutboxState::NeedsAttention;
    const bool editable =
        unsent && item->kind != OutboxKind::BestAnswer && item->kind != OutboxKind::View &&
        item->kind != OutboxKind::ModerationClaim && item->kind != OutboxKind::ModerationResolve &&
        item->kind != OutboxKind::ModerationRestore && item->kind != OutboxKind::WithdrawQuestion &&
        item->kind != OutboxKind::WithdrawAnswer && item->kind != OutboxKind::CloseQuestion &&
        item->kind != OutboxKind::RestrictMember;
    m_retry->setEnabled(refused);
    m_edit->setEnabled(editable);
    m_copy->setEnabled(item && !OutboxModel::textOf(*item).isEmpty());
    m_discard->setEnabled(unsent);
}

void OutboxPanel::retry()
{
    // A moderator's decision refused as stale is applied again to the item as it is now: the
    // moderation window has shown what changed.
    if (const auto item = current();
        item && m_store.outbox().resend(item->id, m_store.moderation().rebasedPayload(*item)))
        Q_EMIT resendRequested();
}

void OutboxPanel::edit()
{
    const std::optional<OutboxItem> item = current();
    if (!item)
        return;
    QByteArray payload;
    switch (item->kind) {
    case OutboxKind::Question: {
        QuestionDialog dialog(m_store.drafts(), m_categories, QString(), this);
        dialog.setInput(ApiCodec::decodeQuestion(item->payload).value());
        if (dialog.exec() == QDialog::Accepted)
            payload = ApiCodec::body(ApiCodec::encode(dialog.input()));
        break;
    }
    case OutboxKind::Answer:
        if (const auto text =
                Writing::editText(this, tr("Edit Answer"), OutboxModel::textOf(*item)))
            payload = ApiCodec::body(ApiCodec::encode(AnswerInput{*text}));
        break;
    case OutboxKind::Thanks:
        if (const auto text =
                Writing::editText(this, tr("Edit Thanks"), OutboxModel::textOf(*item)))
            payload = ApiCodec::body(ApiCodec::encode(ThanksInput{*text}));
        break;
    case OutboxKind::Report: {
        const ReportInput report = ApiCodec::decodeReport(item->payload).value();
        ReportDialog dialog(report.targetKind, report.targetId, QString(), this);
        dialog.setInput(report);
        if (dialog.exec() == QDialog::Accepted)
            payload = ApiCodec::body(ApiCodec::encode(dialog.input()));
        break;
    }
    case OutboxKind::ModerationNote:
        if (const auto text = Writing::editText(this, tr("Edit Note"), OutboxModel::textOf(*item)))
            payload = ApiCodec::body(ApiCodec::encode(NoteInput{*text}));
        break;
    case OutboxKind::ModerationWarn:
        if (const auto text =
                Writing::editText(this, tr("Edit Warning"), OutboxModel::textOf(*item)))
            payload = ApiCodec::body(ApiCodec::encode(WarnInput{*text}));
        break;
    case OutboxKind::EditQuestion:
        // Sent again, a refused edit replaces the revision the thread shows now (Outbox).
        if (const auto edit = ApiCodec::decodeQuestionEdit(item->payload)) {
            QuestionDialog dialog(m_store.drafts(), m_categories, QString(), this);
            dialog.setEditing(true);
            dialog.setInput({0, edit->title, edit->body, edit->urgency});
            if (dialog.exec() == QDialog::Accepted) {
                const QuestionInput q = dialog.input();
                payload = ApiCodec::body(
                    ApiCodec::encode(QuestionEdit{edit->revision, q.title, q.body, q.urgency}));
            }
        }
        break;
    case OutboxKind::EditAnswer:
        if (const auto text =
                Writing::editText(this, tr("Edit Answer"), OutboxModel::textOf(*item))) {
            payload = ApiCodec::body(ApiCodec::encode(
                AnswerEdit{ApiCodec::decodeAnswerEdit(item->payload)->revision, *text}));
        }
        break;
    case OutboxKind::Supplement:
        if (const auto text =
                Writing::editText(this, tr("Edit Supplement"), OutboxModel::textOf(*item)))
            payload = ApiCodec::body(ApiCodec::encode(SupplementInput{*text}));
        break;
    case OutboxKind::Appeal:
        if (const auto text =
                Writing::editText(this, tr("Edit Appeal"), OutboxModel::textOf(*item)))
            payload = ApiCodec::body(ApiCodec::encode(AppealInput{*text}));
        break;
    case OutboxKind::BestAnswer:
    case OutboxKind::View:
    case OutboxKind::ModerationClaim:
    case OutboxKind::ModerationResolve:
    case OutboxKind::ModerationRestore:
    case OutboxKind::ThreadState:
    case OutboxKind::CategoryState:
    case OutboxKind::NotificationRead:
    case OutboxKind::WithdrawQuestion:
    case OutboxKind::WithdrawAnswer:
    case OutboxKind::CloseQuestion:
    case OutboxKind::RestrictMember:
        break;
    }
    if (!payload.isEmpty() && m_store.outbox().resend(item->id, payload))
        Q_EMIT resendRequested();
}

void OutboxPanel::copyText()
{
    if (const auto item = current())
        QGuiApplication::clipboard()->setText(OutboxModel::textOf(*item));
}

void OutboxPanel::discard()
{
    const std::optional<OutboxItem> item = current();
    if (!item)
        return;
    const QString text = OutboxModel::textOf(*item);
    if (!text.isEmpty() &&
        QMessageBox::question(this, tr("Discard"),
                              tr("Discard this item? What you wrote is lost unless you copy it "
                                 "first.\n\n%1")
                                  .arg(text.left(300))) != QMessageBox::Yes)
        return;
    m_store.outbox().discard(item->id);
}

} // namespace Soudan
