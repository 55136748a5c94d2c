#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <memory>

namespace Soudan::Test {

// The real soudan-server binary on a fresh database: a SQLite file in a temporary folder, or a
// new database on the PostgreSQL that ./scripts/test starts ($SOUDAN_TEST_PG_URL).
class ServerProcess final
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL,
    };

    // The backend a test binary runs against: $SOUDAN_TEST_BACKEND ("sqlite", "postgresql").
    static Backend backendFromEnvironment();
    // Why the backend cannot be used here, or empty.
    static QString unavailable(Backend backend);

    explicit ServerProcess(Backend backend = backendFromEnvironment());
    ~ServerProcess();

    bool createDatabase();
    // Serve the database of another ServerProcess (another process of one board); it stays
    // that one's to drop.
    void useDatabaseOf(const ServerProcess &other) { m_url = other.m_url; }
    QString databaseUrl() const { return m_url; }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // soudan-server ARGS --db URL, with stdin.
    Run command(const QStringList &arguments, const QByteArray &input = {}) const;
    // Adds a user with the password "password-<name>".
    bool addUser(const QString &name, const QString &role = QStringLiteral("member")) const;
    static QString passwordOf(const QString &name) { return QStringLiteral("password-") + name; }

    // One value read straight from the server's database, for checks no route shows.
    QVariant scalar(const QString &sql) const;
    // A statement run straight on the server's database: a fault no route can make.
    bool execute(const QString &sql) const;

    // serve on 127.0.0.1 (a free port, or the given one) with extra options; waits until it
    // listens.
    bool start(const QStringList &options = {}, int port = 0);
    // A new database with the demo board and these users (members, then moderators), served.
    bool startDemoBoard(const QStringList &members, const QStringList &moderators = {},
                        const QStringList &options = {});
    void kill(); // SIGKILL
    void stop(); // SIGTERM, and wait
    bool isRunning() const;
    QUrl url() const { return m_base; }
    QString log() const; // what the server wrote to stderr

private:
    QVariant direct(const QString &sql, bool readRow) const;

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgDatabase;
    std::unique_ptr<QProcess> m_process;
    QUrl m_base;
    mutable QByteArray m_log;
};

} // namespace Soudan::Test
