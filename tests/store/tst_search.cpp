// Japanese-aware search over a real cache file: a table of queries in kanji, hiragana, katakana,
// full- and half-width forms and Latin, each with the posts it must and must not find; filters;
// hidden and deleted posts; hostile input; and real Japanese questions from ../shared/data.

#include "domain/searchtext.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/outbox.h"
#include "store/search.h"
#include "store/searchindex.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/shareddata.h"
#include "tests/support/testboard.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

struct Post
{
    QString name;
    QString title; // empty: an answer in the thread of `in`
    QString body;
    QString in;
};

const QList<Post> &posts()
{
    static const QList<Post> list = {
        {u"contract"_s, u"契約書の修正について"_s, u"契約書にLINEのIDを書くのは禁止です。"_s, {}},
        {u"fee"_s, u"報酬の相場"_s, u"ロゴ制作の報酬はいくらが相場でしょうか。"_s, {}},
        {u"deadline"_s, u"納期が短すぎる"_s, u"三日で納品してほしいと言われました。"_s, {}},
        {u"escrow"_s, u"仮払いの前に作業"_s, u"仮払い前に着手してしまいました。"_s, {}},
        {u"halfwidth"_s, u"修正の相談"_s, u"ﾃﾞｻﾞｲﾝの修正依頼が続いています"_s, {}},
        {u"fullwidth"_s, u"連絡方法"_s, u"ＬＩＮＥで連絡してください"_s, {}},
        {u"short"_s, u"契約"_s, u"短い"_s, {}},
        {u"promise"_s, {}, u"約束の時間を守りましょう"_s, u"deadline"_s},
        {u"english"_s, u"Invoice timing"_s, u"Send the invoice after delivery, 5,000 yen."_s, {}},
        {u"wordpress"_s,
         u"WordPressの保守費用"_s,
         u"現地まで80kmあります。出張費は別ですか。"_s,
         {}},
    };
    return list;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tokens_areBigramsAndWords();
    void queries_findWhatTheyShould_data();
    void queries_findWhatTheyShould();
    void filters_narrowTheThreads();
    void newest_andRelevance_andSnippets();
    void snippets_keepThePostsOwnCharacters();
    void exclusions_leaveOutWholeThreads();
    void theAskersThanks_areSearchedToo();
    void hiddenAndDeletedPosts_areNeverFound();
    void editedPosts_areFoundByTheirNewWordsOnly();
    void offlinePosts_areFoundAtOnce();
    void hostileInput_givesResultsOrAMessage_data();
    void hostileInput_givesResultsOrAMessage();
    void rebuild_indexesEverything();
    void realJapaneseQuestions_areFoundByTheirKeyTerms();

private:
    QSet<QString> found(const QString &query);

    std::unique_ptr<TestBoard::TempStore> m_store;
    QHash<QString, QUuid> m_threads; // post name → its thread
    QHash<QUuid, QString> m_names;   // thread → post name
    QList<Thread> m_threadRows;
};

void TestSearch::init()
{
    m_store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    m_threads.clear();
    m_names.clear();
    m_threadRows.clear();
    int n = 0;
    for (const Post &p : posts()) {
        ++n;
        if (p.title.isEmpty()) {
            const Thread &parent = m_threadRows.at(qsizetype(
                std::find_if(m_threadRows.cbegin(), m_threadRows.cend(),
                             [&](const Thread &t) { return t.id == m_threads.value(p.in); }) -
                m_threadRows.cbegin()));
            Answer a = TestBoard::answer(n, parent, 2);
            a.body = p.body;
            c.answers.append(a);
            m_threads.insert(p.name, a.threadId);
            continue;
        }
        Thread t = TestBoard::thread(n, n % 2 ? 11 : 21);
        t.title = p.title;
        t.body = p.body;
        t.status = p.name == u"fee"_s ? ThreadStatus::Resolved : ThreadStatus::Open;
        t.urgency = p.name == u"deadline"_s ? Urgency::Urgent : Urgency::Calm;
        t.answerCount = p.name == u"deadline"_s ? 1 : 0;
        c.threads.append(t);
        m_threadRows.append(t);
        m_threads.insert(p.name, t.id);
        m_names.insert(t.id, p.name);
    }
    QVERIFY((*m_store)->sync().ingest(c));
}

