#include "tests/support/serverprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Soudan::Test {

namespace {

// Runs one statement on the test PostgreSQL's maintenance database.
bool adminExec(const QString &sql)
{
    const QUrl url(qEnvironmentVariable("SOUDAN_TEST_PG_URL"));
    const QString name = u"soudan-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << "PostgreSQL:" << q.lastError().text();
        } else {
            qWarning() << "PostgreSQL:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

ServerProcess::Backend ServerProcess::backendFromEnvironment()
{
    return qEnvironmentVariable("SOUDAN_TEST_BACKEND") == u"postgresql"_s ? Backend::PostgreSQL
                                                                          : Backend::SQLite;
}

QString ServerProcess::unavailable(Backend backend)
{
    if (backend == Backend::PostgreSQL && qEnvironmentVariableIsEmpty("SOUDAN_TEST_PG_URL"))
        return u"no PostgreSQL for the tests: run ./scripts/test, which starts one"_s;
    return {};
}

ServerProcess::ServerProcess(Backend backend)
    : m_backend(backend)
{}

ServerProcess::~ServerProcess()
{
    stop();
    if (!m_pgDatabase.isEmpty())
        adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase));
}

bool ServerProcess::createDatabase()
{
    if (m_backend == Backend::SQLite) {
        m_url = m_dir.filePath(u"server.sqlite"_s);
        return true;
    }
    m_pgDatabase = u"soudan_test_"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (!adminExec(u"CREATE DATABASE %1"_s.arg(m_pgDatabase)))
        return false;
    QUrl url(qEnvironmentVariable("SOUDAN_TEST_PG_URL"));
    url.setPath(u"/"_s + m_pgDatabase);
    m_url = url.toString();
    return true;
}

ServerProcess::Run ServerProcess::command(const QStringList &arguments,
                                          const QByteArray &input) const
{
    QProcess p;
    p.start(QStringLiteral(SOUDAN_SERVER_BINARY), arguments + QStringList{u"--db"_s, m_url});
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool ServerProcess::startDemoBoard(const QStringList &members, const QStringList &moderators,
                                   const QStringList &options)
{
    if (!createDatabase() || command({u"import-demo"_s}).exitCode != 0)
        return false;
    for (const QString &name : members) {
        if (!addUser(name))
            return false;
    }
    for (const QString &name : moderators) {
        if (!addUser(name, u"moderator"_s))
            return false;
    }
    return start(options);
}

bool ServerProcess::addUser(const QString &name, const QString &role) const
{
    const Run run =
        command({u"user"_s, u"add"_s, name, u"--role"_s, role}, passwordOf(name).toUtf8() + '\n');
    if (run.exitCode != 0)
        qWarning() << "user add failed:" << run.err;
    return run.exitCode == 0;
}

QVariant ServerProcess::scalar(const QString &sql) const
{
    return direct(sql, true);
}

bool ServerProcess::execute(const QString &sql) const
{
    return direct(sql, false).toBool();
}

QVariant ServerProcess::direct(const QString &sql, bool readRow) const
{
    const QString name = u"soudan-test-inspect-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db;
        if (m_backend == Backend::SQLite) {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_url);
        } else {
            const QUrl url(m_url);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        }
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && (!readRow || q.next()))
                value = readRow ? q.value(0) : QVariant(true);
            else
                qWarning() << "inspect:" << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool ServerProcess::start(const QStringList &options, int port)
{
    stop();
    m_log.clear();
    m_process = std::make_unique<QProcess>();
    m_process->start(
        QStringLiteral(SOUDAN_SERVER_BINARY),
        QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--db"_s, m_url} +
            options);
    static const QRegularExpression listening(u"listening on (http://[0-9.]+:[0-9]+)"_s);
    QByteArray out;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_base = QUrl(m.captured(1));
            return true;
        }
    }
    m_log += m_process->readAllStandardError();
    qWarning() << "soudan-server did not start:" << out << m_log;
    return false;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_log += m_process->readAllStandardError();
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += m_process->readAllStandardError();
    m_process.reset();
    // Built with the sanitizers (./scripts/test-asan), the server says what it found as it
    // exits: any of it fails the test that ran it.
    for (const char *report :
         {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:"}) {
        if (m_log.contains(report))
            qFatal("soudan-server reported a sanitizer error:\n%s", m_log.constData());
    }
}

QString ServerProcess::log() const
{
    if (m_process)
        m_log += m_process->readAllStandardError();
    return QString::fromUtf8(m_log);
}

} // namespace Soudan::Test
