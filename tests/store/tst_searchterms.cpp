// The search index's terms (search_terms) and the merge of its segments: a 1-character query
// lists its terms from search_terms, which the indexer keeps with the documents and the upgrade
// fills from the index as it was; merging the segments into one, a step at a time, changes no
// result.

#include "domain/searchtext.h"
#include "store/connection.h"
#include "store/migrator.h"
#include "store/search.h"
#include "store/searchindex.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

QList<QUuid> threadsFound(Store &store, const QString &query, SearchOrder order)
{
    QList<QUuid> ids;
    for (const SearchHit &hit : store.search().find(SearchText::parse(query), order, 1000))
        ids.append(hit.threadId);
    return ids;
}

} // namespace

class TestSearchTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termsOfTokens_areFts5sTerms();
    void latinLetter_findsWordsOfEitherCase();
    void everyTermOfTheIndex_isListed();
    void termsOfARolledBackTransaction_areWrittenAgain();
    void cacheFromBeforeTheTerms_hasThemAfterTheUpgrade();
    void merge_changesNoResultAndEnds();
};

void TestSearchTerms::termsOfTokens_areFts5sTerms()
{
    // FTS5's ascii tokenizer: ASCII letters folded, other ASCII separates, the rest belongs to a
    // term.
    QSet<QString> terms;
    SearchIndexer::addTerms(u"契約 約書 LINE Zoom-2 a_b  見積"_s, &terms);
    QCOMPARE(terms, (QSet<QString>{u"契約"_s, u"約書"_s, u"line"_s, u"zoom"_s, u"2"_s, u"a"_s,
                                   u"b"_s, u"見積"_s}));
}

void TestSearchTerms::latinLetter_findsWordsOfEitherCase()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    const QStringList bodies = {u"Zoomで打ち合わせ"_s, u"zipで送ります"_s, u"ZENの件"_s,
                                u"見積もりです"_s};
    for (int n = 0; n < bodies.size(); ++n) {
        Thread t = TestBoard::thread(n + 1, 11);
        t.title = u"相談"_s;
        t.body = bodies.at(n);
        c.threads.append(t);
    }
    QVERIFY((*store)->sync().ingest(c));
    // A Latin letter is a prefix when it ends in *.
    for (const QString &prefix : {u"z*"_s, u"Z*"_s})
        QCOMPARE(threadsFound(**store, prefix, SearchOrder::Newest).size(), 3);
}

void TestSearchTerms::everyTermOfTheIndex_isListed()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    for (int n = 0; n < 30; ++n) {
        Thread t = TestBoard::thread(n + 1, 11);
        t.title = u"見積もりの相談 %1"_s.arg(n);
        t.body = u"Zoomで打ち合わせ、契約書は PDF-%1 で送ります。"_s.arg(n * 7);
        c.threads.append(t);
        Answer a = TestBoard::answer(n + 1, t);
        a.body = u"仮払いの後で納品します。"_s;
        c.answers.append(a);
    }
    QVERIFY((*store)->sync().ingest(c));
    // The index's terms as FTS5 has them, and search_terms, through a connection of their own.
    TestBoard::RawFile raw(store->dir.filePath(u"soudan.sqlite"_s));
    QVERIFY(raw.isOpen());
    auto terms = [&](const QString &sql) {
        QSet<QString> all;
        QSqlQuery q = raw.query();
        if (!q.exec(sql))
            qWarning() << q.lastError().text();
        while (q.next())
            all.insert(q.value(0).toString());
        return all;
    };
    QSqlQuery vocab = raw.query();
    QVERIFY(vocab.exec(u"CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_index, "
                       "'row')"_s));
    const QSet<QString> indexed = terms(u"SELECT term FROM temp.vocab"_s);
    QVERIFY(indexed.size() > 40);
    QVERIFY(indexed.contains(u"zoom"_s) && indexed.contains(u"pdf"_s));
    QCOMPARE(terms(u"SELECT term FROM search_terms"_s), indexed);
}

void TestSearchTerms::termsOfARolledBackTransaction_areWrittenAgain()
{
    // A cache with one question, indexed through a connection of the test's own.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    TestBoard::RawFile raw(path);
    QVERIFY(raw.isOpen());
    const QSqlDatabase db = raw.db();
    QCOMPARE(Migrator(db).migrate().problem, Migrator::Problem::None);
    QSqlQuery q = raw.query();
    QVERIFY(q.exec(u"INSERT INTO categories VALUES (11, NULL, 'その他', 0, 1)"_s));
    QVERIFY(q.exec(u"INSERT INTO threads (id, category_id, author_id, title, body, created_ms, "
                   "last_activity_ms, status, urgent, view_count, answer_count, version, "
                   "hidden) VALUES ('00000000-0000-4000-8000-000000000001', 11, 1, '鰻重', "
                   "'鰻重の相談', 1000, 1000, 0, 0, 0, 0, 1, 0)"_s));
    const qint64 row = 1;
    StoreConnection connection(
        path, u"raw"_s, [](const StoreChange &) {}, StoreConnection::Ownership::Borrowed);
    auto index = [&](bool commit) {
        StoreTransaction tx(connection);
        SearchIndexer indexer(db);
        const bool indexed =
            tx.ok() && indexer.putUnindexed(EntityKind::Thread, row, u"鰻重 鰻重の相談"_s, 1000) &&
            indexer.flush();
        return indexed && (!commit || tx.commit());
    };
    auto listed = [&] {
        QSqlQuery terms = raw.query();
        terms.exec(u"SELECT COUNT(*) FROM search_terms WHERE term >= '鰻' AND term < '鰼'"_s);
        return terms.next() ? terms.value(0).toInt() : -1;
    };
    QVERIFY(index(false)); // rolled back: its terms went with it
    QCOMPARE(listed(), 0);
    QVERIFY(index(true)); // written again, not taken as written already
    QVERIFY(listed() > 0);
}