QSet<QString> TestSearch::found(const QString &query)
{
    QSet<QString> names;
    for (const SearchHit &hit : (*m_store)->search().find(SearchText::parse(query)))
        names.insert(m_names.value(hit.threadId, hit.threadId.toString()));
    return names;
}

void TestSearch::tokens_areBigramsAndWords()
{
    QCOMPARE(SearchText::tokens(u"契約書"_s), (QStringList{u"契約"_s, u"約書"_s, u"書"_s}));
    QCOMPARE(SearchText::tokens(u"LINEで連絡"_s),
             (QStringList{u"line"_s, u"で連"_s, u"連絡"_s, u"絡"_s}));
    QCOMPARE(SearchText::tokens(u"ＬＩＮＥ"_s), QStringList{u"line"_s});
    QCOMPARE(SearchText::tokens(u"ｶﾀｶﾅ"_s),
             (QStringList{u"カタ"_s, u"タカ"_s, u"カナ"_s, u"ナ"_s}));
    QCOMPARE(SearchText::tokens(u"の"_s), QStringList{u"の"_s});
    QCOMPARE(SearchText::tokens(u"5,000円"_s), (QStringList{u"5"_s, u"000"_s, u"円"_s}));
    QCOMPARE(SearchText::tokens(u"😀!?"_s), QStringList{});
    // What the index stores is the same tokens, joined.
    for (const QString &text : {u"契約書にLINEのIDを書く"_s, u"ＬＩＮＥで連絡"_s, u"a"_s, u"の"_s,
                                u"𠮷野家の牛丼 😀 ok"_s, u"  ロゴ制作、5,000円。 "_s, QString()}) {
        QCOMPARE(SearchText::tokenString(text), SearchText::tokens(text).join(u' '));
    }
    // …and after them the parts of Latin words that are words of their own.
    QCOMPARE(SearchText::tokenString(u"WordPressで80km/h、HTMLParser"_s),
             SearchText::tokens(u"WordPressで80km/h、HTMLParser"_s).join(u' ') +
                 u" word press 80 km html parser"_s);
    // A query: a 2-character word is one token; 1 character a prefix; longer a phrase.
    const SearchText::Query q = SearchText::parse(u"契約 約 仮払い"_s);
    QCOMPARE(q.include.size(), 3);
    QCOMPARE(q.include[0].tokens, QStringList{u"契約"_s});
    QVERIFY(!q.include[0].prefix);
    QCOMPARE(q.include[1].tokens, QStringList{u"約"_s});
    QVERIFY(q.include[1].prefix);
    QCOMPARE(q.include[2].tokens, (QStringList{u"仮払"_s, u"払い"_s}));
}

