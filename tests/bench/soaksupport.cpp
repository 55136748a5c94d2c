#include "tests/bench/soaksupport.h"

#include "store/boardreads.h"
#include "store/store.h"
#include "tests/support/feedreader.h"
#include "tests/support/http.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Soudan::Bench {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

BoardView cacheView(const Store &store)
{
    BoardView view;
    QSet<QUuid> ids;
    for (const Category &category : store.reads().categories()) {
        ThreadQuery query;
        query.categoryId = category.id;
        for (const ThreadSummary &row : store.reads().threads(query, std::nullopt, 1000000))
            ids.insert(row.id);
    }
    for (const QUuid &id : std::as_const(ids)) {
        const std::optional<ThreadDetail> detail = store.reads().threadDetail(id);
        if (!detail) {
            view.failed = true;
            continue;
        }
        if (detail->thread.hidden)
            continue;
        if (detail->local == LocalState::NeedsAttention) {
            ++view.refusedPosts;
            continue;
        }
        BoardView::ThreadView thread;
        thread.answerCount = detail->thread.answerCount;
        thread.bestAnswerId = detail->thread.bestAnswerId;
        for (const AnswerView &answer : detail->answers) {
            if (answer.answer.hidden)
                continue;
            if (answer.local == LocalState::NeedsAttention) {
                // Counted in the thread's shown count too, until the user discards it.
                ++view.refusedPosts;
                --thread.answerCount;
                continue;
            }
            view.answers.insert(answer.answer.id, id);
        }
        view.threads.insert(id, thread);
    }
    return view;
}

BoardView serverView(const QUrl &server, const QString &token)
{
    Test::Http http(server);
    http.setToken(token);
    const Test::FeedRead feed = Test::readFeed(http);
    BoardView view;
    view.failed = feed.failed;
    const QHash<QString, QJsonObject> threads = feed.of(u"thread"_s);
    for (auto it = threads.cbegin(); it != threads.cend(); ++it) {
        if (it->value(u"hidden"_s).toBool())
            continue;
        BoardView::ThreadView thread;
        thread.answerCount = it->value(u"answerCount"_s).toInt();
        thread.bestAnswerId = QUuid::fromString(it->value(u"bestAnswerId"_s).toString());
        view.threads.insert(QUuid::fromString(it.key()), thread);
    }
    const QHash<QString, QJsonObject> answers = feed.of(u"answer"_s);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const QUuid thread = QUuid::fromString(it->value(u"threadId"_s).toString());
        if (!it->value(u"hidden"_s).toBool() && view.threads.contains(thread))
            view.answers.insert(QUuid::fromString(it.key()), thread);
    }
    return view;
}

QStringList compareViews(const BoardView &cache, const BoardView &server, int limit)
{
    QStringList out;
    int missing = 0, extra = 0, differing = 0, missingAnswers = 0, extraAnswers = 0;
    for (auto it = server.threads.cbegin(); it != server.threads.cend(); ++it) {
        const auto mine = cache.threads.constFind(it.key());
        if (mine == cache.threads.cend()) {
            if (missing++ < limit)
                out << u"thread %1 on the server, not in the cache"_s.arg(idText(it.key()));
            continue;
        }
        if (mine->answerCount != it->answerCount || mine->bestAnswerId != it->bestAnswerId) {
            if (differing++ < limit)
                out << u"thread %1: cache answers %2 best %3, server answers %4 best %5"_s.arg(
                    idText(it.key()), QString::number(mine->answerCount),
                    idText(mine->bestAnswerId), QString::number(it->answerCount),
                    idText(it->bestAnswerId));
        }
    }
    for (auto it = cache.threads.cbegin(); it != cache.threads.cend(); ++it) {
        if (!server.threads.contains(it.key()) && extra++ < limit)
            out << u"thread %1 in the cache, not on the server"_s.arg(idText(it.key()));
    }
    for (auto it = server.answers.cbegin(); it != server.answers.cend(); ++it) {
        if (!cache.answers.contains(it.key()) && missingAnswers++ < limit)
            out << u"answer %1 (thread %2) on the server, not in the cache"_s.arg(
                idText(it.key()), idText(it.value()));
    }
    for (auto it = cache.answers.cbegin(); it != cache.answers.cend(); ++it) {
        if (!server.answers.contains(it.key()) && extraAnswers++ < limit)
            out << u"answer %1 (thread %2) in the cache, not on the server"_s.arg(
                idText(it.key()), idText(it.value()));
    }
    const int total = missing + extra + differing + missingAnswers + extraAnswers;
    if (total > 0)
        out << u"%1 threads missing, %2 extra, %3 differing; %4 answers missing, %5 extra"_s
                   .arg(missing)
                   .arg(extra)
                   .arg(differing)
                   .arg(missingAnswers)
                   .arg(extraAnswers);
    return out;
}

QString integrityCheck(const QString &path)
{
    const QString name = u"soak-integrity-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA integrity_check"_s))
                result = q.lastError().text();
            QStringList lines;
            while (q.next())
                lines << q.value(0).toString();
            if (result.isEmpty())
                result = lines.join(u"; "_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

double residentMiBOf(qint64 pid)
{
    QFile status(pid == 0 ? u"/proc/self/status"_s : u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

qint64 childServerPid()
{
    const qint64 me = QCoreApplication::applicationPid();
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid …: comm may hold spaces, so read past its closing parenthesis.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QByteArray comm = line.mid(open + 1, close - open - 1);
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (comm == "soudan-server" && rest.size() > 1 && rest.at(1).toLongLong() == me &&
            rest.at(0) != "Z")
            return pid;
    }
    return 0;
}

QString sqlIdList(const QList<QUuid> &ids)
{
    QStringList quoted;
    quoted.reserve(ids.size());
    for (const QUuid &id : ids)
        quoted << u"'"_s + idText(id) + u"'"_s;
    return quoted.isEmpty() ? u"''"_s : quoted.join(u','); // IN ('') matches nothing
}

} // namespace Soudan::Bench