void TestSearchTerms::cacheFromBeforeTheTerms_hasThemAfterTheUpgrade()
{
    // A cache of schema 15 with a thread indexed then: its terms are in the index alone.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    QVERIFY(TestBoard::writeOldIndexedCache(path, 15, 16));
    Store::Opened opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    Store &store = *opened.store;
    // A thread indexed after the upgrade: 見 then has a term of its own (見本) to list.
    ChangeSet c;
    Thread later = TestBoard::thread(2, 11);
    later.title = u"見本"_s;
    later.body = u"送ります"_s;
    c.threads.append(later);
    QVERIFY(store.sync().ingest(c));
    QCOMPARE(threadsFound(store, u"見"_s, SearchOrder::Newest).size(), 2);
    QCOMPARE(threadsFound(store, u"契"_s, SearchOrder::Newest).size(), 1);
    // The index's segments wait to be merged, and the merge ends.
    QVERIFY(store.search().mergePending());
    int steps = 0;
    for (std::optional<bool> more = true; more != false && steps < 100; ++steps)
        QVERIFY((more = store.search().mergeIndex()).has_value());
    QVERIFY(steps < 100);
    QVERIFY(!store.search().mergePending());
    QCOMPARE(threadsFound(store, u"見"_s, SearchOrder::Newest).size(), 2);
}

void TestSearchTerms::merge_changesNoResultAndEnds()
{
    auto store = TestBoard::openTempStore();
    QVERIFY((*store)->sync().ingest(TestBoard::skeleton()));
    // Posts in 12 transactions: the index has several segments.
    const QStringList sentences = {u"契約書を確認しました。"_s, u"仮払いの件です。"_s,
                                   u"納期は来週の金曜です。"_s, u"見積もりを送ります。"_s};
    int n = 0;
    for (int batch = 0; batch < 12; ++batch) {
        ChangeSet c;
        for (int i = 0; i < 20; ++i, ++n) {
            Thread t = TestBoard::thread(n + 1, n % 2 ? 11 : 21);
            t.title = u"相談 %1"_s.arg(n);
            t.body = sentences.at(n % 4) + sentences.at((n / 4) % 4);
            c.threads.append(t);
            Answer a = TestBoard::answer(n + 1, t);
            a.body = sentences.at((n + 1) % 4);
            c.answers.append(a);
        }
        QVERIFY((*store)->sync().ingest(c));
    }
    const QStringList queries = {u"契"_s, u"の"_s, u"仮払い"_s, u"納期 見積もり"_s,
                                 u"確認 -仮払い"_s};
    auto results = [&] {
        QList<QList<QUuid>> all;
        for (const QString &query : queries) {
            for (const SearchOrder order : {SearchOrder::Newest, SearchOrder::Relevance})
                all.append(threadsFound(**store, query, order));
        }
        return all;
    };
    const QList<QList<QUuid>> before = results();
    QVERIFY(before.first().size() > 10);

    // Asked for as after a backlog: the first step merges, the last one finds nothing to do.
    QVERIFY((*store)->search().indexBacklog(10) == std::optional<int>(0));
    QVERIFY(!(*store)->search().mergePending()); // no backlog: nothing asked for
    // Through a connection of its own to the file.
    TestBoard::RawFile raw(store->dir.filePath(u"soudan.sqlite"_s));
    QVERIFY(raw.isOpen());
    QSqlQuery ask = raw.query();
    QVERIFY(ask.exec(u"INSERT INTO sync_state (key, value) VALUES ('search_merge', 'start')"_s));
    QVERIFY((*store)->search().mergePending());
    QCOMPARE((*store)->search().mergeIndex(50), std::optional<bool>(true));
    int steps = 1;
    for (std::optional<bool> more = true; more != false && steps < 200; ++steps)
        QVERIFY((more = (*store)->search().mergeIndex(50)).has_value());
    QVERIFY(steps < 200);
    QVERIFY(!(*store)->search().mergePending());
    QCOMPARE(results(), before);
    // A merge of one segment does nothing.
    ask.finish();
    QVERIFY(ask.exec(u"INSERT INTO sync_state (key, value) VALUES ('search_merge', 'start') "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s));
    QCOMPARE((*store)->search().mergeIndex(50), std::optional<bool>(false));
    QVERIFY(!(*store)->search().mergePending());
}

QTEST_GUILESS_MAIN(TestSearchTerms)
#include "tst_searchterms.moc"