void TestSearch::queries_findWhatTheyShould_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("must");
    QTest::addColumn<QStringList>("mustNot");
    auto row = [](const char *name, const QString &q, const QStringList &must,
                  const QStringList &mustNot) { QTest::newRow(name) << q << must << mustNot; };
    row("kanji 2", u"契約"_s, {u"contract"_s, u"short"_s}, {u"deadline"_s, u"fee"_s});
    row("kanji 2 other", u"報酬"_s, {u"fee"_s}, {u"contract"_s});
    row("kanji 2 in body", u"納品"_s, {u"deadline"_s}, {u"fee"_s});
    row("kanji 1 prefix", u"約"_s, {u"contract"_s, u"short"_s, u"deadline"_s}, {u"fee"_s});
    row("kanji 1 last char", u"書"_s, {u"contract"_s}, {u"fee"_s});
    row("kanji+kana 3", u"仮払い"_s, {u"escrow"_s}, {u"contract"_s});
    row("phrase 3", u"契約書"_s, {u"contract"_s}, {u"short"_s});
    row("quoted phrase", u"\"契約書に\""_s, {u"contract"_s}, {u"short"_s});
    row("japanese quotes", u"「仮払い前」"_s, {u"escrow"_s}, {});
    row("hiragana", u"してほしい"_s, {u"deadline"_s}, {u"escrow"_s});
    row("hiragana 2", u"いく"_s, {u"fee"_s}, {u"deadline"_s});
    row("katakana", u"ロゴ"_s, {u"fee"_s}, {u"halfwidth"_s});
    row("half-width katakana found by full", u"デザイン"_s, {u"halfwidth"_s}, {u"fee"_s});
    row("half-width query", u"ﾃﾞｻﾞｲﾝ"_s, {u"halfwidth"_s}, {});
    row("latin", u"LINE"_s, {u"contract"_s, u"fullwidth"_s}, {u"fee"_s});
    row("latin lower", u"line"_s, {u"contract"_s, u"fullwidth"_s}, {});
    row("full-width latin", u"ＬＩＮＥ"_s, {u"contract"_s, u"fullwidth"_s}, {});
    row("latin with kana", u"LINEで"_s, {u"fullwidth"_s}, {u"contract"_s});
    row("latin prefix", u"invo*"_s, {u"english"_s}, {});
    row("exclude 1 character", u"契約 -書"_s, {u"short"_s}, {u"contract"_s});
    row("1 character in no post", u"鬱"_s, {}, {u"contract"_s, u"fee"_s});
    row("latin word not prefix", u"invo"_s, {}, {u"english"_s});
    row("number", u"5,000"_s, {u"english"_s}, {});
    row("two words", u"相場 ロゴ"_s, {u"fee"_s}, {u"contract"_s});
    row("exclude", u"契約 -LINE"_s, {u"short"_s}, {u"contract"_s});
    // Only words to leave out: every other thread (with a filter, of those it keeps).
    row("exclude only", u"-LINE"_s, {u"short"_s, u"fee"_s, u"deadline"_s},
        {u"contract"_s, u"fullwidth"_s});
    row("exclude only with a filter", u"-契約 status:解決済"_s, {u"fee"_s},
        {u"contract"_s, u"short"_s, u"deadline"_s});
    row("answer", u"約束"_s, {u"deadline"_s}, {u"contract"_s});
    row("no match", u"確定申告"_s, {}, {u"contract"_s, u"fee"_s});
    row("mixed width digits", u"５,０００"_s, {u"english"_s}, {});
    // A thread has every word when its posts have them together: 納期 in the question, 約束 in
    // an answer.
    row("words across posts", u"納期 約束"_s, {u"deadline"_s}, {u"contract"_s, u"fee"_s});
    row("words across posts, one missing", u"納期 確定申告"_s, {}, {u"deadline"_s});
    // A Latin word inside a longer one, where the text marks where it starts.
    row("latin in camel case", u"press"_s, {u"wordpress"_s}, {u"english"_s});
    row("latin after digits", u"km"_s, {u"wordpress"_s}, {});
    row("latin camel word whole", u"wordpress"_s, {u"wordpress"_s}, {});
    row("phrase over a camel word", u"\"WordPressの保守\""_s, {u"wordpress"_s}, {});
    row("latin part not a word", u"ordpr"_s, {}, {u"wordpress"_s});
}

void TestSearch::queries_findWhatTheyShould()
{
    QFETCH(QString, query);
    QFETCH(QStringList, must);
    QFETCH(QStringList, mustNot);
    const QSet<QString> got = found(query);
    QVERIFY2((*m_store)->lastError().isEmpty(), qPrintable((*m_store)->lastError()));
    for (const QString &name : must)
        QVERIFY2(got.contains(name),
                 qPrintable(u"%1 should find %2; found %3"_s.arg(
                     query, name, QStringList(got.begin(), got.end()).join(u','))));
    for (const QString &name : mustNot)
        QVERIFY2(!got.contains(name), qPrintable(u"%1 should not find %2"_s.arg(query, name)));
}

