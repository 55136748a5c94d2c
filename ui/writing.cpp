#include "ui/writing.h"

#include "domain/apicodec.h"
#include "domain/textrules.h"
#include "models/threaddetailmodel.h"
#include "store/boardwrites.h"
#include "store/drafts.h"
#include "store/outbox.h"
#include "store/store.h"
#include "ui/historydialog.h"
#include "ui/moderationwindow.h"
#include "ui/questiondialog.h"
#include "ui/reportdialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Soudan {

Writing::Writing(Store &store, const CategoryTreeModel &categories, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_categories(categories)
    , m_window(window)
{}

std::optional<ThreadSummary> Writing::ask(qint64 reader)
{
    if (reader == 0) {
        QMessageBox::information(m_window, tr("Ask a Question"),
                                 tr("Sign in to the board's server first (File › Server Account…). "
                                    "Then you can write, also offline."));
        return std::nullopt;
    }
    QuestionDialog dialog(m_store.drafts(), m_categories, Drafts::questionKey(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QuestionInput question = dialog.input();
    const std::optional<QUuid> id = m_store.writes().ask(question, Drafts::questionKey());
    if (!id) {
        QMessageBox::warning(m_window, tr("Ask a Question"),
                             tr("The question could not be saved: %1").arg(m_store.lastError()));
        return std::nullopt;
    }
    Q_EMIT written();
    ThreadSummary asked;
    asked.id = *id;
    asked.categoryId = question.categoryId;
    asked.title = question.title;
    return asked;
}

bool Writing::post(const QUuid &threadId, bool thanks, const QString &text)
{
    const bool ok =
        thanks ? m_store.writes().thank(threadId, text, Drafts::thanksKey(threadId)).has_value()
               : m_store.writes().answer(threadId, text, Drafts::answerKey(threadId)).has_value();
    if (!ok) {
        QMessageBox::warning(m_window, tr("Post"),
                             tr("This could not be saved: %1").arg(m_store.lastError()));
        return false;
    }
    Q_EMIT written();
    return true;
}

bool Writing::chooseBestAnswer(const ThreadDetail &detail, const QUuid &answerId)
{
    QString author;
    for (const AnswerView &a : detail.answers) {
        if (a.answer.id == answerId)
            author = a.authorName;
    }
    if (QMessageBox::question(m_window, tr("Best Answer"),
                              tr("Choose the answer from %1 as the best answer? The thread is then "
                                 "resolved and takes no more answers.")
                                  .arg(author)) != QMessageBox::Yes)
        return false;
    if (!m_store.writes().chooseBestAnswer(detail.thread.id, answerId))
        return false;
    Q_EMIT written();
    return true;
}

bool Writing::report(EntityKind kind, const QUuid &id, const QString &excerpt)
{
    ReportDialog dialog(kind, id, excerpt, m_window);
    // Reporting a post again changes the user's report: it starts as they wrote it.
    for (const OutboxItem &item : m_store.outbox().items()) {
        if (item.kind != OutboxKind::Report || item.targetId != id)
            continue;
        if (const Result<ReportInput> before = ApiCodec::decodeReport(item.payload)) {
            dialog.setInput(before.value());
            break; // the newest first
        }
    }
    if (dialog.exec() != QDialog::Accepted || !m_store.writes().report(dialog.input()))
        return false;
    Q_EMIT written();
    return true;
}

std::optional<QString> Writing::editText(QWidget *parent, const QString &title, const QString &text,
                                         const QString &hint)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    if (!hint.isEmpty()) {
        auto *label = new QLabel(hint, &dialog);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *editor = new QPlainTextEdit(text, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    if (dialog.exec() != QDialog::Accepted || editor->toPlainText().trimmed().isEmpty())
        return std::nullopt;
    return TextRules::cleaned(editor->toPlainText(), false).trimmed();
}

bool Writing::saved(const std::optional<QUuid> &item, const QString &title)
{
    if (!item) {
        QMessageBox::warning(m_window, title,
                             tr("This could not be saved: %1").arg(m_store.lastError()));
        return false;
    }
    Q_EMIT written();
    return true;
}

bool Writing::editQuestion(const ThreadDetail &detail)
{
    const Thread &t = detail.thread;
    QuestionDialog dialog(m_store.drafts(), m_categories, QString(), m_window);
    dialog.setEditing(true);
    dialog.setInput({t.categoryId, t.title, t.body, t.urgency});
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QuestionInput edited = dialog.input();
    if (edited.title == t.title && edited.body == t.body && edited.urgency == t.urgency)
        return false;
    return saved(m_store.writes().editQuestion(t.id, edited), tr("Edit Question"));
}

bool Writing::editAnswer(const ThreadDetail &detail, const QUuid &answerId)
{
    for (const AnswerView &a : detail.answers) {
        if (a.answer.id != answerId)
            continue;
        const std::optional<QString> text = editText(m_window, tr("Edit Answer"), a.answer.body);
        if (!text || *text == a.answer.body)
            return false;
        return saved(m_store.writes().editAnswer(detail.thread.id, answerId, *text),
                     tr("Edit Answer"));
    }
    return false;
}

bool Writing::supplement(const ThreadDetail &detail)
{
    const std::optional<QString> text =
        editText(m_window, tr("Add a Supplement"), QString(),
                 tr("A supplement (補足) is added under your question with its date: what you "
                    "found out, what changed, how it ended. It cannot be edited later."));
    if (!text)
        return false;
    return saved(m_store.writes().supplement(detail.thread.id, *text), tr("Add a Supplement"));
}

bool Writing::withdraw(const ThreadDetail &detail, EntityKind kind, const QUuid &id)
{
    const bool question = kind == EntityKind::Thread;
    const QString title = question ? tr("Withdraw Question") : tr("Withdraw Answer");
    if (QMessageBox::question(
            m_window, title,
            question ? tr("Withdraw your question? Others see that it was withdrawn, not what it "
                          "said; you and the moderators still see its text in its history.")
                     : tr("Withdraw your answer? Others see that it was withdrawn, not what it "
                          "said; you and the moderators still see its text in its history.")) !=
        QMessageBox::Yes)
        return false;
    return saved(question ? m_store.writes().withdrawQuestion(detail.thread.id)
                          : m_store.writes().withdrawAnswer(detail.thread.id, id),
                 title);
}

bool Writing::close(const ThreadDetail &detail)
{
    if (QMessageBox::question(m_window, tr("Close the Question"),
                              tr("Close your question without choosing a best answer "
                                 "(締め切り)? It takes no more answers; you can still add a "
                                 "supplement.")) != QMessageBox::Yes)
        return false;
    return saved(m_store.writes().closeQuestion(detail.thread.id), tr("Close the Question"));
}

void Writing::ownPost(const ThreadDetail &detail, ThreadView::OwnPostAction action, EntityKind kind,
                      const QUuid &id, SyncController *sync)
{
    using Action = ThreadView::OwnPostAction;
    switch (action) {
    case Action::Edit:
        if (kind == EntityKind::Thread)
            editQuestion(detail);
        else
            editAnswer(detail, id);
        break;
    case Action::Supplement:
        supplement(detail);
        break;
    case Action::Close:
        close(detail);
        break;
    case Action::Withdraw:
        withdraw(detail, kind, id);
        break;
    case Action::Appeal:
        if (const auto text = editText(
                m_window, tr("Appeal"), QString(),
                tr("Tell the moderators why this post keeps to the board's rules. They look at "
                   "the decision again; you can appeal each decision once.")))
            saved(m_store.writes().appeal(id, *text), tr("Appeal"));
        break;
    case Action::Moderate:
    case Action::Hide:
    case Action::Warn:
    case Action::Suspend: {
        ModerationWindow *moderation = m_openModeration ? m_openModeration() : nullptr;
        const std::optional<ModerationAction> what =
            action == Action::Hide   ? std::optional(ModerationAction::Hide)
            : action == Action::Warn ? std::optional(ModerationAction::Warn)
                                     : std::nullopt;
        if (moderation && !moderation->actOnPost(id, what, action == Action::Suspend)) {
            // Not reported yet: the moderator's report opens it, with the next sync.
            QString text = kind == EntityKind::Thread ? detail.thread.body : QString();
            for (const AnswerView &a : detail.answers) {
                if (a.answer.id == id)
                    text = a.answer.body;
            }
            if (report(kind, id, text))
                showMessage(tr("Reported: the post is in the moderation window after the next "
                               "sync."));
        }
        break;
    }
    case Action::History:
        HistoryDialog::showHistory(m_window, sync, detail.thread.id,
                                   kind == EntityKind::Answer ? id : QUuid());
        break;
    }
}

void Writing::attach(ThreadView *view, const ThreadDetailModel &model, SyncController *sync,
                     std::function<ModerationWindow *()> openModeration)
{
    m_openModeration = std::move(openModeration);
    connect(view, &ThreadView::reportRequested, this,
            [this](EntityKind kind, const QUuid &id, const QString &excerpt) {
                if (report(kind, id, excerpt))
                    showMessage(tr("Thank you: the report goes to the moderators."));
            });
    connect(view, &ThreadView::bestAnswerRequested, this, [this, &model](const QUuid &answer) {
        if (const std::optional<ThreadDetail> &detail = model.detail())
            chooseBestAnswer(*detail, answer);
    });
    connect(
        view, &ThreadView::ownPostRequested, this,
        [this, &model, sync](ThreadView::OwnPostAction action, EntityKind kind, const QUuid &id) {
            if (const std::optional<ThreadDetail> &detail = model.detail())
                ownPost(*detail, action, kind, id, sync);
        });
}

void Writing::showMessage(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message, 5000);
}

} // namespace Soudan
