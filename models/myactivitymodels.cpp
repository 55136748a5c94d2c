#include "models/myactivitymodels.h"

#include "models/labels.h"
#include "models/retranslation.h"
#include "store/activitycache.h"
#include "store/drafts.h"
#include "store/store.h"

namespace Soudan {

namespace {

// Whether a change of the cache can change the user's own lists.
bool touchesMine(const StoreChange &change)
{
    return change.everything || change.activity || change.outbox || !change.threadIds.isEmpty() ||
           !change.categoryIds.isEmpty();
}

// The first line of a text, for a list.
QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() > 80 ? line.left(79) + QChar(0x2026) : line;
}

} // namespace

MyQuestionsModel::MyQuestionsModel(Store &store, QObject *parent)
    : RowTableModel(parent)
    , m_store(store)
{
    followLanguage(this);
    m_rows = m_store.activity().myQuestions();
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (touchesMine(change))
            reconcile(m_store.activity().myQuestions());
    });
}

int MyQuestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyQuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThreadSummary &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case StatusColumn:
            return Labels::status(row.status);
        case AnswersColumn:
            return Labels::answers(row.answerCount, row.unreadAnswers);
        case AskedColumn:
            return Labels::date(row.createdMs);
        }
        break;
    case ThreadIdRole:
        return row.id;
    case UnreadRole:
        return row.unreadAnswers > 0;
    }
    return {};
}

QVariant MyQuestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        //: Column header of My questions: the question's title.
        return tr("My question");
    case StatusColumn:
        return tr("Status");
    case AnswersColumn:
        //: Column header: number of answers (回答数).
        return tr("Answers");
    case AskedColumn:
        //: Column header: the date the question was asked.
        return tr("Asked");
    }
    return {};
}

MyAnswersModel::MyAnswersModel(Store &store, QObject *parent)
    : RowTableModel(parent)
    , m_store(store)
{
    followLanguage(this);
    m_rows = m_store.activity().myAnswers();
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (touchesMine(change))
            reconcile(m_store.activity().myAnswers());
    });
}

int MyAnswersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MyAnswer &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ThreadColumn:
            return row.threadTitle;
        case AnswerColumn:
            return firstLine(row.body);
        case BestColumn:
            //: My answers: this answer was chosen as the best answer (ベストアンサー).
            return row.best ? tr("Best answer") : QString();
        case WrittenColumn:
            return Labels::date(row.createdMs);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AnswerColumn)
            return row.body;
        break;
    case ThreadIdRole:
        return row.threadId;
    case AnswerIdRole:
        return row.answerId;
    case BestRole:
        return row.best;
    }
    return {};
}

QVariant MyAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ThreadColumn:
        //: Column header of My answers: the thread answered.
        return tr("Thread");
    case AnswerColumn:
        //: Column header of My answers.
        return tr("My answer");
    case BestColumn:
        //: Column header of My answers: whether it is the best answer.
        return tr("Best");
    case WrittenColumn:
        //: Column header: when the answer was written.
        return tr("Written");
    }
    return {};
}

DraftsModel::DraftsModel(Store &store, QObject *parent)
    : RowTableModel(parent)
    , m_store(store)
{
    followLanguage(this);
    m_rows = m_store.drafts().list();
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.outbox || change.everything)
            reload();
    });
}

void DraftsModel::reload()
{
    reconcile(m_store.drafts().list());
}

QUuid DraftsModel::rowId(const DraftSummary &row) const
{
    static const QUuid space = QUuid::fromString(u"6c0c3a2e-6f8e-4f55-9a3e-2d8f0f6f1a11");
    return QUuid::createUuidV5(space, row.key);
}

int DraftsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftSummary &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            switch (row.kind) {
            case DraftSummary::Kind::Question:
                //: A draft in My activity: a question not asked yet.
                return tr("Question");
            case DraftSummary::Kind::Answer:
                //: A draft in My activity: an answer to the thread %1.
                return tr("Answer to %1").arg(row.threadTitle);
            case DraftSummary::Kind::Thanks:
                //: A draft in My activity: thanks (お礼コメント) in the thread %1.
                return tr("Thanks in %1").arg(row.threadTitle);
            }
            break;
        case TextColumn:
            return firstLine(row.text);
        case SavedColumn:
            return Labels::date(row.updatedMs);
        }
        break;
    case Qt::ToolTipRole:
        return row.text;
    case KeyRole:
        return row.key;
    case ThreadIdRole:
        return row.threadId;
    case KindRole:
        return int(row.kind);
    }
    return {};
}

QVariant DraftsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        //: Column header of the drafts list: what the draft is.
        return tr("Draft");
    case TextColumn:
        //: Column header of the drafts list: the text written so far.
        return tr("Text");
    case SavedColumn:
        //: Column header of the drafts list: when it was last saved.
        return tr("Saved");
    }
    return {};
}

} // namespace Soudan