void TestSearch::filters_narrowTheThreads()
{
    QCOMPARE(found(u"相場 status:解決済"_s), QSet<QString>{u"fee"_s});
    QCOMPARE(found(u"相場 status:受付中"_s), QSet<QString>{});
    QCOMPARE(found(u"相場 status:resolved"_s), QSet<QString>{u"fee"_s});
    QVERIFY(found(u"urgent:yes"_s).contains(u"deadline"_s));
    QCOMPARE(found(u"urgent:yes"_s).size(), 1);
    QVERIFY(!found(u"answers:0"_s).contains(u"deadline"_s));
    QVERIFY(found(u"answers:0"_s).contains(u"fee"_s));
    // Categories by a part of their name; a side takes its subcategories.
    QSet<QString> inSide1;
    for (const Category &c : (*m_store)->reads().categories()) {
        if (c.id == 1)
            inSide1 = found(u"category:"_s + c.name);
    }
    QVERIFY(inSide1.contains(u"contract"_s)); // category 11
    QVERIFY(!inSide1.contains(u"fee"_s));     // category 21
    QVERIFY(found(u"before:2000-01-01"_s).isEmpty());
    QCOMPARE(found(u"after:2000-01-01 契約"_s), (QSet<QString>{u"contract"_s, u"short"_s}));
    // A bad filter value is a message, not a search.
    const SearchText::Query bad = SearchText::parse(u"契約 status:maybe"_s);
    QVERIFY(!bad.error.isEmpty());
    QVERIFY((*m_store)->search().find(bad).isEmpty());
    QCOMPARE((*m_store)->lastError(), bad.error);
    QVERIFY(!SearchText::parse(u"before:yesterday"_s).error.isEmpty());
    QVERIFY(!SearchText::parse(u"answers:many"_s).error.isEmpty());
}

void TestSearch::newest_andRelevance_andSnippets()
{
    // "契約" is in contract (n = 1) and short (n = 7): the newer first.
    const QList<SearchHit> newest = (*m_store)->search().find(SearchText::parse(u"契約"_s));
    QCOMPARE(newest.size(), 2);
    QCOMPARE(m_names.value(newest[0].threadId), u"short"_s);
    QCOMPARE(m_names.value(newest[1].threadId), u"contract"_s);
    const QList<SearchHit> relevant =
        (*m_store)->search().find(SearchText::parse(u"契約"_s), SearchOrder::Relevance);
    QCOMPARE(relevant.size(), 2);
    // The snippet holds the match, highlighted.
    const SearchHit &hit = newest[1];
    QVERIFY(!hit.highlights.isEmpty());
    QCOMPARE(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second), u"契約"_s);
    // An answer's match: the hit names the answer.
    const QList<SearchHit> answer = (*m_store)->search().find(SearchText::parse(u"約束"_s));
    QCOMPARE(answer.size(), 1);
    QCOMPARE(answer[0].postKind, EntityKind::Answer);
    QVERIFY(answer[0].snippet.startsWith(u"約束"_s));
    // Limits hold.
    QCOMPARE((*m_store)->search().find(SearchText::parse(u"約"_s), SearchOrder::Newest, 1).size(),
             1);
}

void TestSearch::snippets_keepThePostsOwnCharacters()
{
    // Searched without case or width, shown as written: "LINE ID", not "line id"; half-width
    // katakana stay half-width, and the highlight covers exactly the match.
    Thread t = TestBoard::thread(900, 12);
    t.title = u"連絡先の交換について"_s;
    t.body = u"相手から  LINE ID を教えてと言われました。ｶﾀｶﾅの名前でした。"_s;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {t}}));
    for (const auto &[query, shown] :
         {std::pair{u"\"line id\""_s, u"LINE ID"_s}, std::pair{u"カタカナ"_s, u"ｶﾀｶﾅ"_s}}) {
        const QList<SearchHit> hits = (*m_store)->search().find(SearchText::parse(query));
        const auto it = std::find_if(hits.cbegin(), hits.cend(),
                                     [&](const SearchHit &h) { return h.threadId == t.id; });
        QVERIFY(it != hits.cend());
        const SearchHit &hit = *it;
        QVERIFY2(hit.snippet.contains(shown), qPrintable(hit.snippet));
        QVERIFY2(!hit.snippet.contains(u"line id"_s), qPrintable(hit.snippet));
        QVERIFY(!hit.highlights.isEmpty());
        QCOMPARE(hit.snippet.mid(hit.highlights[0].first, hit.highlights[0].second), shown);
        QVERIFY(!hit.snippet.contains(u"  "_s)); // runs of spaces made one
    }
}

