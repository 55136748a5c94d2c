#pragma once

#include "store/storetypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <utility>

namespace Soudan {

// What the parts of one Store share: its SQLite connection (one per Store, and so per thread),
// its last error, the sync_state values, and the way to say what changed. For store/ only.
class StoreConnection final
{
    Q_DISABLE_COPY_MOVE(StoreConnection)

public:
    using Values = std::initializer_list<std::pair<QString, QVariant>>;

    enum class Ownership
    {
        Owned,    // the connection is closed and removed with this object
        Borrowed, // someone else's, left open
    };

    StoreConnection(QString path, QString connectionName,
                    std::function<void(const StoreChange &)> notify,
                    Ownership ownership = Ownership::Owned);
    ~StoreConnection();

    QSqlDatabase db() const;
    QString path() const { return m_path; }

    QString lastError() const { return m_lastError; }
    // Records error as the last one and logs it; returns false, for "return fail(…)".
    bool fail(const QString &error) const;
    void clearError() const { m_lastError.clear(); }
    // A message for the user rather than a failure of the cache (a search that cannot be done).
    void setError(const QString &message) const { m_lastError = message; }
    void notify(const StoreChange &change) const
    {
        if (m_notify)
            m_notify(change);
    }

    // A named statement of store/sql/queries/<file>.sql, prepared, with values bound.
    QSqlQuery prepare(const QString &file, const QString &name, Values values = {}) const;
    // Runs a named statement; a failure becomes the last error, with the statement's name.
    bool run(const QString &file, const QString &name, Values values = {}) const;

    // The cache's own settings (table sync_state): cursor, origin, the signed-in user, …
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value) const;

private:
    QString m_path;
    QString m_connectionName;
    std::function<void(const StoreChange &)> m_notify;
    Ownership m_ownership;
    mutable QString m_lastError;
};

// One transaction on a store's connection: rolled back unless committed.
class StoreTransaction final
{
    Q_DISABLE_COPY_MOVE(StoreTransaction)

public:
    explicit StoreTransaction(const StoreConnection &connection);
    ~StoreTransaction();

    bool ok() const { return m_open; }
    // Commits; on a failure the last error says why and the transaction is rolled back.
    bool commit();

private:
    const StoreConnection &m_connection;
    bool m_open = false;
};

} // namespace Soudan
