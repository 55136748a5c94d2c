#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "domain/limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

Thread resolvedThread()
{
    Thread t;
    t.id = QUuid::fromString(u"6f1c2a3e-1111-4a5b-8c9d-0123456789ab"_s);
    t.categoryId = 14;
    t.authorId = 101;
    t.title = u"契約後のやり取りについて"_s;
    t.body = u"契約後はLINEで、と言われました。\n普通のことでしょうか？ <b>太字</b> & \"引用\""_s;
    t.createdAt = QDateTime(QDate(2018, 4, 20), QTime(9, 44), Qt::UTC);
    t.lastActivityAt = QDateTime(QDate(2018, 4, 20), QTime(13, 42, 5, 123), Qt::UTC);
    t.status = ThreadStatus::Resolved;
    t.urgency = Urgency::Urgent;
    t.viewCount = 3178;
    t.answerCount = 1;
    t.bestAnswerId = QUuid::fromString(u"7a2b3c4d-2222-4a5b-8c9d-0123456789ab"_s);
    t.thanks = Thanks{u"ご丁寧な返答ありがとうございます！"_s,
                      QDateTime(QDate(2018, 4, 20), QTime(13, 42, 5, 123), Qt::UTC)};
    t.version = 7;
    return t;
}

Answer someAnswer()
{
    Answer a;
    a.id = QUuid::fromString(u"7a2b3c4d-2222-4a5b-8c9d-0123456789ab"_s);
    a.threadId = resolvedThread().id;
    a.authorId = 102;
    a.body = u"契約後ならば、ある程度自由度の高い連絡をとれるようになります。"_s;
    a.createdAt = QDateTime(QDate(2018, 4, 20), QTime(10, 11), Qt::UTC);
    a.version = 2;
    a.hidden = true;
    return a;
}

ChangeSet fullChangeSet()
{
    ChangeSet c;
    c.categories = {{1, std::nullopt, u"受注者からの相談"_s, Side::Contractor, 1},
                    {14, 1, u"その他の相談(受注者)"_s, Side::Contractor, 4},
                    {2, std::nullopt, u"発注者からの相談"_s, Side::Client, 2}};
    c.users = {{101, u"bububu"_s, Role::Member}, {102, u"須恵村"_s, Role::Moderator}};
    Thread open = resolvedThread();
    open.id = QUuid::fromString(u"00000000-0000-4000-8000-000000000001"_s);
    open.status = ThreadStatus::Open;
    open.urgency = Urgency::Calm;
    open.bestAnswerId = QUuid();
    open.thanks.reset();
    c.threads = {resolvedThread(), open};
    c.answers = {someAnswer()};
    return c;
}

