// New posts' ids (domain/postid.h): RFC 9562 version 7, the time first, so that they sort as
// they were made, as text too (the cache keeps ids as text).

#include "domain/postid.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestPostId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeOrdered_isVersion7_withTheTimeFirst();
    void make_givesUniqueIds_inTheOrderTheyWereMade();
};

void TestPostId::timeOrdered_isVersion7_withTheTimeFirst()
{
    const QUuid bits = QUuid::createUuidV5(QUuid(), u"generated/thread/1"_s);
    const qint64 ms = 1764979200123; // 0x019af0f5507b
    const QUuid id = PostId::timeOrdered(ms, bits);
    QCOMPARE(id.toString(QUuid::WithoutBraces).left(15), u"019af0f5-507b-7"_s);
    const QByteArray b = id.toRfc4122();
    QCOMPARE(qint64(b.left(6).toHex().toULongLong(nullptr, 16)), ms);
    QCOMPARE(quint8(b[6]) >> 4, 7);
    QCOMPARE(quint8(b[8]) >> 6, 2);
    // The rest comes from bits: the same inputs, the same id; other bits, another id.
    QCOMPARE(b.mid(10), bits.toRfc4122().mid(10));
    QCOMPARE(PostId::timeOrdered(ms, bits), id);
    QVERIFY(PostId::timeOrdered(ms, QUuid::createUuidV5(QUuid(), u"generated/thread/2"_s)) != id);
    // A later millisecond sorts after, whatever the other bits.
    const QUuid later =
        PostId::timeOrdered(ms + 1, QUuid(u"00000000-0000-4000-8000-000000000000"_s));
    QVERIFY(id.toString() < later.toString());
    QVERIFY(id < later);
}

void TestPostId::make_givesUniqueIds_inTheOrderTheyWereMade()
{
    QSet<QUuid> ids;
    QString last;
    for (int i = 0; i < 20000; ++i) {
        const QUuid id = PostId::make();
        QVERIFY(!id.isNull());
        ids.insert(id);
        // Within a millisecond the order is random; across milliseconds it is the order made.
        const QString prefix = id.toString(QUuid::WithoutBraces).left(13);
        QVERIFY2(prefix >= last, qPrintable(prefix + u" < "_s + last));
        last = prefix;
    }
    QCOMPARE(ids.size(), 20000);
}

QTEST_GUILESS_MAIN(TestPostId)
#include "tst_postid.moc"
