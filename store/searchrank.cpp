#include "store/searchrank.h"

#include "store/sqltext.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Soudan::SearchRank {

int tokenCount(const QString &text)
{
    int count = 0;
    bool inToken = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool separator = u < 0x80 && !((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') ||
                                             (u >= u'A' && u <= u'Z'));
        if (!separator && !inToken)
            ++count;
        inToken = !separator;
    }
    return count;
}

int bucketOf(int tokens)
{
    int bucket = 0;
    while (bucket + 1 < Buckets && tokens >= BucketStart[bucket + 1])
        ++bucket;
    return bucket;
}

namespace {

// bm25's constants, as FTS5 has them.
constexpr double K1 = 1.2;
constexpr double B = 0.75;

// One query's state: its phrases' weights, and the best k scores so far (a min-heap).
struct Ranking
{
    int k = 0;
    double averageLength = 1;
    std::vector<double> idf;
    std::vector<int> frequency;
    std::vector<double> best;
    sqlite3_int64 lastRowid = 0;
    double lastResult = 0;
    bool scoredOne = false;

    double score(double length) const
    {
        double sum = 0;
        const double norm = K1 * (1 - B + B * length / averageLength);
        for (size_t i = 0; i < idf.size(); ++i) {
            const double f = frequency[i];
            sum += idf[i] * f * (K1 + 1) / (f + norm);
        }
        return sum;
    }
    void keep(double s)
    {
        if (int(best.size()) < k) {
            best.push_back(s);
            std::push_heap(best.begin(), best.end(), std::greater<>());
        } else if (s > best.front()) {
            std::pop_heap(best.begin(), best.end(), std::greater<>());
            best.back() = s;
            std::push_heap(best.begin(), best.end(), std::greater<>());
        }
    }
};

int countHit(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// Made on a query's first row: how many documents each phrase is in (only weights when there
// is more than one phrase), and the average length.
Ranking *start(const Fts5ExtensionApi *api, Fts5Context *fts, int k, int *rc)
{
    auto *r = new Ranking;
    r->k = qMax(0, k);
    const int phrases = api->xPhraseCount(fts);
    sqlite3_int64 rows = 0, tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rows > 0)
        r->averageLength = double(tokens) / double(rows);
    r->idf.assign(size_t(phrases), 1.0);
    r->frequency.assign(size_t(phrases), 0);
    for (int i = 0; i < phrases && phrases > 1 && *rc == SQLITE_OK; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countHit);
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        r->idf[size_t(i)] = idf <= 0 ? 1e-6 : idf;
    }
    return r;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
          sqlite3_value **argv)
{
    auto *r = static_cast<Ranking *>(api->xGetAuxdata(fts, 0));
    int rc = SQLITE_OK;
    if (!r) {
        r = start(api, fts, argc > 0 ? sqlite3_value_int(argv[0]) : 0, &rc);
        if (rc == SQLITE_OK)
            rc = api->xSetAuxdata(fts, r, [](void *p) { delete static_cast<Ranking *>(p); });
        else
            delete r;
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(context, rc);
            return;
        }
    }
    // Asked twice for one row (a column and the order): one answer, and the row kept once.
    const sqlite3_int64 rowid = api->xRowid(fts);
    if (r->scoredOne && rowid == r->lastRowid) {
        sqlite3_result_double(context, r->lastResult);
        return;
    }
    std::fill(r->frequency.begin(), r->frequency.end(), 0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < r->frequency.size())
            ++r->frequency[size_t(phrase)];
    }
    double result = 1e300; // after every score: not among the best k
    const int bucket = int(((rowid % Buckets) + Buckets) % Buckets);
    if (rc == SQLITE_OK && (r->k == 0 || int(r->best.size()) < r->k ||
                            r->score(BucketStart[bucket]) > r->best.front())) {
        int length = 0;
        rc = api->xColumnSize(fts, -1, &length);
        const double s = r->score(length);
        if (r->k > 0)
            r->keep(s);
        result = -s;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    r->lastRowid = rowid;
    r->lastResult = result;
    r->scoredOne = true;
    sqlite3_result_double(context, result);
}

} // namespace

QString install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return u"no SQLite handle"_s;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return u"no SQLite handle"_s;
    fts5_api *fts5 = nullptr;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = SqlText::get(u"connection"_s, u"fts5_api"_s).toUtf8();
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_bind_pointer(statement, 1, &fts5, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!fts5 || fts5->iVersion < 2)
        return u"SQLite has no FTS5"_s;
    if (fts5->xCreateFunction(fts5, "soudan_rank", nullptr, rank, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(connection));
    return {};
}

} // namespace Soudan::SearchRank