// A one-thread document with a field replaced (or removed when value is undefined).
QByteArray threadDocumentWith(const QString &field, const QJsonValue &value)
{
    QJsonObject thread = JsonCodec::encode(resolvedThread());
    if (value.isUndefined())
        thread.remove(field);
    else
        thread.insert(field, value);
    const QJsonObject doc{{u"categories"_s, QJsonArray()},
                          {u"users"_s, QJsonArray()},
                          {u"threads"_s, QJsonArray{thread}},
                          {u"answers"_s, QJsonArray()}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_keepsEveryField();
    void roundTrip_singleValues();
    void badDocuments_areRefusedWithTheFieldNamed_data();
    void badDocuments_areRefusedWithTheFieldNamed();
    void deeplyNestedDocument_isRefusedWithoutCrashing();
    void times_areNormalisedToUtc();
    void moderationItem_roundTrip_andBadValuesNamed();
    void changesPage_isReadInTwoSteps();
};

void TestJsonCodec::roundTrip_keepsEveryField()
{
    const ChangeSet original = fullChangeSet();
    const QByteArray bytes = QJsonDocument(JsonCodec::encode(original)).toJson();
    const Result<ChangeSet> decoded = JsonCodec::decodeChangeSet(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value().categories, original.categories);
    QCOMPARE(decoded.value().users, original.users);
    QCOMPARE(decoded.value().threads, original.threads);
    QCOMPARE(decoded.value().answers, original.answers);
    QVERIFY(decoded.value() == original);
}

void TestJsonCodec::roundTrip_singleValues()
{
    const Thread t = resolvedThread();
    const Result<Thread> thread = JsonCodec::decodeThread(JsonCodec::encode(t));
    QVERIFY2(thread.ok(), qPrintable(thread.error()));
    QVERIFY(thread.value() == t);
    QCOMPARE(thread.value().thanks->body, t.thanks->body);

    const Result<Answer> answer = JsonCodec::decodeAnswer(JsonCodec::encode(someAnswer()));
    QVERIFY2(answer.ok(), qPrintable(answer.error()));
    QVERIFY(answer.value() == someAnswer());

    const Category side{2, std::nullopt, u"発注者からの相談"_s, Side::Client, 2};
    const Result<Category> category = JsonCodec::decodeCategory(JsonCodec::encode(side));
    QVERIFY(category.ok());
    QVERIFY(category.value() == side);
    QVERIFY(!category.value().parentId.has_value());

    const User moderator{9, u"モデレーター"_s, Role::Moderator};
    const Result<User> user = JsonCodec::decodeUser(JsonCodec::encode(moderator));
    QVERIFY(user.ok());
    QVERIFY(user.value() == moderator);
}

void TestJsonCodec::badDocuments_areRefusedWithTheFieldNamed_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("error");

    const QString longTitle(Limits::TitleMax + 1, u'長');
    const QString longBody(Limits::BodyMax + 1, u'a');

    QTest::newRow("missing title")
        << threadDocumentWith(u"title"_s, QJsonValue::Undefined) << u"threads[0].title: missing"_s;
    QTest::newRow("null title") << threadDocumentWith(u"title"_s, QJsonValue())
                                << u"threads[0].title: missing"_s;
    QTest::newRow("number as title")
        << threadDocumentWith(u"title"_s, 42) << u"threads[0].title: expected a string"_s;
    QTest::newRow("blank title") << threadDocumentWith(u"title"_s, u"   "_s)
                                 << u"threads[0].title: must not be empty"_s;
    QTest::newRow("title on two lines") << threadDocumentWith(u"title"_s, u"一行目\n二行目"_s)
                                        << u"threads[0].title: must be a single line"_s;
    QTest::newRow("over-long title") << threadDocumentWith(u"title"_s, longTitle)
                                     << u"threads[0].title: longer than 100 character"_s;
    QTest::newRow("over-long body") << threadDocumentWith(u"body"_s, longBody)
                                    << u"threads[0].body: longer than 10000 character"_s;
    QTest::newRow("negative views")
        << threadDocumentWith(u"viewCount"_s, -1) << u"threads[0].viewCount: -1 is out of range"_s;
    QTest::newRow("huge views")
        << threadDocumentWith(u"viewCount"_s, 1e300)
        << u"threads[0].viewCount: 1.0000000000000001e+300 is out of range"_s;
    QTest::newRow("fractional views") << threadDocumentWith(u"viewCount"_s, 1.5)
                                      << u"threads[0].viewCount: expected a whole number"_s;
    QTest::newRow("views as string") << threadDocumentWith(u"viewCount"_s, u"3178"_s)
                                     << u"threads[0].viewCount: expected a whole number"_s;
    QTest::newRow("zero category")
        << threadDocumentWith(u"categoryId"_s, 0) << u"threads[0].categoryId: 0 is out of range"_s;
    QTest::newRow("unknown status") << threadDocumentWith(u"status"_s, u"done"_s)
                                    << u"threads[0].status: unknown value \"done\""_s;
    QTest::newRow("unknown urgency") << threadDocumentWith(u"urgency"_s, u"URGENT"_s)
                                     << u"threads[0].urgency: unknown value \"URGENT\""_s;
    QTest::newRow("words as date") << threadDocumentWith(u"createdAt"_s, u"yesterday"_s)
                                   << u"threads[0].createdAt: expected a date and time"_s;
    QTest::newRow("date without zone")
        << threadDocumentWith(u"createdAt"_s, u"2018-04-20T09:44:00"_s)
        << u"threads[0].createdAt: expected a date and time"_s;
    QTest::newRow("activity before creation")
        << threadDocumentWith(u"lastActivityAt"_s, u"2001-01-01T00:00:00Z"_s)
        << u"threads[0].lastActivityAt: is earlier than createdAt"_s;
    QTest::newRow("id not a uuid")
        << threadDocumentWith(u"id"_s, u"thread-1"_s) << u"threads[0].id: expected a UUID"_s;
    QTest::newRow("best answer not a uuid") << threadDocumentWith(u"bestAnswerId"_s, 17)
                                            << u"threads[0].bestAnswerId: expected a string"_s;
    QTest::newRow("hidden as string") << threadDocumentWith(u"hidden"_s, u"false"_s)
                                      << u"threads[0].hidden: expected true or false"_s;
    QTest::newRow("thanks as string") << threadDocumentWith(u"thanks"_s, u"ありがとう"_s)
                                      << u"threads[0].thanks: expected an object"_s;
    QTest::newRow("thanks without date")
        << threadDocumentWith(u"thanks"_s, QJsonObject{{u"body"_s, u"ありがとう"_s}})
        << u"threads[0].thanks.at: missing"_s;
    QTest::newRow("lone surrogate")
        << QByteArray(
               threadDocumentWith(u"title"_s, u"XSURROGATEX"_s).replace("XSURROGATEX", "\\ud800"))
        << u"threads[0].title: contains invalid Unicode"_s;
    QTest::newRow("invalid utf-8")
        << QByteArray(threadDocumentWith(u"title"_s, u"XBADX"_s).replace("XBADX", "\xff\xfe\x80"))
        << u"The document is not valid UTF-8."_s;
    QTest::newRow("truncated") << threadDocumentWith(u"title"_s, u"t"_s).left(40)
                               << u"The document is not valid JSON"_s;
    QTest::newRow("empty") << QByteArray() << u"The document is not valid JSON"_s;
    QTest::newRow("top-level list") << QByteArray("[1,2,3]") << u"expected an object"_s;
    QTest::newRow("threads not a list")
        << QByteArray(R"({"categories":[],"users":[],"threads":{},"answers":[]})")
        << u"threads: expected a list"_s;
    QTest::newRow("thread not an object")
        << QByteArray(R"({"categories":[],"users":[],"threads":[null],"answers":[]})")
        << u"threads[0]: expected an object"_s;
    QTest::newRow("missing answers list")
        << QByteArray(R"({"categories":[],"users":[],"threads":[]})") << u"answers: missing"_s;
    QTest::newRow("category is its own parent")
        << QByteArray(
               R"({"categories":[{"id":3,"parentId":3,"name":"x","side":"client","order":1}],)"
               R"("users":[],"threads":[],"answers":[]})")
        << u"categories[0].parentId: a category cannot be its own parent"_s;
    QTest::newRow("unknown role")
        << QByteArray(R"({"categories":[],"users":[{"id":3,"displayName":"x","role":"admin"}],)"
                      R"("threads":[],"answers":[]})")
        << u"users[0].role: unknown value \"admin\""_s;
    QTest::newRow("answer with empty body")
        << QByteArray(
               R"({"categories":[],"users":[],"threads":[],"answers":[{"id":)"
               R"("7a2b3c4d-2222-4a5b-8c9d-0123456789ab","threadId":)"
               R"("7a2b3c4d-2222-4a5b-8c9d-0123456789ab","authorId":1,"body":"","createdAt":)"
               R"("2020-01-01T00:00:00Z","version":1,"hidden":false}]})")
        << u"answers[0].body: must not be empty"_s;
}

