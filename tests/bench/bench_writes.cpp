// Server writes per second with concurrent writers: members answering questions over HTTP at
// once (1, 4 and 16 writers, each with its own connection, one request in flight), against the
// real soudan-server on SQLite and on PostgreSQL, side by side in one run, while a member's
// client syncs (--no-reader: none), which must be given every answer. Every write goes into the
// feed; the ordering that guarantees (no reader skips a change) is tested by server_cluster. See
// docs/performance.md.

#include "domain/postid.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/feedreader.h"
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
#include <QSet>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
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

QByteArray answerBody()
{
    return QJsonDocument(
               QJsonObject{
                   {u"body"_s,
                    u"相場は1件あたり3万円から5万円ほどです。納期と修正回数で変わります。"_s}})
        .toJson(QJsonDocument::Compact);
}

QString answerPath(const QStringList &threads, int writer, int written)
{
    return u"/api/v1/threads/%1/answers/%2"_s.arg(
        threads.at((writer * 7 + written) % threads.size()),
        Soudan::PostId::make().toString(QUuid::WithoutBraces)); // as Soudan makes them
}

// `writers` members' clients answer the board's questions for `seconds`, each sending its next
// answer when the last one is answered: through QNetworkAccessManager, one each.
Figure writeWithQt(const QUrl &server, const QStringList &tokens, const QStringList &threads,
                   int writers, double seconds)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    Figure figure;
    QElapsedTimer timer;
    int running = writers;
    QEventLoop loop;
    const QByteArray body = answerBody();
    std::function<void(int)> next = [&](int writer) {
        if (timer.elapsed() >= seconds * 1000) {
            if (--running == 0)
                loop.quit();
            return;
        }
        QNetworkRequest request(server.resolved(QUrl(answerPath(threads, writer, figure.written))));
        request.setRawHeader("Authorization", "Bearer " + tokens.at(writer).toUtf8());
        request.setRawHeader("Content-Type", "application/json");
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

// The same through plain HTTP/1.1 on one kept-alive socket each, all on this thread, written and
// read here: the clients then take little of the 2 cores the server and database share.
Figure writeRaw(const QUrl &server, const QStringList &tokens, const QStringList &threads,
                int writers, double seconds)
{
    struct Connection
    {
        QTcpSocket socket;
        QByteArray received;
        bool waiting = false; // for a response
    };
    std::vector<std::unique_ptr<Connection>> connections;
    Figure figure;
    QElapsedTimer timer;
    int running = writers;
    QEventLoop loop;
    const QByteArray body = answerBody();
    auto stop = [&] {
        if (--running == 0)
            loop.quit();
    };
    std::function<void(int)> next = [&](int writer) {
        if (timer.elapsed() >= seconds * 1000)
            return stop();
        Connection &c = *connections.at(writer);
        if (c.socket.state() != QAbstractSocket::ConnectedState) {
            c.socket.connectToHost(server.host(), quint16(server.port()));
            if (!c.socket.waitForConnected(5000)) {
                ++figure.failed;
                print(u"  cannot connect: %1"_s.arg(c.socket.errorString()));
                return stop();
            }
        }
        c.waiting = true;
        c.socket.write("PUT " + answerPath(threads, writer, figure.written).toUtf8() +
                       " HTTP/1.1\r\nHost: " + server.authority().toUtf8() +
                       "\r\nAuthorization: Bearer " + tokens.at(writer).toUtf8() +
                       "\r\nContent-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    // A response whole: its status counted, the connection closed when the server says so.
    auto received = [&](int writer) {
        Connection &c = *connections.at(writer);
        c.received += c.socket.readAll();
        const qsizetype end = c.received.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = c.received.left(end).toLower();
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (c.received.size() < end + 4 + length)
            return;
        const int status = c.received.mid(9, 3).toInt();
        if (status == 201)
            ++figure.written;
        else if (++figure.failed == 1)
            print(u"  first refusal: %1"_s.arg(QString::fromUtf8(c.received.left(300))));
        c.received.remove(0, end + 4 + length);
        c.waiting = false;
        if (head.contains("\nconnection: close"))
            c.socket.abort();
        next(writer);
    };
    for (int w = 0; w < writers; ++w) {
        connections.push_back(std::make_unique<Connection>());
        QObject::connect(&connections.back()->socket, &QTcpSocket::readyRead, &loop,
                         [&, w] { received(w); });
        // Closed with a request unanswered: counted as refused, and the writer goes on.
        QObject::connect(&connections.back()->socket, &QTcpSocket::disconnected, &loop, [&, w] {
            Connection &c = *connections.at(w);
            if (!c.waiting)
                return;
            c.waiting = false;
            c.received.clear();
            if (++figure.failed == 1)
                print(u"  first refusal: the connection closed"_s);
            next(w);
        });
    }
    timer.start();
    for (int w = 0; w < writers; ++w)
        next(w);
    loop.exec();
    figure.seconds = double(timer.elapsed()) / 1000;
    return figure;
}

// A member's client syncing while the writers write: it pages the feed from where it was,
// straight on while there is more and every 100 ms once up to date (ten syncs a second, as about
// 3,000 clients make at Soudan's default of one every five minutes). It counts the answers it is
// given; stop() asks it to finish at the end of the feed, and how long that took after the
// writers stopped.
class FeedReader final : public QThread
{
public:
    FeedReader(QUrl server, QString token, QString cursor)
        : m_server(std::move(server))
        , m_token(std::move(token))
        , m_cursor(std::move(cursor))
    {}

    void stop()
    {
        m_stopped.start();
        m_stop = true;
    }
    QString cursor() const { return m_cursor; }
    qsizetype answers() const { return m_answers.size(); }
    int pages() const { return m_pages; }
    qint64 caughtUpMs() const { return m_caughtUpMs; }
    QString error() const { return m_error; }

    // Pages from the cursor to the end of the feed, on the calling thread.
    static QString catchUp(const QUrl &server, const QString &token, QString cursor)
    {
        FeedReader reader(server, token, std::move(cursor));
        reader.m_stop = true;
        reader.run();
        return reader.m_error.isEmpty() ? reader.m_cursor : QString();
    }

protected:
    void run() override
    {
        Http http(m_server);
        http.setToken(m_token);
        for (;;) {
            const bool last = m_stop; // asked to stop before this pass: it reads to the end
            const FeedRead read = readFeed(http, m_cursor);
            if (read.failed) {
                m_error = u"the feed could not be read (the warning above says why)"_s;
                return;
            }
            m_pages += read.pages;
            for (const QString &id : read.of(u"answer"_s).keys())
                m_answers.insert(id);
            m_cursor = read.cursor;
            if (last) {
                m_caughtUpMs = m_stopped.isValid() ? m_stopped.elapsed() : 0;
                return;
            }
            QThread::msleep(100);
        }
    }

private:
    QUrl m_server;
    QString m_token;
    QString m_cursor;
    QSet<QString> m_answers;
    int m_pages = 0;
    std::atomic<bool> m_stop = false;
    QElapsedTimer m_stopped;
    qint64 m_caughtUpMs = 0;
    QString m_error;
};

// One backend and one board of threadCount open questions, 16 members; the writer counts in
// turn, each answering the questions one after another from its own place, while a member's
// client syncs (when reading).
using Writer = Figure (*)(const QUrl &, const QStringList &, const QStringList &, int, double);

bool measure(ServerProcess::Backend backend, const QList<int> &writerCounts, double seconds,
             int threadCount, Writer write, bool reading, QStringList *lines)
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
    if (!server.addUser(u"reader"_s))
        return false;
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
    const QString readerToken =
        Http(server.url()).login(u"reader"_s, ServerProcess::passwordOf(u"reader"_s));
    QString cursor = reading ? FeedReader::catchUp(server.url(), readerToken, {}) : QString();
    if (reading && cursor.isEmpty())
        return false;
    int written = 0;
    for (const int writers : writerCounts) {
        std::optional<FeedReader> reader;
        if (reading) {
            reader.emplace(server.url(), readerToken, cursor);
            reader->start();
        }
        const Figure f = write(server.url(), tokens, threads, writers, seconds);
        QString read;
        if (reader) {
            reader->stop();
            reader->wait();
            if (!reader->error().isEmpty() || reader->answers() != f.written) {
                print(u"  the reader was given %1 of the %2 answers: %3"_s.arg(reader->answers())
                          .arg(f.written)
                          .arg(reader->error()));
                return false;
            }
            cursor = reader->cursor();
            read =
                u"; a reader: every answer, %1 pages, up to date %2 ms after"_s.arg(reader->pages())
                    .arg(reader->caughtUpMs());
        }
        lines->append(u"  %1 %2 writers: %3 answers in %4 s = %5 answers/s (%6 refused)%7"_s.arg(
            name.leftJustified(10), QString::number(writers).rightJustified(2),
            QString::number(f.written), QString::number(f.seconds, 'f', 1),
            QString::number(qRound(f.written / f.seconds)), QString::number(f.failed), read));
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
    const QCommandLineOption clientOption(
        u"client"_s,
        u"raw (HTTP/1.1 written by hand on one thread, the default) or qt (a "
        "QNetworkAccessManager each)."_s,
        u"name"_s, u"raw"_s);
    const QCommandLineOption backendOption(
        u"backend"_s, u"sqlite or postgresql: that one alone (both by default)."_s, u"name"_s);
    const QCommandLineOption noReaderOption(
        u"no-reader"_s, u"No member's client syncing while the writers write."_s);
    parser.addOptions({secondsOption, threadsOption, clientOption, backendOption, noReaderOption});
    parser.process(app);
    const double seconds = qMax(0.5, parser.value(secondsOption).toDouble());
    const QList<int> writers = {1, 4, 16};
    const QString only = parser.value(backendOption);
    const Writer write = parser.value(clientOption) == u"qt"_s ? writeWithQt : writeRaw;
    const bool reading = !parser.isSet(noReaderOption);

    // A board as real ones are (conlang.meta's dump: 115 answers to 54 questions), where the
    // writers' answers spread over many questions; and a crowded one, where every writer
    // answers every question and so follows it, and each answer tells up to 16 members.
    QList<int> boards = {10000, 200};
    if (parser.isSet(threadsOption))
        boards = {qMax(1, parser.value(threadsOption).toInt())};
    print(u"bench_writes: answers written through HTTP by concurrent writers, %1 s each (%2 "
          "clients%3)"_s.arg(seconds)
              .arg(write == writeRaw ? u"raw"_s : u"Qt"_s)
              .arg(reading ? u", a member's client syncing"_s : QString()));
    QStringList lines;
    for (const int board : std::as_const(boards)) {
        print(u"board of %1 open questions:"_s.arg(board));
        if (only != u"postgresql"_s && !measure(ServerProcess::Backend::SQLite, writers, seconds,
                                                board, write, reading, &lines))
            return 1;
        if (only == u"sqlite"_s)
            continue;
        const QString why = ServerProcess::unavailable(ServerProcess::Backend::PostgreSQL);
        if (!why.isEmpty()) {
            print(u"  PostgreSQL: skipped (%1)"_s.arg(why));
            continue;
        }
        if (!measure(ServerProcess::Backend::PostgreSQL, writers, seconds, board, write, reading,
                     &lines))
            return 1;
    }
    return 0;
}
