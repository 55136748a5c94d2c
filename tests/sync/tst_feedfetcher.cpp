// FeedFetcher against the real server: pages in the order of their cursors, never more than
// three asked for and not yet written (a slow disk does not pull the board into memory), and a
// stopped or failed fetch delivers nothing more.

#include "sync/feedfetcher.h"
#include "tests/support/feedreader.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

struct Delivered
{
    quint64 generation;
    QString requested;
    ApiReply reply;
    std::optional<ChangesPage> page;
};

// A fetcher whose pages (and failures) are kept as they come, on this thread.
struct Fetch
{
    QObject receiver;
    QList<Delivered> delivered;
    FeedFetcher fetcher{&receiver,
                        [this](quint64 generation, const QString &requested, const ApiReply &reply,
                               const std::optional<ChangesPage> &page) {
                            delivered.append({generation, requested, reply, page});
                        }};
};

constexpr int PageSize = 5;

} // namespace

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pages_comeInOrder_atMostThreeAhead();
    void stop_endsTheFetch();
    void refusedToken_endsTheFetchWithItsFailure();

private:
    int changeRequests() const { return int(m_server->log().count(u"GET /api/v1/changes"_s)); }
    FeedFetcher::Start from(const QString &cursor, const QString &token = {}) const
    {
        return {m_server->url(), token.isEmpty() ? m_token : token, 10000, PageSize, cursor};
    }

    std::unique_ptr<ServerProcess> m_server;
    QString m_token;
    qsizetype m_feedRows = 0;
};

void TestFeedFetcher::initTestCase()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->createDatabase());
    const ServerProcess::Run generated = m_server->command(
        {u"generate-board"_s, u"--threads"_s, u"20"_s, u"--answers-per-thread"_s, u"1"_s});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    QVERIFY(m_server->addUser(u"reader"_s));
    QVERIFY(m_server->start());
    Http http(m_server->url());
    m_token = http.login(u"reader"_s, ServerProcess::passwordOf(u"reader"_s));
    QVERIFY(!m_token.isEmpty());
    http.setToken(m_token);
    const FeedRead feed = readFeed(http, {}, 1000);
    QVERIFY(!feed.failed);
    for (const auto &rows : feed.rows)
        m_feedRows += rows.size();
    QVERIFY(m_feedRows > 8 * PageSize);
}

void TestFeedFetcher::pages_comeInOrder_atMostThreeAhead()
{
    Fetch fetch;
    QList<Delivered> &delivered = fetch.delivered;
    FeedFetcher &fetcher = fetch.fetcher;
    const int before = changeRequests();
    const quint64 generation = fetcher.start(from(QString()));

    // Nothing is written: three pages come, and no fourth is asked for.
    QTRY_COMPARE(delivered.size(), FeedFetcher::MaxAhead);
    QTest::qWait(300);
    QCOMPARE(delivered.size(), FeedFetcher::MaxAhead);
    QCOMPARE(changeRequests() - before, FeedFetcher::MaxAhead);

    // Written one by one, the rest of the feed follows, each page from where the last ended.
    qsizetype rows = 0;
    QString cursor;
    for (qsizetype i = 0;; ++i) {
        QTRY_VERIFY(delivered.size() > i);
        const Delivered &d = delivered.at(i);
        QCOMPARE(d.generation, generation);
        QVERIFY2(d.reply.ok(), qPrintable(d.reply.message));
        QVERIFY(d.page);
        QCOMPARE(d.requested, cursor);
        QVERIFY(d.page->changes.size() <= PageSize);
        rows += d.page->changes.size();
        cursor = d.page->cursor;
        QVERIFY(delivered.size() <= i + FeedFetcher::MaxAhead);
        fetcher.written(generation);
        if (!d.page->hasMore)
            break;
    }
    QCOMPARE(rows, m_feedRows);
    // The last page asks for nothing more.
    const qsizetype pages = delivered.size();
    QTest::qWait(300);
    QCOMPARE(delivered.size(), pages);
    QCOMPARE(changeRequests() - before, int(pages));
}

void TestFeedFetcher::stop_endsTheFetch()
{
    Fetch fetch;
    QList<Delivered> &delivered = fetch.delivered;
    FeedFetcher &fetcher = fetch.fetcher;
    const quint64 first = fetcher.start(from(QString()));
    QTRY_VERIFY(!delivered.isEmpty());
    fetcher.written(first);
    fetcher.stop();
    QTest::qWait(300);
    // What came after the stop is of that fetch: the engine leaves it alone. Nothing more comes.
    const qsizetype afterStop = delivered.size();
    QTest::qWait(300);
    QCOMPARE(delivered.size(), afterStop);
    QVERIFY(afterStop <= FeedFetcher::MaxAhead + 1);

    // A new fetch has a new generation and starts where it is told.
    const QString cursor = delivered.first().page->cursor;
    const quint64 second = fetcher.start(from(cursor));
    QVERIFY(second > first);
    QTRY_VERIFY(delivered.size() > afterStop);
    QCOMPARE(delivered.at(afterStop).generation, second);
    QCOMPARE(delivered.at(afterStop).requested, cursor);
}

void TestFeedFetcher::refusedToken_endsTheFetchWithItsFailure()
{
    Fetch fetch;
    QList<Delivered> &delivered = fetch.delivered;
    FeedFetcher &fetcher = fetch.fetcher;
    const int before = changeRequests();
    fetcher.start(from(QString(), u"not-a-token"_s));
    QTRY_COMPARE(delivered.size(), 1);
    QVERIFY(!delivered.first().reply.ok());
    QCOMPARE(delivered.first().reply.status, 401);
    QVERIFY(!delivered.first().page);
    QTest::qWait(300);
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(changeRequests() - before, 1);
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
