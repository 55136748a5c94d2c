// "Best match" is bm25's order: the threads Search::find puts first, with soudan_rank reading the
// lengths of few matches (SearchRank), are those FTS5's own bm25() puts first when it reads every
// match, on a real cache of posts of many lengths; with hidden threads and filters that leave
// too few threads among the first documents; and a cache from before the length buckets is
// indexed again. A 1-character query, read as its terms ORed, finds what FTS5's prefix finds.

#include "domain/searchtext.h"
#include "store/search.h"
#include "store/searchrank.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

// Sentences with none of the words searched for.
const QStringList Filler = {u"打ち合わせの日程を調整します。"_s,
                            u"デザインの方向性を確認しました。"_s, u"よろしくお願いいたします。"_s,
                            u"資料を送りますのでご確認ください。"_s,
                            u"先方の担当者が変わりました。"_s};
const QStringList Words = {u"契約"_s, u"納期"_s, u"仮払い"_s};

} // namespace

class TestSearchRank : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void bestMatch_isBm25sOrder_data();
    void bestMatch_isBm25sOrder();
    void documentIds_carryTheirLengthsBucket();
    void oneCharacter_findsWhatItsPrefixFinds_data();
    void oneCharacter_findsWhatItsPrefixFinds();
    void cacheFromBeforeTheBuckets_isIndexedAgain();

private:
    // Each visible thread's best bm25() score for match (FTS5's own, over every match), best
    // first; filter is SQL on the thread t.
    QList<std::pair<QUuid, double>> bm25Order(const QString &match, const QString &filter);

    std::unique_ptr<TestBoard::TempStore> m_store;
    QList<Thread> m_threads;
};

void TestSearchRank::init()
{
    m_store = TestBoard::openTempStore();
    m_threads.clear();
    // 300 threads of a question and two answers, 1 to 50 sentences long, each word in about
    // half of the posts, one to four times.
    QRandomGenerator random(16);
    auto text = [&]() {
        QStringList parts;
        const int sentences = 1 + int(random.bounded(50));
        for (int i = 0; i < sentences; ++i)
            parts.append(Filler.at(int(random.bounded(quint32(Filler.size())))));
        for (const QString &word : Words) {
            if (random.bounded(2) == 0)
                continue;
            const int times = 1 + int(random.bounded(4));
            for (int i = 0; i < times; ++i)
                parts.insert(int(random.bounded(quint32(parts.size() + 1))), word + u'。');
        }
        return parts.join(QString());
    };
    ChangeSet c = TestBoard::skeleton();
    for (int n = 1; n <= 300; ++n) {
        Thread t = TestBoard::thread(n, n % 2 ? 11 : 21);
        t.title = u"相談"_s;
        t.body = text();
        c.threads.append(t);
        m_threads.append(t);
        for (int a = 0; a < 2; ++a) {
            Answer answer = TestBoard::answer(n * 2 + a, t);
            answer.body = text();
            c.answers.append(answer);
        }
    }
    QVERIFY((*m_store)->sync().ingest(c));
}

QList<std::pair<QUuid, double>> TestSearchRank::bm25Order(const QString &match,
                                                          const QString &filter)
{
    QList<std::pair<QUuid, double>> order;
    TestBoard::RawFile file(m_store->dir.filePath(u"soudan.sqlite"_s));
    QSqlQuery q = file.query();
    if (!q.prepare(u"WITH s AS MATERIALIZED (SELECT rowid AS docid, bm25(search_index) AS score "
                   "FROM search_index WHERE search_index MATCH :match) SELECT "
                   "COALESCE(a.thread_id, p.id), MIN(s.score) AS best FROM s LEFT JOIN answers a "
                   "ON a.search_docid = s.docid LEFT JOIN "
                   "threads p ON p.search_docid = s.docid JOIN threads t ON t.id = "
                   "COALESCE(a.thread_id, p.id) WHERE t.hidden = 0 AND "_s +
                   filter + u" GROUP BY 1 ORDER BY best"_s)) {
        qWarning() << q.lastError().text();
        return order;
    }
    q.bindValue(u":match"_s, match);
    if (!q.exec()) {
        qWarning() << q.lastError().text();
        return order;
    }
    while (q.next())
        order.append({QUuid::fromString(q.value(0).toString()), q.value(1).toDouble()});
    return order;
}

void TestSearchRank::bestMatch_isBm25sOrder_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("match"); // the same as FTS5 sees it
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("hide"); // the best threads hidden first
    QTest::addColumn<int>("limit");
    QTest::newRow("one word") << u"契約"_s << u"\"契約\""_s << u"1"_s << 0 << 20;
    QTest::newRow("a phrase") << u"仮払い"_s << u"\"仮払\" + \"払い\""_s << u"1"_s << 0 << 20;
    // Two words: each weighs as rare as it is.
    QTest::newRow("two words") << u"契約 納期"_s << u"(\"契約\") AND (\"納期\")"_s << u"1"_s << 0
                               << 10;
    // The best documents' threads are hidden: the first round leaves too few threads.
    QTest::newRow("best threads hidden") << u"契約"_s << u"\"契約\""_s << u"1"_s << 30 << 20;
    // Half of the threads are in another category.
    QTest::newRow("a category") << u"契約 category:発注"_s << u"\"契約\""_s
                                << u"t.category_id = 21"_s << 0 << 20;
}

