// Ingest of pulled pages into the cache, beside raw SQLite inserts of the same rows into the
// same schema, from one run. DESIGN.md's target: a ratio of at least 0.7. See
// docs/performance.md.

#include "domain/searchtext.h"
#include "store/searchindex.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/testboard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Pages as the feed sends them: threads with their answers, pageSize rows each; with activity,
// every tenth thread also has the user's read mark and a notification about it.
QList<ChangeSet> makePages(int threads, int answersPerThread, int pageSize, bool activity)
{
    QList<ChangeSet> pages;
    ChangeSet page;
    int rows = 0;
    auto flush = [&] {
        if (rows > 0)
            pages.append(page);
        page = ChangeSet();
        rows = 0;
    };
    for (int n = 0; n < threads; ++n) {
        Thread t = TestBoard::thread(n, 11 + n % 2);
        t.body =
            u"契約の前にメッセージで条件を確認し、仮払いを済ませてから作業を始めます。"_s.repeated(
                3);
        page.threads.append(t);
        if (++rows >= pageSize)
            flush();
        for (int a = 0; a < answersPerThread; ++a) {
            Answer answer = TestBoard::answer(n * answersPerThread + a, t);
            answer.body =
                u"相場は作業量によりますが、まずは見積もりを出してもらいましょう。"_s.repeated(2);
            page.answers.append(answer);
            if (++rows >= pageSize)
                flush();
        }
        if (activity && n % 10 == 0) {
            page.threadStates.append({t.id, FollowLevel::Watching, t.lastActivityAt});
            if (++rows >= pageSize)
                flush();
            Notification note;
            note.id = n + 1;
            note.kind = u"followed_answer"_s;
            note.threadId = t.id;
            note.actorId = 2;
            note.at = t.lastActivityAt;
            page.notifications.append(note);
            if (++rows >= pageSize)
                flush();
        }
    }
    flush();
    return pages;
}

// The search index rows of a page, made before timing: the raw side writes the same rows, but
// tokenizing is Soudan's own work.
struct IndexRow
{
    qint64 docid;
    QString tokens;
};

QList<IndexRow> indexRows(const ChangeSet &page, QHash<qint64, int> &used)
{
    QList<IndexRow> rows;
    auto add = [&](const QString &text, qint64 ms) {
        const qint64 first = SearchIndexer::firstDocid(ms); // as the cache numbers its documents
        rows.append({first + used[first]++, SearchText::tokens(text).join(u' ')});
    };
    for (const Thread &t : page.threads)
        add(t.title + u'\n' + t.body, t.createdAt.toMSecsSinceEpoch());
    for (const Answer &a : page.answers)
        add(a.body, a.createdAt.toMSecsSinceEpoch());
    return rows;
}