void TestSearch::exclusions_leaveOutWholeThreads()
{
    // LINE in the question, 契約 only in an answer: "契約 -LINE" must not find the thread.
    Thread t = TestBoard::thread(901, 12);
    t.title = u"LINEで連絡したいと言われました"_s;
    t.body = u"どうすればいいですか。"_s;
    Answer a = TestBoard::answer(901, t, 2);
    a.body = u"契約の前に外で連絡するのは規約違反です。"_s;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {t}, .answers = {a}}));
    QVERIFY(!(*m_store)->search().find(SearchText::parse(u"契約 規約違反"_s)).isEmpty());
    for (const SearchHit &hit : (*m_store)->search().find(SearchText::parse(u"契約 -LINE"_s)))
        QVERIFY(hit.threadId != t.id);
}

void TestSearch::theAskersThanks_areSearchedToo()
{
    // Thanks from the server, and thanks written here, offline: both found at once.
    Thread synced = TestBoard::thread(902, 12);
    synced.status = ThreadStatus::Resolved;
    synced.thanks = Thanks{u"丁寧な説明に感謝します。"_s, synced.createdAt.addSecs(3600)};
    Thread local = TestBoard::thread(903, 12);
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {synced, local}}));
    QVERIFY((*m_store)->sync().setMe({1, u"相談者A"_s, Role::Member}));
    QVERIFY((*m_store)->writes().thank(local.id, u"見積書の書き方が参考になりました。"_s));
    for (const auto &[query, thread] :
         {std::pair{u"丁寧な説明"_s, synced.id}, std::pair{u"見積書の書き方"_s, local.id}}) {
        const QList<SearchHit> hits = (*m_store)->search().find(SearchText::parse(query));
        const auto it = std::find_if(hits.cbegin(), hits.cend(),
                                     [&](const SearchHit &h) { return h.threadId == thread; });
        QVERIFY2(it != hits.cend(), qPrintable(query));
        QVERIFY2(it->snippet.contains(query), qPrintable(it->snippet));
    }
    // Also after the index is built again.
    QVERIFY((*m_store)->search().rebuildIndex());
    QVERIFY(!(*m_store)->search().find(SearchText::parse(u"丁寧な説明"_s)).isEmpty());
    QVERIFY(!(*m_store)->search().find(SearchText::parse(u"見積書の書き方"_s)).isEmpty());
}

void TestSearch::hiddenAndDeletedPosts_areNeverFound()
{
    Thread hidden = m_threadRows.at(0); // contract
    hidden.hidden = true;
    hidden.version = 2;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {hidden}}));
    QVERIFY(!found(u"契約書"_s).contains(u"contract"_s));
    QVERIFY(!found(u"LINE"_s).contains(u"contract"_s));
    hidden.hidden = false;
    hidden.version = 3;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {hidden}}));
    QVERIFY(found(u"契約書"_s).contains(u"contract"_s));

    // A deleted answer, and a deleted thread with its answers.
    QVERIFY(found(u"約束"_s).contains(u"deadline"_s));
    const QUuid answerId = (*m_store)->search().find(SearchText::parse(u"約束"_s)).value(0).postId;
    QVERIFY((*m_store)->sync().ingest(
        ChangeSet{.tombstones = {{EntityKind::Answer, answerId.toString(QUuid::WithoutBraces)}}}));
    QVERIFY(found(u"約束"_s).isEmpty());
    QVERIFY((*m_store)->sync().ingest(
        ChangeSet{.tombstones = {{EntityKind::Thread,
                                  m_threads.value(u"fee"_s).toString(QUuid::WithoutBraces)}}}));
    QVERIFY(found(u"報酬"_s).isEmpty());
    // A hidden answer is not found either.
    Answer a = TestBoard::answer(99, m_threadRows.at(1), 3);
    a.body = u"秘密の連絡先"_s;
    a.hidden = true;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.answers = {a}}));
    QVERIFY(found(u"秘密"_s).isEmpty());
}

