#pragma once

#include "domain/apitypes.h"

#include <QDialog>
#include <QUuid>

class QTextBrowser;

namespace Soudan {

class SyncController;

// The revisions of an edited post (編集履歴), newest first, each with its date: for the post's
// author and moderators, asked of the server when opened (they are not kept offline).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    explicit HistoryDialog(QWidget *parent = nullptr);

    // Opens a dialog that asks sync for the post's revisions (the question's when answerId is
    // null) and shows them; sync may be null (no account): the dialog says so.
    static HistoryDialog *showHistory(QWidget *parent, SyncController *sync, const QUuid &threadId,
                                      const QUuid &answerId);

    void setRevisions(const QList<Revision> &revisions);
    void setProblem(const QString &problem);
    QTextBrowser *view() const { return m_view; }

private:
    QTextBrowser *m_view;
};

} // namespace Soudan