void TestJsonCodec::badDocuments_areRefusedWithTheFieldNamed()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, error);
    const Result<ChangeSet> decoded = JsonCodec::decodeChangeSet(document);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().startsWith(error) || decoded.error().contains(error),
             qPrintable(u"got: "_s + decoded.error()));
}

void TestJsonCodec::deeplyNestedDocument_isRefusedWithoutCrashing()
{
    const QByteArray nested = QByteArray(100000, '[') + QByteArray(100000, ']');
    const Result<ChangeSet> decoded = JsonCodec::decodeChangeSet(nested);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(u"not valid JSON"_s), qPrintable(decoded.error()));
}

void TestJsonCodec::times_areNormalisedToUtc()
{
    QJsonObject doc = JsonCodec::encode(resolvedThread());
    doc.insert(u"createdAt"_s, u"2018-04-20T18:44:00+09:00"_s);
    const Result<Thread> t = JsonCodec::decodeThread(doc);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t.value().createdAt, QDateTime(QDate(2018, 4, 20), QTime(9, 44), Qt::UTC));
    QCOMPARE(JsonCodec::encode(t.value()).value(u"createdAt"_s).toString(),
             u"2018-04-20T09:44:00.000Z"_s);
}

void TestJsonCodec::moderationItem_roundTrip_andBadValuesNamed()
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1790000000000, Qt::UTC);
    ModerationItem item;
    item.id = QUuid::createUuid();
    item.targetKind = EntityKind::Answer;
    item.threadId = QUuid::createUuid();
    item.authorId = 4;
    item.status = ModerationStatus::Claimed;
    item.claimedBy = 9;
    item.claimedByName = u"モデレーター"_s;
    item.claimedUntil = at.addSecs(600);
    item.version = 3;
    item.firstReportedAt = at;
    item.lastReportedAt = at.addSecs(60);
    item.reports = {{QUuid::createUuid(), 0, ReportReason::ContactOutside, u"line_id"_s, at},
                    {QUuid::createUuid(), 7, ReportReason::Spam, u"宣伝"_s, at.addSecs(60)}};
    item.audit = {{0, QString(), AuditAction::Reported, u"line_id"_s, at},
                  {9, u"モデレーター"_s, AuditAction::Claimed, QString(), at.addSecs(90)}};
    item.authorHistory = {1, 2, 1};
    const Result<ModerationItem> back = JsonCodec::decodeModerationItem(JsonCodec::encode(item));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == item);

    QJsonObject bad = JsonCodec::encode(item);
    bad.insert(u"status"_s, u"pending"_s);
    const Result<ModerationItem> status = JsonCodec::decodeModerationItem(bad);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"item.status"_s), qPrintable(status.error()));
    bad = JsonCodec::encode(item);
    QJsonArray reports = bad.value(u"reports"_s).toArray();
    QJsonObject first = reports.at(0).toObject();
    first.insert(u"reason"_s, u"boredom"_s);
    reports.replace(0, first);
    bad.insert(u"reports"_s, reports);
    const Result<ModerationItem> reason = JsonCodec::decodeModerationItem(bad);
    QVERIFY(!reason.ok());
    QVERIFY2(reason.error().contains(u"reports[0].reason"_s), qPrintable(reason.error()));
}

