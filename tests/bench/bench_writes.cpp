// Server writes per second with concurrent writers: members answering questions over HTTP at
// once (1, 4 and 16 writers, each with its own connection, one request in flight), against the
// real soudan-server on SQLite and on PostgreSQL, side by side in one run. Every write takes the
// feed's sequence; the ordering that guarantees (no reader skips a change) is tested by
// server_cluster. See docs/performance.md.

#include "tests/bench/benchsupport.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;
using Soudan::Bench::print;

namespace {

struct Figure
{
    int written = 0;
    int failed = 0;
    double seconds = 0;
};

// `writers` members' clients answer the board's questions for `seconds`, each sending its next
// answer when the last one is answered.
Figure write(const QUrl &server, const QStringList &tokens, const QStringList &threads, int writers,
             double seconds)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    Figure figure;
    QElapsedTimer timer;
    int running = writers;
    QEventLoop loop;
    std::function<void(int)> next = [&](int writer) {
        if (timer.elapsed() >= seconds * 1000) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const QString thread = threads.at((writer * 7 + figure.written) % threads.size());
        QNetworkRequest request(server.resolved(QUrl(u"/api/v1/threads/%1/answers/%2"_s.arg(
            thread, QUuid::createUuid().toString(QUuid::WithoutBraces)))));
        request.setRawHeader("Authorization", "Bearer " + tokens.at(writer).toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {u"body"_s,
                     u"相場は1件あたり3万円から5万円ほどです。納期と修正回数で変わります。"_s}})
                .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = managers.at(writer)->put(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, writer] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                ++figure.written;
            else if (++figure.failed == 1)
                print(u"  first refusal: HTTP %1 %2"_s.arg(
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toString(),
                    QString::fromUtf8(reply->readAll().left(300))));
            reply->deleteLater();
            next(writer);
        });
    };
    for (int w = 0; w < writers; ++w)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    timer.start();
    for (int w = 0; w < writers; ++w)
        next(w);
    loop.exec();
    figure.seconds = double(timer.elapsed()) / 1000;
    return figure;
}

// One backend and one board of threadCount open questions, 16 members; the writer counts in
// turn, each answering the questions one after another from its own place.
bool measure(ServerProcess::Backend backend, const QList<int> &writerCounts, double seconds,
             int threadCount, QStringList *lines)
{
    ServerProcess server(backend);
    if (!server.createDatabase() || server.command({u"import-demo"_s}).exitCode != 0 ||
        server.command({u"generate-board"_s, u"--threads"_s, QString::number(threadCount),
                        u"--answers-per-thread"_s, u"0"_s})
                .exitCode != 0)
        return false;
    const int most = *std::max_element(writerCounts.begin(), writerCounts.end());
    for (int i = 0; i < most; ++i) {
        if (!server.addUser(u"writer%1"_s.arg(i)))
            return false;
    }
    if (!server.start({u"--threads"_s, QString::number(qMax(8, most)), u"--rate-limit"_s,
                       u"10000000"_s, u"--burst"_s, u"10000000"_s}))
        return false;
    QStringList tokens;
    for (int i = 0; i < most; ++i) {
        Http http(server.url());
        tokens << http.login(u"writer%1"_s.arg(i), ServerProcess::passwordOf(u"writer%1"_s.arg(i)));
    }
    const QStringList threads =
        server
            .scalar(backend == ServerProcess::Backend::SQLite
                        ? u"SELECT group_concat(id, ',') FROM threads WHERE status = 0"_s
                        : u"SELECT string_agg(id, ',') FROM threads WHERE status = 0"_s)
            .toString()
            .split(u',');
    const QString name = backend == ServerProcess::Backend::SQLite ? u"SQLite"_s : u"PostgreSQL"_s;
    int written = 0;
    for (const int writers : writerCounts) {
        const Figure f = write(server.url(), tokens, threads, writers, seconds);
        lines->append(u"  %1 %2 writers: %3 answers in %4 s = %5 answers/s (%6 refused)"_s.arg(
            name.leftJustified(10), QString::number(writers).rightJustified(2),
            QString::number(f.written), QString::number(f.seconds, 'f', 1),
            QString::number(qRound(f.written / f.seconds)), QString::number(f.failed)));
        print(lines->constLast());
        written += f.written;
    }
    // The shape of the load: how many answers a question got, and whom an answer told.
    const double notifications = server.scalar(u"SELECT COUNT(*) FROM notifications"_s).toDouble();
    print(u"  %1 by the end: %2 answers a question, %3 notifications an answer"_s.arg(
        name.leftJustified(10), QString::number(double(written) / threadCount, 'f', 1),
        QString::number(notifications / qMax(1, written), 'f', 1)));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds per writer count."_s, u"s"_s,
                                           u"10"_s);
    const QCommandLineOption threadsOption(
        u"threads"_s, u"One board of n open questions alone (both boards by default)."_s, u"n"_s);
    const QCommandLineOption backendOption(
        u"backend"_s, u"sqlite or postgresql: that one alone (both by default)."_s, u"name"_s);
    parser.addOptions({secondsOption, threadsOption, backendOption});
    parser.process(app);
    const double seconds = qMax(0.5, parser.value(secondsOption).toDouble());
    const QList<int> writers = {1, 4, 16};
    const QString only = parser.value(backendOption);

    // A board as real ones are (conlang.meta's dump: 115 answers to 54 questions), where the
    // writers' answers spread over many questions; and a crowded one, where every writer
    // answers every question and so follows it, and each answer tells up to 16 members.
    QList<int> boards = {10000, 200};
    if (parser.isSet(threadsOption))
        boards = {qMax(1, parser.value(threadsOption).toInt())};
    print(u"bench_writes: answers written through HTTP by concurrent writers, %1 s each"_s.arg(
        seconds));
    QStringList lines;
    for (const int board : std::as_const(boards)) {
        print(u"board of %1 open questions:"_s.arg(board));
        if (only != u"postgresql"_s &&
            !measure(ServerProcess::Backend::SQLite, writers, seconds, board, &lines))
            return 1;
        if (only == u"sqlite"_s)
            continue;
        const QString why = ServerProcess::unavailable(ServerProcess::Backend::PostgreSQL);
        if (!why.isEmpty()) {
            print(u"  PostgreSQL: skipped (%1)"_s.arg(why));
            continue;
        }
        if (!measure(ServerProcess::Backend::PostgreSQL, writers, seconds, board, &lines))
            return 1;
    }
    return 0;
}
