// The server's Database on a real board of either backend: what a statement with a list of ids
// is given stays data, whatever the ids hold.

#include "server/database.h"
#include "tests/support/serverprocess.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Server;
using namespace Soudan::Test;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectByIds_readsTheIdsAsText_data();
    void selectByIds_readsTheIdsAsText();
};

void TestDatabase::selectByIds_readsTheIdsAsText_data()
{
    QTest::addColumn<int>("backendNumber");
    QTest::newRow("sqlite") << int(ServerProcess::Backend::SQLite);
    QTest::newRow("postgresql") << int(ServerProcess::Backend::PostgreSQL);
}

void TestDatabase::selectByIds_readsTheIdsAsText()
{
    QFETCH(int, backendNumber);
    const auto backend = ServerProcess::Backend(backendNumber);
    if (const QString why = ServerProcess::unavailable(backend); !why.isEmpty()) {
        if (backend == ServerProcess::Backend::PostgreSQL &&
            qEnvironmentVariableIsSet("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    ServerProcess server(backend);
    QVERIFY(server.createDatabase());
    const ServerProcess::Run generated = server.command(
        {u"generate-board"_s, u"--threads"_s, u"3"_s, u"--answers-per-thread"_s, u"0"_s});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const Outcome<Database> opened = Database::fromUrl(server.databaseUrl());
    QVERIFY(opened.ok());
    const Database &db = opened.value();

    QStringList all;
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT id FROM threads ORDER BY id"_s));
        while (q.next())
            all.append(q.value(0).toString());
    }
    QCOMPARE(all.size(), 3);

    // Two real ids among ids that would be SQL if they were pasted in as they are.
    const QStringList ids{all.at(0),           u"0') OR ('1'='1"_s,
                          all.at(2),           u"0'; DELETE FROM threads; --"_s,
                          u"0\\' OR 1=1 --"_s, u"o'brien"_s};
    QString error;
    std::optional<QSqlQuery> q = db.selectByIds(u"threads_by_ids"_s, ids, &error);
    QVERIFY2(q, qPrintable(error));
    QSet<QString> found;
    while (q->next())
        found.insert(q->value(0).toString());
    q.reset();
    QCOMPARE(found, (QSet<QString>{all.at(0), all.at(2)}));

    QSqlQuery count(db.connection());
    QVERIFY(count.exec(u"SELECT COUNT(*) FROM threads"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