QTEST_GUILESS_MAIN(TestJsonCodec)
// A client reads where a page of the feed leads first (to ask for the next page), then its rows:
// the same page as read at once, and a bad row is found in the second step, with its place.
void TestJsonCodec::changesPage_isReadInTwoSteps()
{
    ChangesPage page;
    page.changes = fullChangeSet();
    page.changes.tombstones = {{EntityKind::Answer, u"7a2b3c4d-2222-4a5b-8c9d-0123456789ab"_s}};
    page.cursor = u"42-7"_s;
    page.hasMore = true;
    page.latest = u"99"_s;
    const QJsonObject encoded = ApiCodec::encode(page);
    const QByteArray bytes = QJsonDocument(encoded).toJson(QJsonDocument::Compact);

    QJsonArray rows;
    const Result<ChangesPage> head = ApiCodec::decodeChangesHead(bytes, &rows);
    QVERIFY2(head.ok(), qPrintable(head.error()));
    QCOMPARE(head->cursor, u"42-7"_s);
    QVERIFY(head->hasMore);
    QCOMPARE(head->latest, u"99"_s);
    QCOMPARE(head->changes.size(), 0);
    QCOMPARE(rows.size(), page.changes.size());
    ChangeSet read;
    QCOMPARE(ApiCodec::decodeChanges(rows, read), QString());
    QVERIFY(read == page.changes);
    const Result<ChangesPage> atOnce = ApiCodec::decodeChangesPage(bytes);
    QVERIFY2(atOnce.ok(), qPrintable(atOnce.error()));
    QVERIFY(atOnce->changes == page.changes);

    // The sixth row (the first thread) with a count that is not a number.
    QJsonArray damaged = encoded.value(u"changes"_s).toArray();
    QJsonObject change = damaged.at(5).toObject();
    QJsonObject thread = change.value(u"data"_s).toObject();
    QVERIFY(thread.contains(u"viewCount"_s));
    thread.insert(u"viewCount"_s, u"many"_s);
    change.insert(u"data"_s, thread);
    damaged.replace(5, change);
    QJsonObject badPage = encoded;
    badPage.insert(u"changes"_s, damaged);
    const QByteArray badBytes = QJsonDocument(badPage).toJson(QJsonDocument::Compact);
    QVERIFY(ApiCodec::decodeChangesHead(badBytes, &rows).ok());
    ChangeSet partly;
    const QString problem = ApiCodec::decodeChanges(rows, partly);
    QVERIFY2(problem.startsWith(u"changes[5].data.viewCount:"_s), qPrintable(problem));
    QVERIFY(!ApiCodec::decodeChangesPage(badBytes).ok());

    // More rows than a page may have are refused with where the page leads.
    QJsonArray tooMany;
    for (int i = 0; i <= 10000; ++i)
        tooMany.append(damaged.at(0));
    badPage.insert(u"changes"_s, tooMany);
    const Result<ChangesPage> refused =
        ApiCodec::decodeChangesHead(QJsonDocument(badPage).toJson(QJsonDocument::Compact), &rows);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"changes"_s), qPrintable(refused.error()));
}

#include "tst_jsoncodec.moc"
