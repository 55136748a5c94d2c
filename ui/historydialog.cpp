#include "ui/historydialog.h"

#include "models/labels.h"
#include "sync/synccontroller.h"
#include "ui/posthtml.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

HistoryDialog::HistoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(u"historyDialog"_s);
    //: Title of the window that shows a post's earlier versions (編集履歴).
    setWindowTitle(tr("Edit History"));
    m_view->setOpenLinks(false);
    m_view->setPlainText(tr("Asking the server…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(620, 480);
}

HistoryDialog *HistoryDialog::showHistory(QWidget *parent, SyncController *sync,
                                          const QUuid &threadId, const QUuid &answerId)
{
    auto *dialog = new HistoryDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!sync) {
        dialog->setProblem(tr("The history of a post is on the server: sign in and go online to "
                              "see it."));
        return dialog;
    }
    QPointer<HistoryDialog> shown(dialog);
    sync->fetchRevisions(
        threadId, answerId,
        [shown](const std::optional<QList<Revision>> &revisions, const QString &problem) {
            if (!shown)
                return;
            if (revisions)
                shown->setRevisions(*revisions);
            else
                shown->setProblem(problem);
        });
    return dialog;
}

void HistoryDialog::setProblem(const QString &problem)
{
    m_view->setPlainText(problem);
}

void HistoryDialog::setRevisions(const QList<Revision> &revisions)
{
    QString html;
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        const bool current = it == revisions.crbegin();
        //: A heading in the edit history: %1 the revision's number, %2 when it was written.
        QString heading =
            tr("Version %1 · %2").arg(QString::number(it->revision), Labels::dateTime(it->at));
        if (current)
            //: Marks the newest version in the edit history.
            heading += u" "_s + tr("(current)");
        html += u"<h3>"_s + heading.toHtmlEscaped() + u"</h3>"_s;
        if (it->urgency) {
            html += u"<p><b>"_s + it->title.toHtmlEscaped() + u"</b> · "_s +
                    Labels::urgency(*it->urgency).toHtmlEscaped() + u"</p>"_s;
        }
        html += u"<p style=\"white-space: pre-wrap;\">"_s + PostHtml::fromPlainText(it->body) +
                u"</p><hr/>"_s;
    }
    if (revisions.isEmpty())
        html = tr("There is no earlier version.").toHtmlEscaped();
    m_view->setHtml(html);
}

} // namespace Soudan
