#pragma once

#include "store/storetypes.h"

#include <QObject>
#include <QUuid>

#include <optional>

class QWidget;

namespace Soudan {

class CategoryTreeModel;
class Store;

// The user's writing from the main window, each ending in the outbox: the question dialog,
// what the composer posts, the best answer after a confirmation, the report dialog. A write the
// cache could not take is said in a message box.
class Writing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Writing)

public:
    Writing(Store &store, const CategoryTreeModel &categories, QWidget *window);

    // The new question's thread, when one was asked; signed out (reader 0), how to sign in.
    std::optional<ThreadSummary> ask(qint64 reader);
    bool post(const QUuid &threadId, bool thanks, const QString &text);
    bool chooseBestAnswer(const ThreadDetail &detail, const QUuid &answerId);
    bool report(EntityKind kind, const QUuid &id, const QString &excerpt);

Q_SIGNALS:
    // Something went into the outbox: a sync should send it.
    void written();

private:
    Store &m_store;
    const CategoryTreeModel &m_categories;
    QWidget *m_window;
};

} // namespace Soudan