void TestSearch::editedPosts_areFoundByTheirNewWordsOnly()
{
    const QString path = m_store->dir.filePath(u"soudan.sqlite"_s);
    // The cache's own bookkeeping, read and set beside the store as another program could.
    auto state = [&](const QString &key, const QString &set = {}) {
        QString value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"beside"_s);
            db.setDatabaseName(path);
            QSqlQuery q(db);
            if (db.open() && !set.isEmpty()) {
                q.prepare(u"UPDATE sync_state SET value = ? WHERE key = ?"_s);
                q.addBindValue(set);
                q.addBindValue(key);
                q.exec();
            }
            q.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
            q.addBindValue(key);
            if (q.exec() && q.next())
                value = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"beside"_s);
        return value;
    };
    Thread edited = m_threadRows.at(1); // fee: "ロゴ制作の報酬は…"
    edited.body = u"見積もりの出し方を教えてください。"_s;
    edited.version = 2;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {edited}}));
    QVERIFY(!found(u"ロゴ"_s).contains(u"fee"_s));
    QVERIFY(!found(u"\"ロゴ制作\""_s).contains(u"fee"_s));
    QVERIFY(found(u"見積"_s).contains(u"fee"_s));
    QVERIFY(found(u"報酬"_s).contains(u"fee"_s)); // the title did not change
    // The same text again (a new view count) leaves the index as it is.
    edited.viewCount += 1;
    edited.version = 3;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {edited}}));
    QCOMPARE(state(u"search_orphans"_s), u"1"_s);

    // Many edits later the index is rebuilt when the cache is next opened: nothing is left of
    // the old texts, and every post is found as before.
    state(u"search_orphans"_s, QString::number(SearchIndexer::OrphansBeforeRebuild));
    edited.body = u"相見積もりは失礼ですか。"_s;
    edited.version = 4;
    QVERIFY((*m_store)->sync().ingest(ChangeSet{.threads = {edited}}));
    QCOMPARE(state(u"search_rebuild"_s), u"1"_s);
    m_store->store.reset();
    Store::Opened reopened = Store::open(path);
    QVERIFY2(reopened.store, qPrintable(reopened.error));
    m_store->store = std::move(reopened.store);
    QCOMPARE(state(u"search_rebuild"_s), QString());
    QCOMPARE(state(u"search_orphans"_s), QString());
    QVERIFY(found(u"相見積"_s).contains(u"fee"_s));
    QVERIFY(!found(u"出し方"_s).contains(u"fee"_s));
    QVERIFY(found(u"約束"_s).contains(u"deadline"_s));
}

void TestSearch::offlinePosts_areFoundAtOnce()
{
    QVERIFY((*m_store)->sync().setMe({1, u"相談者"_s, Role::Member}));
    const QUuid asked = *(*m_store)->writes().ask(
        {11, u"源泉徴収の計算"_s, u"源泉徴収は必要ですか。"_s, Urgency::Calm});
    QVERIFY(found(u"源泉"_s).contains(asked.toString()));
    const QUuid answered =
        *(*m_store)->writes().answer(m_threads.value(u"fee"_s), u"インボイス制度に注意"_s);
    Q_UNUSED(answered)
    QVERIFY(found(u"インボイス"_s).contains(u"fee"_s));
    // Discarded, it is gone from search too.
    QVERIFY((*m_store)->outbox().discard(asked));
    QVERIFY(found(u"源泉"_s).isEmpty());
}

void TestSearch::hostileInput_givesResultsOrAMessage_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &q : {u"\""_s,
                             u"\"契約"_s,
                             u"*"_s,
                             u"**契約**"_s,
                             u"AND"_s,
                             u"契約 AND 報酬"_s,
                             u"契約 OR"_s,
                             u"NEAR(契約 報酬)"_s,
                             u"NOT"_s,
                             u"-"_s,
                             u"--契約"_s,
                             u":"_s,
                             u"category:"_s,
                             u"status:"_s,
                             u"😀"_s,
                             u"契約😀"_s,
                             u"'; DROP TABLE threads; --"_s,
                             u"^契約"_s,
                             u"契約 + 報酬"_s,
                             u"(契約)"_s,
                             u"{tokens}: 契約"_s,
                             u"\\"_s,
                             u"%_"_s,
                             u"\u0000"_s,
                             QString(10000, u'契'),
                             QString(QString(5000, u'a') + u" "_s + QString(5000, u'b')),
                             QString(200, u' ').replace(u' ', u"あ "_s)}) {
        QTest::newRow(q.left(24).toUtf8().toPercentEncoding().constData()) << q;
    }
}

