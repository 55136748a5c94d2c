// The changes feed end to end: how many changes the real soudan-server serves per second
// (SQLite or PostgreSQL), and how long the client takes to sync the whole board into an empty
// cache. See docs/performance.md.

#include "store/boardreads.h"
#include "store/search.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Reads the whole feed with `readers` clients at once, each from the start; returns the rows
// each saw.
qint64 readFeed(const QUrl &server, int readers, int limit)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    int active = readers;
    qint64 rows = 0;
    // One fetcher a reader, each asking for its next page when one arrives (they live here, so
    // that no fetcher owns itself).
    std::vector<std::function<void(const QString &)>> fetchers(static_cast<size_t>(readers));
    for (auto &fetch : fetchers) {
        fetch = [&, self = &fetch](const QString &cursor) {
            QNetworkRequest request(server.resolved(
                QUrl(u"/api/v1/changes?limit=%1&cursor=%2"_s.arg(limit).arg(cursor))));
            QNetworkReply *reply = nam.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, self, reply] {
                reply->deleteLater();
                const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
                rows += page.value(u"changes"_s).toArray().size();
                if (page.value(u"hasMore"_s).toBool()) {
                    (*self)(page.value(u"cursor"_s).toString());
                } else if (--active == 0) {
                    loop.quit();
                }
            });
        };
        fetch(QString());
    }
    loop.exec();
    return rows / readers;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption threadsOption(u"threads"_s, u"Threads on the board."_s, u"n"_s,
                                           u"100000"_s);
    const QCommandLineOption answersOption(u"answers"_s, u"Answers per thread."_s, u"n"_s, u"5"_s);
    const QCommandLineOption backendOption(u"backend"_s, u"sqlite or postgresql."_s, u"name"_s,
                                           u"sqlite"_s);
    const QCommandLineOption idsOption(
        u"ids"_s, u"The posts' ids: time-ordered (as Soudan makes them) or random."_s, u"kind"_s,
        u"time-ordered"_s);
    const QCommandLineOption clientOnlyOption(
        u"client-only"_s, u"Only the client's sync, not the feed read by plain readers."_s);
    parser.addOptions({threadsOption, answersOption, backendOption, idsOption, clientOnlyOption});
    parser.process(app);
    const bool pg = parser.value(backendOption) == u"postgresql"_s;
    const ServerProcess::Backend backend =
        pg ? ServerProcess::Backend::PostgreSQL : ServerProcess::Backend::SQLite;
    if (const QString why = ServerProcess::unavailable(backend); !why.isEmpty()) {
        print(u"bench_sync: "_s + why);
        return 1;
    }
    ServerProcess server(backend);
    if (!server.createDatabase() || !server.addUser(u"reader"_s))
        return 1;
    QElapsedTimer timer;
    timer.start();
    const ServerProcess::Run generated =
        server.command({u"generate-board"_s, u"--threads"_s, parser.value(threadsOption),
                        u"--answers-per-thread"_s, parser.value(answersOption), u"--ids"_s,
                        parser.value(idsOption)});
    if (generated.exitCode != 0) {
        print(generated.err);
        return 1;
    }
    const double generateMs = Bench::elapsedMs(timer);
    if (!server.start({u"--rate-limit"_s, u"10000000"_s, u"--burst"_s, u"10000000"_s}))
        return 1;

    const bool feed = !parser.isSet(clientOnlyOption);
    timer.restart();
    const qint64 rows = feed ? readFeed(server.url(), 1, 1000) : 0;
    const double oneMs = Bench::elapsedMs(timer);
    timer.restart();
    const qint64 rowsEach = feed ? readFeed(server.url(), 4, 1000) : 0;
    const double fourMs = Bench::elapsedMs(timer);

    Http http(server.url());
    const QString token = http.login(u"reader"_s, ServerProcess::passwordOf(u"reader"_s));
    QTemporaryDir profile;
    Store::Opened opened = Store::open(profile.filePath(u"soudan.sqlite"_s));
    SyncEngine engine(opened.store->path());
    SyncEngine::Config config;
    config.server = server.url();
    config.user = u"reader"_s;
    config.token = token;
    config.pageSize = 1000;
    config.maxAttempts = 1;
    engine.configure(config);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&engine, &SyncEngine::runFinished, &loop, [&](bool upToDate) {
        ok = upToDate;
        loop.quit();
    });
    timer.restart();
    engine.syncNow();
    loop.exec();
    const double syncMs = Bench::elapsedMs(timer);
    const CacheTotals totals = opened.store->reads().totals();
    if (!ok) {
        print(u"sync failed: "_s + engine.status().message);
        return 1;
    }
    // The posts the first sync left for search are indexed after it, between runs.
    timer.restart();
    const std::optional<int> leftForLater = opened.store->search().postsLeftForLater();
    if (leftForLater) {
        QObject::connect(&engine, &SyncEngine::statusChanged, &loop, [&](const SyncStatus &status) {
            if (status.postsToIndex == 0)
                loop.quit();
        });
        loop.exec();
    }
    const double indexMs = Bench::elapsedMs(timer);
    if (opened.store->search().postsLeftForLater()) {
        print(u"search index not complete: "_s + opened.store->lastError());
        return 1;
    }

    const qint64 pulled = engine.status().changesPulled;
    print(u"bench_sync on %1: %L2 threads, %L3 answers (%L4 rows in the feed), %5 post ids"_s
              .arg(pg ? u"PostgreSQL"_s : u"SQLite"_s)
              .arg(totals.threads)
              .arg(totals.answers)
              .arg(pulled)
              .arg(parser.value(idsOption)));
    print(u"  fill the server (generate-board):     %1 s"_s.arg(generateMs / 1000, 0, 'f', 1));
    if (feed) {
        print(u"  feed, 1 reader, pages of 1000:         %L1 changes/s (%2 s)"_s
                  .arg(qint64(rows / (oneMs / 1000)))
                  .arg(oneMs / 1000, 0, 'f', 1));
        print(u"  feed, 4 readers at once:               %L1 changes/s in all (%2 s)"_s
                  .arg(qint64(4 * rowsEach / (fourMs / 1000)))
                  .arg(fourMs / 1000, 0, 'f', 1));
    }
    print(u"  client sync from empty (SyncEngine):   %1 s = %L2 changes/s into the cache"_s
              .arg(syncMs / 1000, 0, 'f', 1)
              .arg(qint64(pulled / (syncMs / 1000))));
    print(u"  then its posts indexed for search:     %1 s (about %L2 posts left for later)"_s
              .arg(indexMs / 1000, 0, 'f', 1)
              .arg(leftForLater.value_or(0)));
    print(u"  rows and search index together:        %1 s = %L2 changes/s"_s
              .arg((syncMs + indexMs) / 1000, 0, 'f', 1)
              .arg(qint64(pulled / ((syncMs + indexMs) / 1000))));
    // The client must have been given every row a plain reader was.
    if (feed && pulled != rows) {
        print(u"bench_sync: the client was given %L1 changes, a plain reader %L2"_s.arg(pulled).arg(
            rows));
        return 1;
    }
    return 0;
}
