// Opening a large category: time to the first screen of rows, and memory while scrolling to the
// end. Prints its figures; see docs/performance.md.

#include "models/threadlistmodel.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/testboard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Threads in the category."_s, u"n"_s,
                                        u"100000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed repetitions."_s, u"n"_s, u"21"_s);
    const QCommandLineOption cacheOption(
        u"cache"_s, u"Open <file> (bench_search --keep) instead of making a cache."_s, u"file"_s);
    const QCommandLineOption categoryOption(
        u"category"_s, u"With --cache: the category to open (its subcategories too)."_s, u"id"_s,
        u"1"_s);
    parser.addOptions({rowsOption, repeatOption, cacheOption, categoryOption});
    parser.process(app);
    int rows = parser.value(rowsOption).toInt();
    const int repeat = qMax(1, parser.value(repeatOption).toInt());
    const bool given = parser.isSet(cacheOption);

    auto temp = TestBoard::openTempStore();
    QElapsedTimer timer;
    timer.start();
    if (!(*temp)->sync().ingest(TestBoard::skeleton()))
        return 1;
    constexpr int Batch = 10000;
    for (int first = 0; !given && first < rows; first += Batch) {
        ChangeSet batch;
        batch.threads = TestBoard::threads(11, qMin(Batch, rows - first), first);
        if (!(*temp)->sync().ingest(batch)) {
            print(u"ingest failed: "_s + (*temp)->lastError());
            return 1;
        }
    }
    const double ingestMs = Bench::elapsedMs(timer);
    const QString path = given ? parser.value(cacheOption) : (*temp)->path();
    temp->store.reset();

    const double rssOpening = Bench::residentMiB();
    Store::Opened opened = Store::open(path);
    if (!opened.store) {
        print(u"cannot open the cache: "_s + opened.error);
        return 1;
    }
    Store &store = *opened.store;
    ThreadQuery query;
    query.categoryId = given ? parser.value(categoryOption).toLongLong() : 11;

    // First screen, model only: the query and the first page.
    QList<double> modelSamples, screenSamples;
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        ThreadListModel model(store);
        model.setQuery(query);
        modelSamples.append(Bench::elapsedMs(timer));
        if (model.rowCount() == 0)
            return 1;
    }
    // First screen as the user sees it: model, view, layout and paint.
    for (int i = 0; i < repeat; ++i) {
        timer.restart();
        ThreadListModel model(store);
        QTreeView view;
        view.setUniformRowHeights(true);
        view.setRootIsDecorated(false);
        view.resize(800, 700);
        view.setModel(&model);
        model.setQuery(query);
        const QPixmap screen = view.grab();
        screenSamples.append(Bench::elapsedMs(timer));
        if (screen.isNull())
            return 1;
    }

    // Scrolling to the end: memory along the way.
    const double rssBefore = Bench::residentMiB();
    ThreadListModel model(store);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.resize(800, 700);
    view.setModel(&model);
    model.setQuery(query);
    QStringList checkpoints;
    timer.restart();
    int nextCheckpoint = rows / 4;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (model.rowCount() >= nextCheckpoint) {
            checkpoints.append(
                u"%1 rows: %2 MiB"_s.arg(model.rowCount()).arg(Bench::residentMiB(), 0, 'f', 1));
            nextCheckpoint += rows / 4;
        }
    }
    view.scrollToBottom();
    const QPixmap last = view.grab();
    const double scrollMs = Bench::elapsedMs(timer);
    if (given)
        rows = model.rowCount();
    if (model.rowCount() != rows || rows == 0 || last.isNull()) {
        print(u"expected %1 rows, got %2"_s.arg(rows).arg(model.rowCount()));
        return 1;
    }

    const Bench::Timing m = Bench::summarize(modelSamples);
    const Bench::Timing s = Bench::summarize(screenSamples);
    print(u"bench_open_category: one category of %L1 threads (%2 repetitions)"_s.arg(rows).arg(
        repeat));
    if (given) {
        print(u"  cache %1, category %2 and its subcategories"_s.arg(path).arg(query.categoryId));
        print(
            u"  resident memory: %1 MiB before the cache was opened"_s.arg(rssOpening, 0, 'f', 1));
    } else {
        print(
            u"  fill the cache (ingest):            %1 ms (%2 threads/s)"_s.arg(ingestMs, 0, 'f', 0)
                .arg(rows / (ingestMs / 1000.0), 0, 'f', 0));
    }
    print(
        u"  first page of rows (model):         median %1 ms, min %2 ms"_s.arg(m.median, 0, 'f', 2)
            .arg(m.min, 0, 'f', 2));
    print(u"  first screen painted (model + view): median %1 ms, min %2 ms  [target < 20 ms]"_s
              .arg(s.median, 0, 'f', 2)
              .arg(s.min, 0, 'f', 2));
    print(u"  fetch to the end (%1 pages of %2):  %3 ms"_s
              .arg((rows + model.pageSize() - 1) / model.pageSize())
              .arg(model.pageSize())
              .arg(scrollMs, 0, 'f', 0));
    print(u"  resident memory: %1 MiB before the list, %2 MiB after all rows, peak %3 MiB"_s
              .arg(rssBefore, 0, 'f', 1)
              .arg(Bench::residentMiB(), 0, 'f', 1)
              .arg(Bench::peakResidentMiB(), 0, 'f', 1));
    print(u"  while scrolling: "_s + checkpoints.join(u", "_s));
    return 0;
}
