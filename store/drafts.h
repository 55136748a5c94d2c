#pragma once

#include "store/storetypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace Soudan {

class StoreConnection;

// Drafts, saved while typing, by composer: they survive a restart, a crash or a kill, and go
// when what they became is in the outbox.
class Drafts final
{
    Q_DISABLE_COPY_MOVE(Drafts)

public:
    // The keys of the composers' drafts.
    static QString questionKey();
    static QString answerKey(const QUuid &threadId);
    static QString thanksKey(const QUuid &threadId);

    explicit Drafts(const StoreConnection &connection);

    bool save(const QString &key, const QJsonObject &content);
    QJsonObject get(const QString &key) const;
    bool remove(const QString &key);
    // Every draft, the newest first.
    QList<DraftSummary> list() const;

private:
    const StoreConnection &m_connection;
};

} // namespace Soudan
