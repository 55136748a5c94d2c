// The front door's reader of requests, piece by piece as a slow or crafty client sends them.

#include "server/requestreader.h"

#include <QTest>

using Soudan::Server::RequestLimits;
using Soudan::Server::RequestReader;

class TestRequestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteByByte_givesThePlainRequest_andKeepsTheNextOne();
    void refusals_comeAsSoonAsALimitIsPassed();
};

namespace {

// Feeds the text one byte at a time; the state after the last byte.
RequestReader::State dribble(RequestReader &reader, const std::string &text, std::string &rest)
{
    RequestReader::State state = RequestReader::State::Incomplete;
    for (const char c : text) {
        rest.push_back(c);
        if (state == RequestReader::State::Incomplete)
            state = reader.feed(rest);
    }
    return state;
}

} // namespace

void TestRequestReader::byteByByte_givesThePlainRequest_andKeepsTheNextOne()
{
    RequestReader reader{RequestLimits{}};
    std::string rest;
    const std::string chunked = "PUT /api/v1/threads/a HTTP/1.1\r\nHost: x\r\n"
                                "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\n"
                                "X-Real-IP: 203.0.113.9\r\n\r\n"
                                "5;note=x\r\n{\"a\":\r\n3\r\n12}\r\n0\r\nTrailer: t\r\n\r\n"
                                "GET /next HTTP/1.1\r\n";
    QCOMPARE(dribble(reader, chunked, rest), RequestReader::State::Complete);
    QCOMPARE(reader.request(), std::string("PUT /api/v1/threads/a HTTP/1.1\r\nHost: x\r\n"
                                           "Content-Length: 8\r\n\r\n{\"a\":12}"));
    QVERIFY(reader.expectsContinue());
    QCOMPARE(reader.realIp(), std::string("203.0.113.9"));
    QVERIFY(reader.keepAlive());
    QCOMPARE(rest, std::string("GET /next HTTP/1.1\r\n"));

    RequestReader plain{RequestLimits{}};
    std::string input = "\r\nPOST /s HTTP/1.0\nContent-Length: 2\n\nok";
    QCOMPARE(plain.feed(input), RequestReader::State::Complete);
    QCOMPARE(plain.request(), std::string("POST /s HTTP/1.0\r\nContent-Length: 2\r\n\r\nok"));
    QVERIFY(!plain.keepAlive()); // HTTP/1.0 without keep-alive
}

void TestRequestReader::refusals_comeAsSoonAsALimitIsPassed()
{
    RequestLimits limits;
    limits.maxBody = 10;
    auto statusAfter = [&](const std::string &text) {
        RequestReader reader(limits);
        std::string rest;
        return dribble(reader, text, rest) == RequestReader::State::Refused ? reader.status() : 0;
    };
    // Before the oversize chunk's data arrives, and before the over-long line ends.
    QCOMPARE(statusAfter("PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n"
                         "8\r\n"),
             413);
    QCOMPARE(statusAfter("PUT /a HTTP/1.1\r\nContent-Length: 11\r\n\r\n"), 413);
    QCOMPARE(statusAfter("PUT /a HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n"),
             413);
    QCOMPARE(statusAfter("GET /" + std::string(9000, 'a')), 414);
    QCOMPARE(statusAfter("GET / HTTP/1.1\r\nA: " + std::string(17000, 'a')), 431);
    QCOMPARE(statusAfter("PUT /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), 400);
    QCOMPARE(statusAfter("PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"), 400);
    QCOMPARE(statusAfter("PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n"), 400);
    QCOMPARE(statusAfter("PUT /a HTTP/1.1\r\n\r\n"), 411);
    // A chunk-size line over 1 KiB, here arriving whole: refused as when it comes in pieces.
    RequestReader whole(limits);
    std::string input = "PUT /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" +
                        std::string(2000, '0') + "1\r\nx\r\n0\r\n\r\n";
    QCOMPARE(whole.feed(input), RequestReader::State::Refused);
    QCOMPARE(whole.status(), 400);
    QCOMPARE(statusAfter("GET /a HTTP/1.1\r\n X: folded\r\n\r\n"), 400);
    QCOMPARE(statusAfter("GET /a\tb HTTP/1.1\r\n\r\n"), 400);
    QCOMPARE(statusAfter("GET /a HTTP/1.1\r\n\r\n"), 0); // and a GET needs no length
}

QTEST_GUILESS_MAIN(TestRequestReader)
#include "tst_requestreader.moc"