void TestSearch::hostileInput_givesResultsOrAMessage()
{
    QFETCH(QString, query);
    const SearchText::Query parsed = SearchText::parse(query);
    const QList<SearchHit> hits = (*m_store)->search().find(parsed);
    const QString error = (*m_store)->lastError();
    // Never SQL's own words: only the search's messages.
    QVERIFY2(!error.contains(u"fts5"_s, Qt::CaseInsensitive) &&
                 !error.contains(u"syntax"_s, Qt::CaseInsensitive) && !error.contains(u"SQL"_s),
             qPrintable(error));
    // A search that can be done says nothing; one that cannot says why.
    const bool doable = parsed.error.isEmpty();
    QCOMPARE(error.isEmpty(), doable);
    if (!parsed.error.isEmpty())
        QCOMPARE(error, parsed.error);
    if (!hits.isEmpty())
        QVERIFY(error.isEmpty());
    // The cache is untouched.
    QCOMPARE((*m_store)->reads().totals().threads, qint64(m_threadRows.size()));
}

void TestSearch::rebuild_indexesEverything()
{
    const std::optional<int> count = (*m_store)->search().rebuildIndex();
    QVERIFY(count);
    QCOMPARE(*count, int(posts().size()));
    QVERIFY(found(u"約束"_s).contains(u"deadline"_s));
    QVERIFY(found(u"デザイン"_s).contains(u"halfwidth"_s));
}

void TestSearch::realJapaneseQuestions_areFoundByTheirKeyTerms()
{
    const QString path = Test::sharedData(u"ja-qa/NIILC-ECQA2015_dev.xml"_s);
    SOUDAN_NEED_SHARED_DATA(path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    // Each question as a thread, its answer as the thread's answer.
    QXmlStreamReader xml(&file);
    ChangeSet c;
    QList<std::pair<QUuid, QString>> questions;
    int n = 10000;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"question"_s)
            continue;
        QString text, answer;
        while (!(xml.isEndElement() && xml.name() == u"question"_s) && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"text"_s)
                text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.isStartElement() && xml.name() == u"answer"_s && answer.isEmpty())
                answer = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        if (text.isEmpty())
            continue;
        Thread t = TestBoard::thread(++n, 12);
        t.title = text.left(100);
        t.body = text;
        c.threads.append(t);
        if (!answer.isEmpty()) {
            Answer a = TestBoard::answer(n, t, 2);
            a.body = answer;
            c.answers.append(a);
        }
        questions.append({t.id, text});
    }
    QVERIFY2(questions.size() > 500, qPrintable(QString::number(questions.size())));
    QVERIFY((*m_store)->sync().ingest(c));

    // Key terms: each question's runs of kanji or katakana of two characters or more (the
    // nouns that carry it), and its longest one alone.
    static const QRegularExpression terms(
        u"[\\x{4E00}-\\x{9FFF}々]{2,}|[\\x{30A1}-\\x{30FA}ー]{2,}"_s);
    int checked = 0, foundAll = 0, foundLongest = 0;
    for (const auto &[id, text] : std::as_const(questions)) {
        QStringList keys;
        for (auto it = terms.globalMatch(text); it.hasNext();)
            keys.append(it.next().captured(0));
        if (keys.isEmpty())
            continue;
        ++checked;
        auto finds = [&](const QString &query) {
            for (const SearchHit &hit : (*m_store)->search().find(SearchText::parse(query),
                                                                  SearchOrder::Relevance, 1000)) {
                if (hit.threadId == id)
                    return true;
            }
            return false;
        };
        const QStringList firstThree = keys.mid(0, 3);
        if (finds(firstThree.join(u' ')))
            ++foundAll;
        else
            qWarning() << "not found by" << firstThree << ":" << text;
        const QString longest =
            *std::max_element(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
                return a.size() < b.size();
            });
        if (finds(longest))
            ++foundLongest;
    }
    // Every question is found by its own terms: the index misses nothing it holds.
    QVERIFY(checked > 500);
    QCOMPARE(foundAll, checked);
    QCOMPARE(foundLongest, checked);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
