// What the board takes as text: lengths in characters after NFC, and the characters a title or a
// body may not hold, refused by the wire codec and cleaned away by the client's dialogs.

#include "domain/apicodec.h"
#include "domain/limits.h"
#include "domain/textrules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

QByteArray question(const QString &title, const QString &body = u"本文です。"_s)
{
    return QJsonDocument(QJsonObject{{u"categoryId"_s, 11},
                                     {u"title"_s, title},
                                     {u"body"_s, body},
                                     {u"urgency"_s, u"calm"_s}})
        .toJson();
}

} // namespace

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void length_countsCharactersAfterNfc();
    void titles_refuseControlsSeparatorsAndBidiOverrides_data();
    void titles_refuseControlsSeparatorsAndBidiOverrides();
    void bodies_keepLineBreaks_andRefuseTheRest();
    void cleaned_takesOutWhatIsRefused();
    void requiredIds_refuseAnEmptyString();
};

void TestTextRules::length_countsCharactersAfterNfc()
{
    QCOMPARE(TextRules::length(u"納期"_s), 2);
    QCOMPARE(TextRules::length(u"😀😀"_s), 2);       // 4 UTF-16 units
    QCOMPARE(TextRules::length(u"か\u3099"_s), 1); // か + combining ゛ = が
    QCOMPARE(TextRules::length(QString()), 0);
    // A title of 100 emoji, or of 100 decomposed が, is 100 characters: not too long.
    QVERIFY(ApiCodec::decodeQuestion(question(u"😀"_s.repeated(100))).ok());
    const Result<QuestionInput> ga =
        ApiCodec::decodeQuestion(question(u"か\u3099"_s.repeated(100)));
    QVERIFY(ga.ok());
    QCOMPARE(ga->title, u"が"_s.repeated(100)); // stored in NFC
    QVERIFY(!ApiCodec::decodeQuestion(question(u"😀"_s.repeated(101))).ok());
}

void TestTextRules::titles_refuseControlsSeparatorsAndBidiOverrides_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("NUL") << u"見積もり\u0000の相談"_s;
    QTest::newRow("CR") << u"見積もり\rの相談"_s;
    QTest::newRow("LF") << u"見積もり\nの相談"_s;
    QTest::newRow("tab") << u"見積もり\tの相談"_s;
    QTest::newRow("C1") << u"見積もり\u0085の相談"_s;
    QTest::newRow("line separator") << u"見積もり\u2028の相談"_s;
    QTest::newRow("right-to-left override") << u"\u202E談相のりも積見"_s;
    QTest::newRow("isolate") << u"見積もり\u2066の相談"_s;
}

void TestTextRules::titles_refuseControlsSeparatorsAndBidiOverrides()
{
    QFETCH(QString, title);
    const Result<QuestionInput> q = ApiCodec::decodeQuestion(question(title));
    QVERIFY(!q.ok());
    QVERIFY2(q.error().startsWith(u"title"_s), qPrintable(q.error()));
    QVERIFY2(q.error().contains(u"U+"_s), qPrintable(q.error()));
}

void TestTextRules::bodies_keepLineBreaks_andRefuseTheRest()
{
    QVERIFY(ApiCodec::decodeQuestion(question(u"納期"_s, u"一行目\n二行目\r\n\t三行目"_s)).ok());
    for (const QString &body :
         {u"本文\u0000"_s, u"本文\u202E"_s, u"本文\u2029"_s, u"本文\u0007"_s}) {
        const Result<QuestionInput> q = ApiCodec::decodeQuestion(question(u"納期"_s, body));
        QVERIFY(!q.ok());
        QVERIFY2(q.error().startsWith(u"body"_s), qPrintable(q.error()));
    }
}

void TestTextRules::cleaned_takesOutWhatIsRefused()
{
    QCOMPARE(TextRules::cleaned(u"見積もり\nの\u202E相談\u0000"_s, true), u"見積もり の相談"_s);
    QCOMPARE(TextRules::cleaned(u"一行目\n二行目\u0000\u2029"_s, false), u"一行目\n二行目"_s);
    QCOMPARE(TextRules::forbiddenIn(u"ok\u202E"_s, true), u"U+202E"_s);
    QVERIFY(TextRules::forbiddenIn(u"😀 が LINE"_s, true).isEmpty());
}

void TestTextRules::requiredIds_refuseAnEmptyString()
{
    // Found by the apicodec fuzzer: "" was taken as a report's target (a null id) and could not
    // be written back.
    const Result<ReportInput> empty = ApiCodec::decodeReport(
        R"({"targetKind":"answer","targetId":"","reason":"contact_outside","note":"LINEに誘導"})");
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().contains(u"targetId"_s));
    QVERIFY(ApiCodec::decodeReport(R"({"targetKind":"answer","targetId":)"
                                   R"("6f1c2d3e-0000-4000-8000-000000000002","reason":"spam"})")
                .ok());
}

QTEST_MAIN(TestTextRules)
#include "tst_textrules.moc"
