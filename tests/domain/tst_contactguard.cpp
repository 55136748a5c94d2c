#include "domain/contactguard.h"
#include "domain/vocabulary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using Kind = ContactGuard::Finding::Kind;

Q_DECLARE_METATYPE(Kind)

class TestContactGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contactDetails_trip_data();
    void contactDetails_trip();
    void nearMisses_doNotTrip_data();
    void nearMisses_doNotTrip();
    void everyFindingIsReported();
};

void TestContactGuard::contactDetails_trip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    const QList<std::pair<QString, Kind>> rows = {
        {u"詳しくはこちらへ。LINE ID: sato_design88"_s, Kind::LineId},
        {u"ラインIDはyamada1234です。"_s, Kind::LineId},
        {u"LINEのIDは abc.def_99 です"_s, Kind::LineId},
        {u"続きはＬＩＮＥで！ＩＤ：ｓｈｏｐ１２３４"_s, Kind::LineId},
        {u"LINE→@shop_abc"_s, Kind::LineId},
        {u"ライン @abc1234 まで連絡ください"_s, Kind::LineId},
        {u"LINEで連絡ください。ID: taro_work"_s, Kind::LineId},
        {u"友だち追加はこちら https://lin.ee/AbCdEf1"_s, Kind::LineLink},
        {u"line.me/ti/p/abcdefg から追加してください"_s, Kind::LineLink},
        {u"連絡先: taro.yamada@example.com"_s, Kind::Email},
        {u"taro＠example.co.jp へどうぞ"_s, Kind::Email},
        {u"taro (at) example.com"_s, Kind::Email},
        {u"電話 090-1234-5678 まで"_s, Kind::Phone},
        {u"０９０－１２３４－５６７８"_s, Kind::Phone},
        {u"０９０ー１２３４ー５６７８"_s, Kind::Phone},
        {u"03-1234-5678"_s, Kind::Phone},
        {u"090 1234 5678"_s, Kind::Phone},
        {u"(03)1234-5678"_s, Kind::Phone},
        {u"０３（１２３４）５６７８"_s, Kind::Phone},
        {u"携帯は09012345678です"_s, Kind::Phone},
        {u"+81 90-1234-5678"_s, Kind::Phone},
        {u"フリーダイヤル 0120-123-456"_s, Kind::Phone},
        {u"チャットワークID: yamada_taro"_s, Kind::Messenger},
        {u"Chatwork ID：abcd1234 で申請ください"_s, Kind::Messenger},
        {u"https://www.chatwork.com/yamada"_s, Kind::Messenger},
        {u"スカイプ: live:taro1234"_s, Kind::Messenger},
        {u"discord.gg/abcd123 に参加して"_s, Kind::Messenger},
        {u"Discord: taro#1234"_s, Kind::Messenger},
        {u"テレグラム @taro_123 へ"_s, Kind::Messenger},
        {u"t.me/taro_bot"_s, Kind::Messenger},
        {u"https://join.slack.com/t/team/shared_invite/zt-123"_s, Kind::Messenger},
        {u"wa.me/819012345678"_s, Kind::Messenger},
        {u"インスタ@shop_abc にDMください"_s, Kind::Handle},
        {u"Instagram: @shop.abc"_s, Kind::Handle},
        {u"Xアカウント @taro_dev までDMください"_s, Kind::Handle},
    };
    for (const auto &[text, kind] : rows)
        QTest::newRow(qPrintable(text)) << text << kind;
}

void TestContactGuard::contactDetails_trip()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    const QList<ContactGuard::Finding> found = ContactGuard::scan(text);
    QVERIFY2(!found.isEmpty(), "nothing found");
    QVERIFY2(std::any_of(found.begin(), found.end(), [&](const auto &f) { return f.kind == kind; }),
             qPrintable(Wire::name(found.first().kind)));
    QVERIFY(ContactGuard::trips(text));
}

void TestContactGuard::nearMisses_doNotTrip_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text : {
             u"契約前にLINEでのやり取りを求められました。規約違反でしょうか？"_s,
             u"LINE IDを教えてくださいと言われましたが、断りました。"_s,
             u"契約後はLINEで連絡しています。"_s,
             u"ラインで連絡してもいいですか"_s,
             u"メールで連絡しても良いですか？"_s,
             u"スカイプで打ち合わせ可能です。"_s,
             u"X（旧Twitter）で見かけた募集です"_s,
             u"インスタで作品を公開しています"_s,
             u"報酬は5万円〜8万円です"_s,
             u"1文字1.5円で受けました"_s,
             u"30,000円、10,000文字"_s,
             u"見積もり 120,000〜150,000円"_s,
             u"1,000,000円の案件"_s,
             u"2024-05-01に納品しました"_s,
             u"2024/05/01 10:00-18:00"_s,
             u"２０２４年５月１日"_s,
             u"WordPress 6.4.2 と PHP 8.1"_s,
             u"バージョン 1.2.3.4"_s,
             u"https://example.com/portfolio をご覧ください"_s,
             u"https://example.net/@taro の記事"_s,
             u"https://note.com/taro_writer"_s,
             u"〒100-0001"_s,
             u"郵便番号 123-4567"_s,
             u"注文番号 12345678"_s,
             u"1234-5678-9012"_s,
             u"ISBN 978-4-06-123456-7"_s,
             u"修正は3回まで、納期は2週間です"_s,
             u"@メンションで呼んでください"_s,
             u"0.5円単価は安すぎます"_s,
             u"2000年から2020年まで"_s,
         })
        QTest::newRow(qPrintable(text)) << text;
}

void TestContactGuard::nearMisses_doNotTrip()
{
    QFETCH(QString, text);
    const QList<ContactGuard::Finding> found = ContactGuard::scan(text);
    QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString()
                                                         : Wire::name(found.first().kind) +
                                                               u": "_s + found.first().text));
}

void TestContactGuard::everyFindingIsReported()
{
    const QList<ContactGuard::Finding> found =
        ContactGuard::scan(u"LINE ID: abc_123、メール taro@example.com、電話 090-1234-5678"_s);
    QCOMPARE(found.size(), 3);
}

QTEST_GUILESS_MAIN(TestContactGuard)
#include "tst_contactguard.moc"
