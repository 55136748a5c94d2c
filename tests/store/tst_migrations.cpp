#include "store/boardreads.h"
#include "store/migrator.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

// A raw connection to a cache file, as an earlier Soudan or a crash would have left it.
class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
    }
    ~RawFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << q.lastError().text();
        return ok;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

int totalSteps(int upToVersion)
{
    int steps = 0;
    for (const Migrator::Migration &m : Migrator::migrations()) {
        if (m.version <= upToVersion)
            steps += int(m.steps.size());
    }
    return steps;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshCreate_recordsEveryStepOfEveryVersion();
    void upgrade_fromEveryEarlierVersion_keepsData_data();
    void upgrade_fromEveryEarlierVersion_keepsData();
    void interruptedUpgrade_resumesAtTheStepItStopped_data();
    void interruptedUpgrade_resumesAtTheStepItStopped();
};

void TestMigrations::freshCreate_recordsEveryStepOfEveryVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    {
        Store::Opened opened = Store::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.movedAsidePath.isEmpty());
    }
    RawFile file(path);
    QVERIFY(Migrator::latestVersion() >= 3);
    QCOMPARE(file.scalar(u"PRAGMA user_version"_s).toInt(), Migrator::latestVersion());
    QCOMPARE(file.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(file.scalar(u"SELECT COUNT(*) FROM schema_migrations WHERE completed_at IS NOT NULL "
                         "AND steps_done = steps_total"_s)
                 .toInt(),
             Migrator::latestVersion());
    for (const QString &table :
         {u"categories"_s, u"users"_s, u"threads"_s, u"answers"_s, u"category_counts"_s}) {
        QCOMPARE(
            file.scalar(u"SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = '"_s +
                        table + u"'"_s)
                .toInt(),
            1);
    }
}

void TestMigrations::upgrade_fromEveryEarlierVersion_keepsData_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < Migrator::latestVersion(); ++v)
        QTest::addRow("from schema %d", v) << v;
}

void TestMigrations::upgrade_fromEveryEarlierVersion_keepsData()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    {
        RawFile file(path);
        Migrator migrator(file.db());
        const Migrator::Outcome outcome = migrator.migrate(fromVersion);
        QCOMPARE(outcome.problem, Migrator::Problem::None);
        QCOMPARE(outcome.version, fromVersion);
        if (fromVersion >= 1) {
            // What a user of that version had in the cache: two open threads and a resolved one.
            QVERIFY(
                file.exec(u"INSERT INTO categories VALUES (1, NULL, '受注者からの相談', 0, 1)"_s));
            QVERIFY(file.exec(u"INSERT INTO categories VALUES (11, 1, 'その他', 0, 1)"_s));
            for (
                const QString &values :
                {u"'00000000-0000-4000-8000-000000000001', 11, 1, '題 1', '本文', 1000, 1000, 0"_s,
                 u"'00000000-0000-4000-8000-000000000002', 11, 1, '題 2', '本文', 2000, 2000, 0"_s,
                 u"'00000000-0000-4000-8000-000000000003', 11, 1, '題 3', '本文', 3000, 3000, 1"_s}) {
                QVERIFY(file.exec(
                    u"INSERT INTO threads (id, category_id, author_id, title, body, created_ms, "
                    "last_activity_ms, status, urgent, view_count, answer_count, best_answer_id, "
                    "thanks_body, thanks_ms, version, hidden) VALUES ("_s +
                    values + u", 0, 10, 0, NULL, NULL, NULL, 1, 0)"_s));
            }
        }
    }
    Store::Opened opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY2(opened.movedAsidePath.isEmpty(), qPrintable(opened.movedAsideReason));
    if (fromVersion >= 1) {
        QCOMPARE(opened.store->reads().categoryCounts().value(11), (CategoryCounts{3, 2}));
        ThreadQuery q;
        q.categoryId = 11;
        QCOMPARE(opened.store->reads().threads(q, std::nullopt, 10).size(), 3);
    } else {
        QVERIFY(!opened.store->reads().hasThreads());
    }
    opened.store.reset();
    RawFile file(path);
    QCOMPARE(file.scalar(u"PRAGMA user_version"_s).toInt(), Migrator::latestVersion());
    QCOMPARE(
        file.scalar(u"SELECT COUNT(*) FROM sqlite_schema WHERE name = 'threads_newest'"_s).toInt(),
        1);
}

void TestMigrations::interruptedUpgrade_resumesAtTheStepItStopped_data()
{
    QTest::addColumn<int>("stepsBeforeTheCrash");
    const int all = totalSteps(Migrator::latestVersion());
    for (int steps : {1, 3, totalSteps(1), totalSteps(1) + 1, totalSteps(2) + 2, all - 1})
        QTest::addRow("after %d of %d steps", steps, all) << steps;
}

void TestMigrations::interruptedUpgrade_resumesAtTheStepItStopped()
{
    QFETCH(int, stepsBeforeTheCrash);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    {
        RawFile file(path);
        Migrator migrator(file.db());
        const Migrator::Outcome outcome =
            migrator.migrate(Migrator::latestVersion(), stepsBeforeTheCrash);
        QCOMPARE(outcome.problem, Migrator::Problem::None);
        QCOMPARE(file.scalar(u"SELECT SUM(steps_done) FROM schema_migrations"_s).toInt(),
                 stepsBeforeTheCrash);
        QVERIFY(file.scalar(u"PRAGMA user_version"_s).toInt() < Migrator::latestVersion());
    }
    // Every step creates something that exists only once: a step run twice would fail, and a
    // failed upgrade would move the file aside.
    Store::Opened opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY2(opened.movedAsidePath.isEmpty(), qPrintable(opened.movedAsideReason));
    QVERIFY(opened.store->sync().ingest(TestBoard::skeleton()));
    opened.store.reset();
    RawFile file(path);
    QCOMPARE(file.scalar(u"SELECT SUM(steps_done) FROM schema_migrations"_s).toInt(),
             totalSteps(Migrator::latestVersion()));
    QCOMPARE(file.scalar(u"PRAGMA user_version"_s).toInt(), Migrator::latestVersion());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
