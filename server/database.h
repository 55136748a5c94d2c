#pragma once

#include "server/outcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <optional>

namespace Soudan::Server {

// The server's database: SQLite (a file path) or PostgreSQL (postgresql://user@host:port/db).
// Each thread that touches it gets its own connection; the SQL lives in server/sql/ as named
// statements, with a dialect's file overriding the common one.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Database)

public:
    enum class Dialect
    {
        SQLite,
        PostgreSQL,
    };

    // Checks the URL and that its driver is there; connects lazily.
    static Outcome<Database> fromUrl(const QString &url);

    Dialect dialect() const { return m_dialect; }
    QString describe() const; // the URL without a password, for logs

    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // A prepared statement by name: this thread's, prepared once and used again (its last
    // rows released and its values unbound). Used one at a time: a statement is not prepared
    // again by name while its rows are still being read. With rows, the statement's
    // "{rows (…)}" stands for that many of the tuple, each placeholder suffixed with the row's
    // index (":kind" becomes ":kind_0", ":kind_1", …) except those shared by every row (":now").
    QSqlQuery &prepare(const QString &name, int rows = 0) const;
    // PostgreSQL: the text of one statement that runs bound (a statement of prepare()) with the
    // values bound to it, to be sent with others in one round trip (several statements in one
    // text answer with the last one's rows). Empty when it could not be prepared: why is in
    // error.
    QString executeText(const QSqlQuery &bound, QString *error) const;
    // The most rows a statement of rows takes: more go in several, and a few prepared sizes
    // cover every write.
    static constexpr qsizetype RowsPerStatement = 32;
    // Releases the rows every statement of this thread still holds (SQLite keeps a read
    // snapshot open until then): the end of each request calls it.
    static void finishStatements();
    // A named statement with "{ids}" replaced by the ids as quoted literals (the same as bound
    // text), run with the other values bound. Nothing when it failed: why is in error.
    // Literals, not one placeholder each: SQLite looks each named placeholder up among those
    // before it, so a page of 1,000 ids spent more time there than reading its rows.
    std::optional<QSqlQuery> selectByIds(const QString &name, const QStringList &ids,
                                         QString *error, const QVariantHash &values = {}) const;
    static QString sql(Dialect dialect, const QString &name);

    // Creates or upgrades the schema; safe with several processes starting at once.
    Outcome<int> migrate() const;

private:
    Database() = default;
    void configure(QSqlDatabase &db) const;
    QString statementText(const QString &name, int rows) const;

    Dialect m_dialect = Dialect::SQLite;
    QString m_path; // SQLite
    QString m_host; // PostgreSQL
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_name;
    quint64 m_id = 0; // tells connections of different Database objects apart
};

// What the request being answered on this thread asks of the write transactions it opens.
// Idempotency: the request's key is recorded by the first transaction that commits, in that
// transaction, so that the key and the effect are one; a transaction that finds the key already
// recorded (a duplicate that waited for the lock) fails and marks the request as a replay.
struct RequestWrites
{
    qint64 userId = 0;
    QString key; // empty: no Idempotency-Key
    QString requestHash;
    bool replay = false;    // the key was recorded by another request
    bool committed = false; // a transaction of this request committed
    bool retryable = false; // one failed as a serialization failure, deadlock or busy database

    static RequestWrites &current(); // this thread's
};

// A write transaction. It takes the lock on the changes feed first and holds it until commit,
// so that writers are serialised and sequence numbers become visible in order (on PostgreSQL,
// sequence values from a SEQUENCE may commit out of order; these cannot).
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    // A write that may change anything: no other write runs until it commits.
    explicit WriteTransaction(const Database &db);
    // A write within one thread, whose every check and change is of that thread and of row (a
    // new answer's id, the chosen answer; the thread again when there is nothing else): on
    // PostgreSQL it runs alongside such writes to other threads and rows, waiting only for those
    // to the same ones, and takes its place in the feed at commit. Writes of the first kind
    // still run alone.
    // With Start::WithFirstStatement, on PostgreSQL, BEGIN and the locks go with the first
    // statement run through the transaction (readAll(), exec(), …): nothing may be read outside
    // it before then.
    enum class Start
    {
        Now,
        WithFirstStatement,
    };
    WriteTransaction(const Database &db, const QString &thread, const QString &row,
                     Start start = Start::Now);
    ~WriteTransaction(); // rolls back unless committed

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const Database &database() const { return m_db; }

    // Records that a row changed: it moves to the end of the feed when the transaction writes
    // its touched rows, each once, at commit. A row with an owner (a user's id) goes to that
    // user alone.
    bool touch(int kind, const QString &entityId, bool deleted = false, qint64 owner = 0);
    // Writes the rows touched so far to the feed now, for a read of the feed that must see them.
    bool flushTouches();
    // Runs a prepared statement (of Database::prepare), remembering the first failure. The
    // writes put off by execLater() go first.
    bool exec(QSqlQuery &query);
    // A write whose effect nothing reads before this transaction's next exec(), read() or
    // commit(), which send it first: on PostgreSQL it goes with them in one round trip (its
    // failure is then theirs). Reads of other classes do not send it: do not put a write off
    // ahead of them.
    bool execLater(QSqlQuery &query);
    // Runs a statement whose rows are read, with the writes put off before it: the query whose
    // rows to read (on PostgreSQL, with writes put off, not query itself), or null when it
    // failed.
    QSqlQuery *read(QSqlQuery &query);
    // Runs the statements (of Database::prepare, values bound) after the writes put off, on
    // PostgreSQL in one round trip; each one's rows are then read from nextRead(), in turn.
    // False when one failed.
    bool readAll(const QList<QSqlQuery *> &queries);
    QSqlQuery *nextRead(); // null when that statement failed, or none is left
    // Sends the writes put off now, alone: before a read of another class that must see them.
    bool sendLater();
    bool commit();
    void fail(const QString &error);
    // How many write transactions this thread has open (Database::prepare checks that a write
    // statement runs inside one).
    static int &openInThisThread();

private:
    void failWith(const QSqlError &error);
    void begin(const QString &thread, const QString &row, Start start = Start::Now);
    void checkKey();
    bool writeTouches(bool commit); // with commit, on PostgreSQL, the last rows commit too
    // Runs text, of statements separated by ';', to the last one's result.
    bool run(QSqlQuery &q, const QString &text, int statements);
    // PostgreSQL: the writes put off (taken), then the queries' statements, in one text; empty
    // when one cannot be written out (the transaction has failed).
    QString textOf(const QList<QSqlQuery *> &queries);

    struct Touch
    {
        int kind = 0;
        QString entityId;
        bool deleted = false;
        qint64 owner = 0;
    };

    const Database &m_db;
    QSqlDatabase m_connection;
    QList<Touch> m_touches;          // not yet in the feed, in the order of their last change
    QStringList m_later;             // PostgreSQL: the statements of writes put off
    std::optional<QSqlQuery> m_text; // runs them with the statement after them
    QList<QSqlQuery *> m_reads;      // of readAll(), left to read (on PostgreSQL, m_text each)
    bool m_readStarted = false;      // on PostgreSQL, m_text is at the first one's rows
    qint64 m_lastSeq = 0;
    qint64 m_startSeq = 0;
    qint64 m_now = 0;
    bool m_open = false;
    bool m_committed = false; // by the statement that wrote the last touched rows
    QString m_error;
};

} // namespace Soudan::Server
