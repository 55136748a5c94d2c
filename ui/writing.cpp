#include "ui/writing.h"

#include "store/boardwrites.h"
#include "store/drafts.h"
#include "store/store.h"
#include "ui/questiondialog.h"
#include "ui/reportdialog.h"

#include <QMessageBox>

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
    if (dialog.exec() != QDialog::Accepted || !m_store.writes().report(dialog.input()))
        return false;
    Q_EMIT written();
    return true;
}

} // namespace Soudan
