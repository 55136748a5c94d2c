// soudan --search and --rebuild-search-index: the cache's search from the command line.

#include "app/options.h"
#include "app/synconce.h"
#include "domain/searchtext.h"
#include "models/labels.h"
#include "resources/demoboard.h"
#include "store/boardreads.h"
#include "store/search.h"
#include "store/store.h"
#include "store/syncwriter.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

struct SearchOnce
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::SearchOnce)
};

// The most lines --search prints.
constexpr int MaxLines = 1000;

void out(FILE *to, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), to);
}

} // namespace

int searchOnce(const Options &options)
{
    options.makeProfileDir();
    Store::Opened opened = Store::open(QDir(options.profileDir).filePath(u"soudan.sqlite"_s));
    if (!opened.store) {
        //: %1 says why.
        out(stderr, SearchOnce::tr("soudan: the cache cannot be opened: %1").arg(opened.error));
        return 1;
    }
    Store &store = *opened.store;
    if (options.demo && !store.reads().hasThreads()) {
        const Result<ChangeSet> board = demoBoard();
        if (!board || !store.sync().ingest(board.value())) {
            out(stderr, SearchOnce::tr("soudan: the demo board could not be loaded: %1")
                            .arg(board ? store.lastError() : board.error()));
            return 1;
        }
    }
    if (options.rebuildSearchIndex) {
        const std::optional<int> count = store.search().rebuildIndex();
        if (!count) {
            out(stderr, SearchOnce::tr("soudan: the search index could not be rebuilt: %1")
                            .arg(store.lastError()));
            return 1;
        }
        out(stdout, SearchOnce::tr("Indexed %n post(s) for search.", "", *count));
        if (!options.searchSet)
            return 0;
    }
    const SearchText::Query query = SearchText::parse(options.search);
    if (query.isEmpty() && query.error.isEmpty()) {
        out(stderr, SearchOnce::tr("soudan: give --search words to look for, or filters like "
                                   "status:解決済."));
        return 2;
    }
    const QList<SearchHit> hits = store.search().find(query, SearchOrder::Newest, MaxLines);
    if (!store.lastError().isEmpty()) {
        out(stderr, u"soudan: "_s + store.lastError());
        return 2;
    }
    QHash<qint64, QString> categories;
    for (const Category &c : store.reads().categories())
        categories.insert(c.id, c.name);
    for (const SearchHit &hit : hits) {
        out(stdout,
            u"%1\t%2\t%3\t%4"_s.arg(hit.threadId.toString(QUuid::WithoutBraces),
                                    QString(hit.title).replace(u'\t', u' '),
                                    categories.value(hit.categoryId), Labels::status(hit.status)));
    }
    if (hits.isEmpty())
        out(stderr, SearchOnce::tr("No threads match."));
    else if (hits.size() >= MaxLines)
        //: After --search printed its most; %L1 is that number.
        out(stderr, SearchOnce::tr("Only the newest %L1 matching threads are shown: narrow the "
                                   "search to see the rest.")
                        .arg(MaxLines));
    if (const std::optional<int> left = store.search().postsLeftForLater())
        //: After --search, while a first sync's posts wait to be indexed by the running app.
        out(stderr, SearchOnce::tr("About %Ln post(s) are not indexed for search yet, so they "
                                   "were not searched.",
                                   "", *left));
    return 0;
}

} // namespace Soudan
