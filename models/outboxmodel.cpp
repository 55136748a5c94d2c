#include "models/outboxmodel.h"

#include "domain/apicodec.h"
#include "models/labels.h"
#include "models/retranslation.h"
#include "store/outbox.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace Soudan {

OutboxModel::OutboxModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    followLanguage(this);
    m_items = m_store.outbox().items();
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.outbox || change.everything)
            reload();
    });
}

void OutboxModel::reload()
{
    QList<OutboxItem> fresh = m_store.outbox().items();
    bool sameRows = fresh.size() == m_items.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh[i].id == m_items[i].id;
    if (sameRows) {
        m_items = fresh;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // New items come first (newest first): insert them above and keep the rest, so that a
    // selection stays on its item.
    qsizetype added = 0;
    while (added < fresh.size() && (m_items.isEmpty() || fresh[added].id != m_items.first().id))
        ++added;
    bool prefixOnly = added < fresh.size() && fresh.size() - added == m_items.size();
    for (qsizetype i = 0; prefixOnly && i < m_items.size(); ++i)
        prefixOnly = fresh[added + i].id == m_items[i].id;
    if (prefixOnly && added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_items = fresh;
        endInsertRows();
        Q_EMIT dataChanged(index(int(added), 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_items = fresh;
    endResetModel();
}

std::optional<OutboxItem> OutboxModel::item(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items[row];
}

int OutboxModel::count(OutboxState state) const
{
    return m_store.outbox().count(state);
}

int OutboxModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return int(i);
    }
    return -1;
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
        if (const Result<ResolveInput> r = ApiCodec::decodeResolve(item.payload))
            return r->note.isEmpty() ? r->reason : r->reason + u": "_s + r->note;
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
    case OutboxKind::BestAnswer:
    case OutboxKind::View:
    case OutboxKind::ModerationClaim:
        break;
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem &item = m_items[index.row()];
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
            return Labels::outboxState(item.state);
        case AttemptsColumn:
            return Labels::number(item.attempts);
        case UpdatedColumn:
            return Labels::dateTime(item.updatedAt);
        }
        break;
    case Qt::ToolTipRole:
        if (item.state == OutboxState::NeedsAttention)
            return item.lastError;
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
        return item.lastError;
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