// The same rows with plain INSERT statements, one transaction per page, into a cache file of
// the same schema (indexes, triggers and the search index included): what SQLite itself costs.
double rawInsert(const QString &path, const QList<ChangeSet> &pages)
{
    double ms = 0;
    QList<QList<IndexRow>> index;
    QHash<qint64, int> used; // documents a second, by its first document id
    for (const ChangeSet &page : pages)
        index.append(indexRows(page, used));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery pragma(db);
        pragma.exec(u"PRAGMA journal_mode = WAL"_s);
        pragma.exec(u"PRAGMA synchronous = NORMAL"_s);
        QSqlQuery threads(db), answers(db);
        threads.prepare(
            u"INSERT INTO threads (id, category_id, author_id, title, body, created_ms, "
            "last_activity_ms, status, urgent, view_count, answer_count, best_answer_id, "
            "thanks_body, thanks_ms, version, hidden, search_docid, search_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
        answers.prepare(
            u"INSERT INTO answers (id, thread_id, author_id, body, created_ms, version, "
            "hidden, search_docid, search_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
        QSqlQuery tokens(db);
        tokens.prepare(u"INSERT INTO search_index (rowid, tokens) VALUES (?, ?)"_s);
        QSqlQuery marks(db), notes(db);
        marks.prepare(u"INSERT INTO thread_marks (thread_id, level, read_ms) VALUES (?, ?, ?) "
                      "ON CONFLICT (thread_id) DO UPDATE SET level = excluded.level, "
                      "read_ms = excluded.read_ms"_s);
        notes.prepare(u"INSERT INTO notifications (id, kind, thread_id, post_id, actor_id, "
                      "detail, at_ms, is_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const ChangeSet &page = pages[p];
            db.transaction();
            for (const IndexRow &row : index[p]) {
                tokens.addBindValue(row.docid);
                tokens.addBindValue(row.tokens);
                if (!tokens.exec())
                    qFatal("raw insert: %s", qPrintable(tokens.lastError().text()));
            }
            qsizetype doc = 0; // the page's questions, then its answers
            for (const Thread &t : page.threads) {
                threads.addBindValue(t.id.toString(QUuid::WithoutBraces));
                threads.addBindValue(t.categoryId);
                threads.addBindValue(t.authorId);
                threads.addBindValue(t.title);
                threads.addBindValue(t.body);
                threads.addBindValue(t.createdAt.toMSecsSinceEpoch());
                threads.addBindValue(t.lastActivityAt.toMSecsSinceEpoch());
                threads.addBindValue(int(t.status));
                threads.addBindValue(t.urgency == Urgency::Urgent ? 1 : 0);
                threads.addBindValue(t.viewCount);
                threads.addBindValue(t.answerCount);
                threads.addBindValue(QVariant());
                threads.addBindValue(QVariant());
                threads.addBindValue(QVariant());
                threads.addBindValue(t.version);
                threads.addBindValue(0);
                threads.addBindValue(index[p][doc++].docid);
                if (!threads.exec())
                    qFatal("raw insert: %s", qPrintable(threads.lastError().text()));
            }
            for (const Answer &a : page.answers) {
                answers.addBindValue(a.id.toString(QUuid::WithoutBraces));
                answers.addBindValue(a.threadId.toString(QUuid::WithoutBraces));
                answers.addBindValue(a.authorId);
                answers.addBindValue(a.body);
                answers.addBindValue(a.createdAt.toMSecsSinceEpoch());
                answers.addBindValue(a.version);
                answers.addBindValue(0);
                answers.addBindValue(index[p][doc++].docid);
                if (!answers.exec())
                    qFatal("raw insert: %s", qPrintable(answers.lastError().text()));
            }
            for (const ThreadState &state : page.threadStates) {
                marks.addBindValue(state.threadId.toString(QUuid::WithoutBraces));
                marks.addBindValue(u"watching"_s);
                marks.addBindValue(state.readUpTo.toMSecsSinceEpoch());
                if (!marks.exec())
                    qFatal("raw insert: %s", qPrintable(marks.lastError().text()));
            }
            for (const Notification &n : page.notifications) {
                notes.addBindValue(n.id);
                notes.addBindValue(n.kind);
                notes.addBindValue(n.threadId.toString(QUuid::WithoutBraces));
                notes.addBindValue(QVariant());
                notes.addBindValue(n.actorId);
                notes.addBindValue(n.detail.isNull() ? u""_s : n.detail);
                notes.addBindValue(n.at.toMSecsSinceEpoch());
                notes.addBindValue(n.read ? 1 : 0);
                if (!notes.exec())
                    qFatal("raw insert: %s", qPrintable(notes.lastError().text()));
            }
            db.commit();
        }
        ms = Bench::elapsedMs(timer);
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption threadsOption(u"threads"_s, u"Threads."_s, u"n"_s, u"20000"_s);
    const QCommandLineOption answersOption(u"answers"_s, u"Answers per thread."_s, u"n"_s, u"5"_s);
    const QCommandLineOption pageOption(u"page"_s, u"Rows per page."_s, u"n"_s, u"500"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Alternating rounds."_s, u"n"_s, u"3"_s);
    const QCommandLineOption noActivityOption(u"no-activity"_s,
                                              u"Pages without read marks and notifications."_s);
    parser.addOptions({threadsOption, answersOption, pageOption, roundsOption, noActivityOption});
    parser.process(app);
    const int threads = parser.value(threadsOption).toInt();
    const int answers = parser.value(answersOption).toInt();
    const bool activity = !parser.isSet(noActivityOption);
    const QList<ChangeSet> pages =
        makePages(threads, answers, parser.value(pageOption).toInt(), activity);
    const qint64 activityRows = activity ? 2 * qint64((threads + 9) / 10) : 0;
    const qint64 rows = qint64(threads) * (1 + answers) + activityRows;

    QList<double> soudan, raw;
    for (int round = 0; round < parser.value(roundsOption).toInt(); ++round) {
        QTemporaryDir dir;
        {
            Store::Opened opened = Store::open(dir.filePath(u"soudan.sqlite"_s));
            Store &store = *opened.store;
            store.sync().ingest(TestBoard::skeleton());
            store.sync().setMe({3, u"回答者C"_s, Role::Moderator});
            QElapsedTimer timer;
            timer.start();
            int cursor = 0;
            for (const ChangeSet &page : pages) {
                if (!store.sync().applyPage(page, QString::number(cursor += 500))) {
                    print(u"ingest failed: "_s + store.lastError());
                    return 1;
                }
            }
            soudan.append(Bench::elapsedMs(timer));
        }
        {
            // A file of the same schema, filled the plain way.
            const QString path = dir.filePath(u"raw.sqlite"_s);
            Store::Opened opened = Store::open(path);
            opened.store->sync().ingest(TestBoard::skeleton());
            opened.store->sync().setMe({3, u"回答者C"_s, Role::Moderator});
            opened.store.reset();
            raw.append(rawInsert(path, pages));
        }
    }
    const Bench::Timing s = Bench::summarize(soudan), r = Bench::summarize(raw);
    print(u"bench_ingest: %L1 rows (%L2 threads, %L3 answers, %L4 read marks and notifications) "
          "in %5 pages, %6 rounds"_s.arg(rows)
              .arg(threads)
              .arg(qint64(threads) * answers)
              .arg(activityRows)
              .arg(pages.size())
              .arg(soudan.size()));
    print(u"  Soudan (SyncWriter::applyPage, upserts + cursor): median %1 ms = %L2 rows/s"_s
              .arg(s.median, 0, 'f', 0)
              .arg(qint64(rows / (s.median / 1000.0))));
    print(u"  raw SQLite INSERTs, same rows, same schema (search index rows made beforehand):"
          " median %1 ms = %L2 rows/s"_s.arg(r.median, 0, 'f', 0)
              .arg(qint64(rows / (r.median / 1000.0))));
    print(u"  ratio Soudan / raw: %1  [target >= 0.7]"_s.arg(r.median / s.median, 0, 'f', 2));
    return 0;
}