void TestSearchRank::bestMatch_isBm25sOrder()
{
    QFETCH(QString, query);
    QFETCH(QString, match);
    QFETCH(QString, filter);
    QFETCH(int, hide);
    QFETCH(int, limit);
    if (hide > 0) {
        ChangeSet hidden;
        const QList<std::pair<QUuid, double>> best = bm25Order(match, filter);
        QVERIFY(best.size() > hide);
        for (int i = 0; i < hide; ++i) {
            for (Thread t : std::as_const(m_threads)) {
                if (t.id == best.at(i).first) {
                    t.hidden = true;
                    t.version = 2;
                    hidden.threads.append(t);
                }
            }
        }
        QVERIFY((*m_store)->sync().ingest(hidden));
    }
    const QList<std::pair<QUuid, double>> expected = bm25Order(match, filter);
    QVERIFY(expected.size() > limit * 2); // more matches than the documents of a first round
    const QList<SearchHit> hits =
        (*m_store)->search().find(SearchText::parse(query), SearchOrder::Relevance, limit);
    QCOMPARE(hits.size(), limit);
    // Threads of equal scores may come in either order: each place has the score bm25 gives it.
    QHash<QUuid, double> score;
    for (const auto &[thread, s] : expected)
        score.insert(thread, s);
    for (int i = 0; i < limit; ++i) {
        const QUuid thread = hits.at(i).threadId;
        QVERIFY2(score.contains(thread), qPrintable(u"place %1 is not a match"_s.arg(i)));
        QVERIFY2(qFuzzyCompare(score.value(thread), expected.at(i).second),
                 qPrintable(u"place %1: bm25 %2, expected %3"_s.arg(i)
                                .arg(score.value(thread))
                                .arg(expected.at(i).second)));
    }
}

void TestSearchRank::documentIds_carryTheirLengthsBucket()
{
    TestBoard::RawFile file(m_store->dir.filePath(u"soudan.sqlite"_s));
    QVERIFY(file.isOpen());
    QSqlQuery q = file.query();
    QVERIFY(q.exec(u"SELECT search_docid, title || char(10) || body FROM threads UNION ALL "
                   "SELECT search_docid, body FROM answers"_s));
    QSet<int> buckets;
    int posts = 0;
    while (q.next()) {
        ++posts;
        QVERIFY(!q.isNull(0));
        const int bucket = SearchRank::bucketOf(
            SearchRank::tokenCount(SearchText::tokenString(q.value(1).toString())));
        QCOMPARE(int(q.value(0).toLongLong() % SearchRank::Buckets), bucket);
        buckets.insert(bucket);
    }
    QCOMPARE(posts, 900);
    QVERIFY2(buckets.size() >= 6, "the posts' lengths span the buckets");
    // Each post has its document in the index.
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM search_index_docsize"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 900);
}

void TestSearchRank::oneCharacter_findsWhatItsPrefixFinds_data()
{
    QTest::addColumn<QString>("character");
    QTest::newRow("in most posts") << u"確"_s; // 確認
    QTest::newRow("in about half") << u"契"_s; // 契約
    QTest::newRow("kana") << u"の"_s;
    QTest::newRow("in no post") << u"鬱"_s;
}

void TestSearchRank::oneCharacter_findsWhatItsPrefixFinds()
{
    QFETCH(QString, character);
    // Threads in which the character comes before 40 other characters each (none for the one
    // in no post), and one with the character after 確 in Unicode (碻), which 確 does not start.
    const int spread = character == u"鬱"_s ? 0 : 40;
    ChangeSet more;
    for (int n = 0; n <= spread; ++n) {
        Thread t = TestBoard::thread(1000 + n, 11);
        t.title = u"相談"_s;
        t.body = n < spread ? character + QChar(char16_t(0x4E00 + n * 37)) + u"。"_s : u"碻定。"_s;
        more.threads.append(t);
    }
    QVERIFY((*m_store)->sync().ingest(more));
    QSet<QUuid> expected;
    {
        TestBoard::RawFile file(m_store->dir.filePath(u"soudan.sqlite"_s));
        QVERIFY(file.isOpen());
        QSqlQuery q = file.query();
        QVERIFY(q.prepare(u"SELECT DISTINCT COALESCE(a.thread_id, p.id) FROM search_index s "
                          "LEFT JOIN answers a ON a.search_docid = s.rowid LEFT JOIN threads p ON "
                          "p.search_docid = s.rowid WHERE search_index MATCH :match"_s));
        q.bindValue(u":match"_s, QString(u'"' + character + u"\" *"_s));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        while (q.next())
            expected.insert(QUuid::fromString(q.value(0).toString()));
    }
    QSet<QUuid> found;
    for (const SearchHit &hit :
         (*m_store)->search().find(SearchText::parse(character), SearchOrder::Newest, 1000))
        found.insert(hit.threadId);
    QCOMPARE(found, expected);
    QCOMPARE(found.isEmpty(), character == u"鬱"_s);
}

void TestSearchRank::cacheFromBeforeTheBuckets_isIndexedAgain()
{
    // A cache of schema 14 with a thread indexed as it was then (its second since 2000 times 4).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    QVERIFY(TestBoard::writeOldIndexedCache(path, 14, 12));
    Store::Opened opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    Search &search = opened.store->search();
    // Not found until it is indexed again, and search says so.
    QCOMPARE(search.postsLeftForLater(), std::optional<int>(1));
    QVERIFY(search.find(SearchText::parse(u"契約書"_s)).isEmpty());
    QCOMPARE(search.indexBacklog(100), std::optional<int>(0));
    QCOMPARE(search.postsLeftForLater(), std::nullopt);
    QCOMPARE(search.find(SearchText::parse(u"契約書"_s)).size(), 1);
    QCOMPARE(search.find(SearchText::parse(u"見積もり"_s), SearchOrder::Relevance).size(), 1);
}

QTEST_GUILESS_MAIN(TestSearchRank)
#include "tst_searchrank.moc"
