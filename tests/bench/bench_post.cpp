// Latency of writes through the client's API layer (ApiClient, QNetworkAccessManager) against
// the real soudan-server, by body size: answers of Japanese text up to 10,000 characters
// (30 KB), and larger bodies (refused by the server after it read them) to show what happens
// past 32 KiB. See docs/performance.md.

#include "domain/apicodec.h"
#include "sync/apiclient.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption repeatOption(u"repeat"_s, u"Requests per size."_s, u"n"_s, u"25"_s);
    parser.addOption(repeatOption);
    parser.process(app);
    const int repeat = qMax(3, parser.value(repeatOption).toInt());

    ServerProcess server(ServerProcess::Backend::SQLite);
    if (!server.createDatabase() || !server.addUser(u"writer"_s) ||
        !server.start({u"--rate-limit"_s, u"1000000"_s, u"--burst"_s, u"100000"_s}))
        return 1;
    Http http(server.url());
    const QString token = http.login(u"writer"_s, ServerProcess::passwordOf(u"writer"_s));
    const QString thread = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (server.command({u"import-demo"_s}).exitCode != 0)
        return 1;
    http.put(u"/api/v1/threads/"_s + thread, {{u"categoryId"_s, 11},
                                              {u"title"_s, u"長い回答の計測"_s},
                                              {u"body"_s, u"本文"_s},
                                              {u"urgency"_s, u"calm"_s}});

    ApiClient api;
    api.setBaseUrl(server.url());
    api.setToken(token);
    const QString unit = u"契約の前に仮払いを確認してから作業を始めましょう。"_s; // 25 characters
    print(u"bench_post: PUT an answer through ApiClient, %1 requests per size (median, min)"_s.arg(
        repeat));
    print(u"  characters    bytes  status   as shipped (Expect: 100-continue)   without it"_s);
    for (const int characters : {100, 1000, 3000, 5000, 8000, 10000, 12000, 16000, 20000}) {
        QString body = unit.repeated(characters / int(unit.size()) + 1).left(characters);
        const QByteArray json =
            QJsonDocument(ApiCodec::encode(AnswerInput{body})).toJson(QJsonDocument::Compact);
        int status = 0;
        Bench::Timing timings[2];
        for (const bool expect : {true, false}) {
            api.setExpectContinue(expect);
            QList<double> samples;
            for (int i = 0; i < repeat; ++i) {
                QEventLoop loop;
                QElapsedTimer timer;
                timer.start();
                api.send("PUT",
                         u"/api/v1/threads/%1/answers/%2"_s.arg(
                             thread, QUuid::createUuid().toString(QUuid::WithoutBraces)),
                         json, [&](const ApiReply &reply) {
                             status = reply.status;
                             loop.quit();
                         });
                loop.exec();
                samples.append(Bench::elapsedMs(timer));
            }
            timings[expect ? 0 : 1] = Bench::summarize(samples);
        }
        print(u"  %1  %2   %3      %4 ms (min %5)                 %6 ms (min %7)"_s
                  .arg(characters, 10)
                  .arg(json.size(), 7)
                  .arg(status)
                  .arg(timings[0].median, 6, 'f', 2)
                  .arg(timings[0].min, 0, 'f', 2)
                  .arg(timings[1].median, 6, 'f', 2)
                  .arg(timings[1].min, 0, 'f', 2));
    }
    return 0;
}
