#include "models/outboxmodel.h"

#include "domain/apicodec.h"
#include "domain/servererrors.h"
#include "models/labels.h"
#include "models/retranslation.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"

using namespace Qt::StringLiterals;

namespace Soudan {

OutboxModel::OutboxModel(Store &store, QObject *parent)
    : RowTableModel(parent)
    , m_store(store)
{
    followLanguage(this);
    m_origin = m_store.sync().state().origin;
    m_rows = m_store.outbox().items();
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.outbox || change.everything)
            reload();
    });
}

void OutboxModel::reload()
{
    // New items come first (newest first); the rest keep their rows, and so a selection.
    const QString origin = m_store.sync().state().origin;
    const bool newAccount = origin != m_origin;
    m_origin = origin;
    reconcile(m_store.outbox().items());
    if (newAccount && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QUuid OutboxModel::rowId(const OutboxItem &item) const
{
    return item.id;
}

std::optional<OutboxItem> OutboxModel::item(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows[row];
}

int OutboxModel::count(OutboxState state) const
{
    return m_store.outbox().count(state);
}

bool OutboxModel::isElsewhere(const OutboxItem &item) const
{
    return item.state != OutboxState::Sent && !item.origin.isEmpty() && item.origin != m_origin;
}

int OutboxModel::countElsewhere() const
{
    return m_store.outbox().countElsewhere();
}

int OutboxModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QString OutboxModel::errorOf(const OutboxItem &item)
{
    // What the server's code means, in the language of the moment; the stored words are the
    // client's own (network failures) when there is no code.
    return item.errorCode.isEmpty() ? item.lastError
                                    : ServerErrors::describe(item.errorCode, item.lastError);
}

QString OutboxModel::textOf(const OutboxItem &item)
{
    switch (item.kind) {
    case OutboxKind::Question:
        if (const Result<QuestionInput> q = ApiCodec::decodeQuestion(item.payload))
            return q->title + u"\n\n"_s + q->body;
        break;
    case OutboxKind::Answer:
        if (const Result<AnswerInput> a = ApiCodec::decodeAnswerInput(item.payload))
            return a->body;
        break;
    case OutboxKind::Thanks:
        if (const Result<ThanksInput> t = ApiCodec::decodeThanks(item.payload))
            return t->body;
        break;
    case OutboxKind::Report:
        if (const Result<ReportInput> r = ApiCodec::decodeReport(item.payload))
            return r->note;
        break;
    case OutboxKind::ModerationResolve:
        if (const Result<ResolveInput> r = ApiCodec::decodeResolve(item.payload)) {
            const QString reason = Labels::decisionReason(r->action, r->reason);
            //: An outbox item of a moderator's decision: %1 its reason, %2 the note.
            return r->note.isEmpty() ? reason : tr("%1: %2").arg(reason, r->note);
        }
        break;
    case OutboxKind::ModerationRestore:
        if (const Result<RestoreInput> r = ApiCodec::decodeRestore(item.payload))
            return r->reason;
        break;
    case OutboxKind::ModerationNote:
        if (const Result<NoteInput> n = ApiCodec::decodeNote(item.payload))
            return n->note;
        break;
    case OutboxKind::ModerationWarn:
        if (const Result<WarnInput> w = ApiCodec::decodeWarn(item.payload))
            return w->message;
        break;
    case OutboxKind::EditQuestion:
        if (const Result<QuestionEdit> e = ApiCodec::decodeQuestionEdit(item.payload))
            return e->title + u"\n\n"_s + e->body;
        break;
    case OutboxKind::EditAnswer:
        if (const Result<AnswerEdit> e = ApiCodec::decodeAnswerEdit(item.payload))
            return e->body;
        break;
    case OutboxKind::Supplement:
        if (const Result<SupplementInput> e = ApiCodec::decodeSupplement(item.payload))
            return e->body;
        break;
    case OutboxKind::Appeal:
        if (const Result<AppealInput> a = ApiCodec::decodeAppeal(item.payload))
            return a->text;
        break;
    case OutboxKind::RestrictMember:
        if (const Result<RestrictionInput> r = ApiCodec::decodeRestriction(item.payload))
            return r->reason;
        break;
    case OutboxKind::BestAnswer:
    case OutboxKind::View:
    case OutboxKind::ModerationClaim:
    case OutboxKind::ThreadState:
    case OutboxKind::CategoryState:
    case OutboxKind::NotificationRead:
    case OutboxKind::WithdrawQuestion:
    case OutboxKind::WithdrawAnswer:
    case OutboxKind::CloseQuestion:
        break;
    }
    return {};
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem &item = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn: {
            QString text = textOf(item).section(u'\n', 0, 0);
            if (item.kind == OutboxKind::Report) {
                if (const Result<ReportInput> r = ApiCodec::decodeReport(item.payload))
                    text = Labels::reportReason(r->reason);
            }
            const QString kind = Labels::outboxKind(item.kind);
            return text.isEmpty() ? kind : tr("%1: %2").arg(kind, text.left(80));
        }
        case StateColumn:
            if (isElsewhere(item))
                //: State of an outbox item written as another account (or for another server)
                //: than the one signed in now: it is not sent as this one.
                return tr("Waiting for its account");
            return Labels::outboxState(item.state);
        case AttemptsColumn:
            return Labels::number(item.attempts);
        case UpdatedColumn:
            return Labels::dateTime(item.updatedAt);
        }
        break;
    case Qt::ToolTipRole:
        if (isElsewhere(item)) {
            const qsizetype space = item.origin.lastIndexOf(u' ');
            return tr("Written as %1 for %2. It is sent when that account syncs on this computer "
                      "again, never as another; discard it if it should not be sent.")
                .arg(item.origin.mid(space + 1), item.origin.left(space));
        }
        if (item.state == OutboxState::NeedsAttention)
            return errorOf(item);
        return textOf(item);
    case ItemIdRole:
        return item.id;
    case KindRole:
        return int(item.kind);
    case StateRole:
        return int(item.state);
    case TextRole:
        return textOf(item);
    case ErrorRole:
        return errorOf(item);
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        //: Column of the outbox: what the user wrote or did.
        return tr("What");
    case StateColumn:
        //: Column of the outbox: waiting, sent or needs attention.
        return tr("State");
    case AttemptsColumn:
        //: Column of the outbox: how many times sending was tried.
        return tr("Attempts");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

} // namespace Soudan
