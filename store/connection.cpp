#include "store/connection.h"

#include "db/rowreader.h"
#include "store/searchindex.h"
#include "store/sqltext.h"

#include <QLoggingCategory>
#include <QSqlError>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "soudan.store")

namespace Soudan {

StoreConnection::StoreConnection(QString path, QString connectionName,
                                 std::function<void(const StoreChange &)> notify,
                                 Ownership ownership)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_notify(std::move(notify))
    , m_ownership(ownership)
{}

StoreConnection::~StoreConnection()
{
    if (m_ownership == Ownership::Borrowed)
        return;
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        SearchIndexer::forgetTerms(connection);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase StoreConnection::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool StoreConnection::fail(const QString &error) const
{
    m_lastError = error;
    qCWarning(lcStore) << "cache" << m_path << ":" << error;
    return false;
}

QSqlQuery StoreConnection::prepare(const QString &file, const QString &name, Values values) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(SqlText::get(file, name));
    for (const auto &[key, value] : values)
        q.bindValue(key, value);
    return q;
}

bool StoreConnection::run(const QString &file, const QString &name, Values values) const
{
    QSqlQuery q = prepare(file, name, values);
    if (q.exec())
        return true;
    return fail(u"%1.%2: %3"_s.arg(file, name, q.lastError().text()));
}

QString StoreConnection::value(const QString &key) const
{
    QSqlQuery q = prepare(u"sync"_s, u"get"_s, {{u":key"_s, key}});
    if (!q.exec()) {
        fail(q.lastError().text());
        return {};
    }
    return q.next() ? Db::RowReader(q).text("value"_L1) : QString();
}

bool StoreConnection::setValue(const QString &key, const QString &value) const
{
    // A null QString would bind NULL.
    return run(u"sync"_s, u"set"_s,
               {{u":key"_s, key}, {u":value"_s, value.isNull() ? u""_s : value}});
}

StoreTransaction::StoreTransaction(const StoreConnection &connection)
    : m_connection(connection)
{
    QSqlDatabase db = m_connection.db();
    m_open = db.transaction();
    if (!m_open)
        m_connection.fail(db.lastError().text());
}

StoreTransaction::~StoreTransaction()
{
    if (m_open) {
        m_connection.db().rollback();
        SearchIndexer::forgetTerms(m_connection.db());
    }
}

bool StoreTransaction::commit()
{
    if (!m_open)
        return false;
    QSqlDatabase db = m_connection.db();
    m_open = false;
    if (db.commit())
        return true;
    const QString error = db.lastError().text();
    db.rollback();
    SearchIndexer::forgetTerms(db);
    return m_connection.fail(error);
}

} // namespace Soudan
