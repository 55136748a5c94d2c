#include "server/commands.h"

#include "domain/jsoncodec.h"
#include "domain/postid.h"
#include "domain/vocabulary.h"
#include "resources/demoboard.h"
#include "server/accounts.h"
#include "server/api.h"
#include "server/backup.h"
#include "server/board.h"
#include "server/feed.h"
#include "server/frontdoor.h"
#include "server/posts.h"
#include "server/serverconfig.h"
#include "server/serverlog.h"
#include "server/stackexchange.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <httplib.h>
#include <pthread.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Soudan::Server::Commands {

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &text, int code = 1)
{
    std::fputs(qPrintable(u"soudan-server: "_s + text + u'\n'), stderr);
    return code;
}

int fail(const Failure &f)
{
    return fail(f.message, f.status == 2 ? 2 : 1);
}

const char *Usage = R"(Usage: soudan-server COMMAND [options]

Commands:
  serve                   answer API v1 over HTTP
                          --listen HOST:PORT (127.0.0.1:8080; port 0 picks a free one)
                          --threads N (8)  --rate-limit REQUESTS_PER_MINUTE (1200)
                          --burst N (200)  --max-body BYTES (65536)
                          --read-timeout SECONDS (10): the most a whole request may take
                          --token-days DAYS (30)
                          --trust-proxy ADDRESS: a proxy in front (nginx) whose X-Real-IP
                          header names the client, for rate limits and the log
                          --connections-per-address N (64; the trusted proxy has no cap)
                          --log-format text|json (text): the request log on standard error
  user add NAME           add a user; the password is read from standard input
  user revoke NAME        end every sign-in (token) of the user
  user disable NAME       end every sign-in and remove the password: no more signing in
  user passwd NAME        a new password from standard input; every sign-in ends
                          --role member|moderator (member)  --display-name TEXT
  hide ID --reason TEXT   hide a thread (with its answers) or an answer
  restore ID              show a hidden thread or answer again
  import-demo             load the demo board (the same as the client's)
  import-stackexchange DIR --category NAME [--side contractor|client]
                          load a Stack Exchange site dump into one category
  generate-board --threads N [--answers-per-thread N] [--ids time-ordered|random]
                          fill the board with generated threads (load tests); post ids
                          time-ordered as Soudan makes them (the default), or random
  prune --older-than DAYS delete hidden posts and tombstones older than DAYS;
                          clients with older cursors start again from the beginning
  migrate                 create or upgrade the schema and exit
  backup --to FILE        copy a SQLite board to FILE while it serves (SQLite's online
                          backup API; restore: stop the server, put FILE in its place)

Every command takes --db URL: a SQLite file (./soudan-server.sqlite) or
postgresql://user[:password]@host:port/database.
Every command takes --config FILE (or $SOUDAN_CONFIG): `name = value` lines naming its long
options (db = /var/lib/soudan-server/board.sqlite). $SOUDAN_<NAME> (SOUDAN_DB, SOUDAN_LISTEN,
SOUDAN_RATE_LIMIT, ...) overrides the file; the command line overrides both.
)";

// serve's options: also the settings a config file may hold, with db (serverconfig.h).
QList<QCommandLineOption> serveOptions()
{
    return {
        {u"listen"_s, u"address"_s, u"host:port"_s, u"127.0.0.1:8080"_s},
        {u"threads"_s, u"worker threads"_s, u"n"_s, u"8"_s},
        {u"rate-limit"_s, u"requests a minute per client"_s, u"n"_s, u"1200"_s},
        {u"burst"_s, u"requests in a burst"_s, u"n"_s, u"200"_s},
        {u"max-body"_s, u"largest request body"_s, u"bytes"_s, u"65536"_s},
        {u"read-timeout"_s, u"seconds"_s, u"s"_s, u"10"_s},
        {u"token-days"_s, u"days a token lasts"_s, u"days"_s, u"30"_s},
        {u"trust-proxy"_s, u"proxy whose X-Real-IP names the client"_s, u"address"_s},
        {u"connections-per-address"_s, u"connections one address may hold"_s, u"n"_s, u"64"_s},
        {u"log-format"_s, u"text or json"_s, u"format"_s, u"text"_s},
    };
}

QStringList serviceSettings()
{
    QStringList names{u"db"_s};
    for (const QCommandLineOption &option : serveOptions())
        names << option.names().constFirst();
    return names;
}

struct Parsed
{
    QCommandLineParser parser;
    QStringList positional;
};

std::unique_ptr<Parsed> parse(const QStringList &arguments,
                              const QList<QCommandLineOption> &options, QString *error)
{
    auto p = std::make_unique<Parsed>();
    p->parser.addOption({u"db"_s, u"database URL"_s, u"url"_s});
    p->parser.addOption({u"config"_s, u"config file"_s, u"file"_s});
    p->parser.addOptions(options);
    QStringList names{u"db"_s};
    for (const QCommandLineOption &option : options)
        names << option.names().constFirst();
    const Outcome<QStringList> withSettings =
        Config::withSettings(arguments, names, serviceSettings());
    if (!withSettings.ok()) {
        *error = withSettings.failure().message;
        return nullptr;
    }
    if (!p->parser.parse(QStringList{u"soudan-server"_s} + withSettings.value())) {
        *error = p->parser.errorText();
        return nullptr;
    }
    p->positional = p->parser.positionalArguments();
    return p;
}

Outcome<Database> openDatabase(const QCommandLineParser &parser)
{
    QString url = parser.value(u"db"_s);
    if (url.isEmpty())
        url = qEnvironmentVariable("SOUDAN_DB", u"soudan-server.sqlite"_s);
    Outcome<Database> db = Database::fromUrl(url);
    if (!db.ok())
        return db;
    const Outcome<int> migrated = db->migrate();
    if (!migrated.ok())
        return migrated.failure();
    return db;
}

QString readPassword()
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs("Password: ", stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return password;
}

int serve(const QStringList &arguments)
{
    const QList<QCommandLineOption> options = serveOptions();
    QString error;
    auto p = parse(arguments, options, &error);
    if (!p)
        return fail(error, 2);
    const QCommandLineParser &parser = p->parser;
    ServeOptions o;
    const QString listen = parser.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    o.port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    o.host = listen.left(colon);
    if (!portOk || o.port < 0 || o.port > 65535 || o.host.isEmpty())
        return fail(u"--listen wants HOST:PORT, for example 127.0.0.1:8080"_s, 2);
    QString outOfRange;
    auto number = [&](const QString &name, int min, int max, int *target) {
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < min || value > max) {
            outOfRange = u"--%1 wants a number from %2 to %3, not \"%4\""_s.arg(
                name, QString::number(min), QString::number(max), parser.value(name));
            return false;
        }
        *target = value;
        return true;
    };
    if (!number(u"threads"_s, 1, 256, &o.threads) ||
        !number(u"rate-limit"_s, 1, 10000000, &o.rateLimitPerMinute) ||
        !number(u"burst"_s, 1, 10000000, &o.rateBurst) ||
        !number(u"max-body"_s, 1024, 64 * 1024 * 1024, &o.maxBodyBytes) ||
        !number(u"read-timeout"_s, 1, 3600, &o.readTimeoutSeconds) ||
        !number(u"token-days"_s, 1, 3650, &o.tokenDays))
        return fail(outOfRange, 2);

    const QString logFormat = parser.value(u"log-format"_s);
    if (logFormat != u"text"_s && logFormat != u"json"_s)
        return fail(u"--log-format is text or json"_s, 2);
    Log::setFormat(logFormat == u"json"_s ? Log::Format::Json : Log::Format::Text);
    const Outcome<Database> db = openDatabase(parser);
    if (!db.ok())
        return fail(db.failure());
    const Board board(db.value());
    Api api(board, o);
    Dispatcher dispatcher;
    api.install(dispatcher);
    FrontDoorOptions door;
    door.limits.maxBody = size_t(o.maxBodyBytes);
    door.threads = o.threads;
    door.requestSeconds = o.readTimeoutSeconds;
    door.trustedProxy = parser.value(u"trust-proxy"_s).toStdString();
    if (!number(u"connections-per-address"_s, 1, 100000, &door.connectionsPerAddress))
        return fail(outOfRange, 2);
    FrontDoor server(dispatcher, door);

    // SIGINT and SIGTERM stop the server cleanly: a thread waits for them, so that nothing
    // unsafe runs in a signal handler. The mask is inherited by every thread made after it.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::thread stopper([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        server.stop();
    });

    const int port = server.bind(o.host.toStdString(), o.port);
    if (port <= 0) {
        pthread_kill(stopper.native_handle(), SIGTERM);
        stopper.join();
        return fail(u"cannot listen on %1"_s.arg(listen));
    }
    const QString url = u"http://%1:%2"_s.arg(o.host, QString::number(port));
    Log::event(u"listening"_s,
               u"soudan-server %1 listening on %2 (database %3)"_s.arg(
                   QStringLiteral(SOUDAN_VERSION), url, db->describe()),
               url);
    server.run();
    if (stopper.joinable()) {
        pthread_kill(stopper.native_handle(), SIGTERM);
        stopper.join();
    }
    Log::event(u"stopped"_s, u"soudan-server stopped"_s);
    return 0;
}

int userCommand(const QStringList &arguments)
{
    QString error;
    auto p = parse(arguments,
                   {{u"role"_s, u"member or moderator"_s, u"role"_s, u"member"_s},
                    {u"display-name"_s, u"name shown"_s, u"text"_s}},
                   &error);
    if (!p)
        return fail(error, 2);
    const QString verb = p->positional.value(0);
    if (p->positional.size() == 2 && verb != u"add"_s) {
        using Change = Accounts::AccountChange;
        const std::optional<Change> change = verb == u"revoke"_s    ? std::optional(Change::Revoke)
                                             : verb == u"disable"_s ? std::optional(Change::Disable)
                                             : verb == u"passwd"_s
                                                 ? std::optional(Change::SetPassword)
                                                 : std::nullopt;
        if (!change)
            return fail(u"usage: soudan-server user add|revoke|disable|passwd NAME"_s, 2);
        const Outcome<Database> db = openDatabase(p->parser);
        if (!db.ok())
            return fail(db.failure());
        const QString password = *change == Change::SetPassword ? readPassword() : QString();
        const Outcome<int> ended =
            Board(db.value()).accounts().change(p->positional.at(1), *change, password);
        if (!ended.ok())
            return fail(ended.failure());
        out(u"%1 %2: %3 sign-in(s) ended%4"_s.arg(verb, p->positional.at(1))
                .arg(ended.value())
                .arg(*change == Change::Disable ? u"; it signs in no more until user passwd"_s
                                                : QString()));
        return 0;
    }
    if (p->positional.size() != 2 || verb != u"add"_s)
        return fail(u"usage: soudan-server user add|revoke|disable|passwd NAME"_s, 2);
    const std::optional<Role> role = Wire::parse<Role>(p->parser.value(u"role"_s));
    if (!role)
        return fail(u"--role is one of: %1"_s.arg(Wire::allNames<Role>().join(u", "_s)), 2);
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    const QString password = readPassword();
    const Outcome<qint64> id =
        Board(db.value())
            .accounts()
            .addUser(p->positional.at(1), p->parser.value(u"display-name"_s), *role, password);
    if (!id.ok())
        return fail(id.failure());
    out(u"added %1 %2 (user %3)"_s.arg(Wire::name(*role), p->positional.at(1)).arg(id.value()));
    return 0;
}

int hideOrRestore(const QStringList &arguments, bool hide)
{
    QString error;
    auto p = parse(arguments, {{u"reason"_s, u"why"_s, u"text"_s}}, &error);
    if (!p)
        return fail(error, 2);
    const QUuid id = p->positional.size() == 1 ? QUuid::fromString(p->positional.at(0)) : QUuid();
    if (id.isNull())
        return fail(hide ? u"usage: soudan-server hide UUID --reason TEXT"_s
                         : u"usage: soudan-server restore UUID"_s,
                    2);
    const QString reason = p->parser.value(u"reason"_s).trimmed();
    if (hide && reason.isEmpty())
        return fail(u"say why with --reason TEXT"_s, 2);
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    const Outcome<EntityKind> kind = Board(db.value()).posts().setHidden(id, hide, reason);
    if (!kind.ok())
        return fail(kind.failure());
    out(u"%1 %2 %3"_s.arg(hide ? u"hid"_s : u"restored"_s,
                          kind.value() == EntityKind::Thread ? u"thread"_s : u"answer"_s,
                          id.toString(QUuid::WithoutBraces)));
    return 0;
}

void printSummary(const ImportSummary &s)
{
    out(u"imported %1 categories, %2 users, %3 threads (%4 resolved, %5 closed), %6 answers"_s
            .arg(s.categories)
            .arg(s.users)
            .arg(s.threads)
            .arg(s.resolved)
            .arg(s.closed)
            .arg(s.answers));
    if (s.unchanged > 0)
        out(u"%1 of those rows were on the board as they are: not written again"_s.arg(
            s.unchanged));
}

int importDemo(const QStringList &arguments)
{
    QString error;
    auto p = parse(arguments, {}, &error);
    if (!p)
        return fail(error, 2);
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    const Result<ChangeSet> board = demoBoard();
    if (!board)
        return fail(board.error());
    const Outcome<ImportSummary> summary =
        Board(db.value()).posts().import(board.value(), Posts::UserIds::Keep);
    if (!summary.ok())
        return fail(summary.failure());
    printSummary(summary.value());
    return 0;
}

int importStackExchange(const QStringList &arguments)
{
    QString error;
    auto p = parse(arguments,
                   {{u"category"_s, u"category name"_s, u"name"_s},
                    {u"side"_s, u"contractor or client"_s, u"side"_s, u"contractor"_s}},
                   &error);
    if (!p)
        return fail(error, 2);
    const QString category = p->parser.value(u"category"_s).trimmed();
    if (p->positional.size() != 1 || category.isEmpty())
        return fail(u"usage: soudan-server import-stackexchange DIR --category NAME"_s, 2);
    const std::optional<Side> side = Wire::parse<Side>(p->parser.value(u"side"_s));
    if (!side)
        return fail(u"--side is one of: %1"_s.arg(Wire::allNames<Side>().join(u", "_s)), 2);
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    const Board board(db.value());
    const Outcome<qint64> categoryId = board.posts().categoryNamed(category, *side, std::nullopt);
    if (!categoryId.ok())
        return fail(categoryId.failure());
    const Outcome<StackExchangeDump::Contents> dump =
        StackExchangeDump::read(p->positional.at(0), categoryId.value());
    if (!dump.ok())
        return fail(dump.failure());
    const Outcome<ImportSummary> summary =
        board.posts().import(dump->changes, Posts::UserIds::ByLogin, dump->logins);
    if (!summary.ok())
        return fail(summary.failure());
    printSummary(summary.value());
    if (dump->closedAndResolved > 0) {
        out(u"%1 resolved threads were closed as well (their question says so at the end)"_s.arg(
            dump->closedAndResolved));
    }
    if (dump->skipped > 0)
        out(u"skipped %1 rows (other post types, answers without their question)"_s.arg(
            dump->skipped));
    return 0;
}

int generateBoard(const QStringList &arguments)
{
    QString error;
    auto p = parse(arguments,
                   {{u"threads"_s, u"threads"_s, u"n"_s, u"1000"_s},
                    {u"answers-per-thread"_s, u"answers"_s, u"n"_s, u"5"_s},
                    {u"ids"_s, u"ids"_s, u"kind"_s, u"time-ordered"_s}},
                   &error);
    if (!p)
        return fail(error, 2);
    const int threads = p->parser.value(u"threads"_s).toInt();
    const int answersPer = p->parser.value(u"answers-per-thread"_s).toInt();
    const QString ids = p->parser.value(u"ids"_s);
    if (threads < 1 || threads > 10000000 || answersPer < 0 || answersPer > 100 ||
        (ids != u"time-ordered"_s && ids != u"random"_s))
        return fail(
            u"--threads 1..10000000, --answers-per-thread 0..100, --ids time-ordered|random"_s, 2);
    // As Soudan makes them (domain/postid.h), or as random as older clients' and imports'.
    auto postId = [ordered = ids == u"time-ordered"_s](const QString &name, const QDateTime &at) {
        const QUuid named = QUuid::createUuidV5(QUuid(), name);
        return ordered ? PostId::timeOrdered(at.toMSecsSinceEpoch(), named) : named;
    };
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    const Board board(db.value());

    ChangeSet base;
    base.categories = {{1, std::nullopt, u"受注者からの相談"_s, Side::Contractor, 1},
                       {11, 1, u"生成された相談(受注者)"_s, Side::Contractor, 1},
                       {2, std::nullopt, u"発注者からの相談"_s, Side::Client, 2},
                       {21, 2, u"生成された相談(発注者)"_s, Side::Client, 1}};
    for (int u = 0; u < 200; ++u)
        base.users.append({100000 + u, u"生成ユーザー%1"_s.arg(u), Role::Member});
    if (const auto done = board.posts().import(base, Posts::UserIds::Keep); !done.ok())
        return fail(done.failure());

    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    constexpr int Batch = 2000;
    ImportSummary total;
    for (int first = 0; first < threads; first += Batch) {
        ChangeSet batch;
        for (int n = first; n < qMin(threads, first + Batch); ++n) {
            Thread t;
            t.createdAt = start.addSecs(qint64(n) * 30);
            t.id = postId(u"generated/thread/%1"_s.arg(n), t.createdAt);
            t.categoryId = n % 2 ? 21 : 11;
            t.authorId = 100000 + n % 200;
            t.title = u"生成された相談 %1: 契約と報酬、納期について"_s.arg(n);
            t.body =
                u"生成された本文です。契約の前にメッセージで条件を確認し、仮払いを済ませてから作業を始めます。"_s
                    .repeated(1 + n % 4);
            t.viewCount = n % 997;
            t.answerCount = answersPer;
            for (int a = 0; a < answersPer; ++a) {
                Answer answer;
                answer.createdAt = t.createdAt.addSecs(60 * (a + 1));
                answer.id = postId(u"generated/answer/%1/%2"_s.arg(n).arg(a), answer.createdAt);
                answer.threadId = t.id;
                answer.authorId = 100000 + (n + a + 1) % 200;
                answer.body =
                    u"生成された回答です。相場は作業量によりますが、まずは見積もりを。"_s.repeated(
                        1 + a % 3);
                batch.answers.append(answer);
            }
            t.lastActivityAt = t.createdAt.addSecs(60 * answersPer);
            batch.threads.append(t);
        }
        const Outcome<ImportSummary> done = board.posts().import(batch, Posts::UserIds::Keep);
        if (!done.ok())
            return fail(done.failure());
        total.threads += done->threads;
        total.answers += done->answers;
    }
    out(u"generated %1 threads and %2 answers"_s.arg(total.threads).arg(total.answers));
    return 0;
}

int prune(const QStringList &arguments)
{
    QString error;
    auto p = parse(arguments, {{u"older-than"_s, u"days"_s, u"days"_s}}, &error);
    if (!p)
        return fail(error, 2);
    bool ok = false;
    const double days = p->parser.value(u"older-than"_s).toDouble(&ok);
    if (!ok || days < 0)
        return fail(u"usage: soudan-server prune --older-than DAYS"_s, 2);
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    const Outcome<PruneSummary> s = Board(db.value()).feed().prune(qint64(days * 24 * 3600 * 1000));
    if (!s.ok())
        return fail(s.failure());
    out(u"deleted %1 hidden threads and %2 hidden answers; dropped %3 tombstones; cursors below %4 now reset"_s
            .arg(s->threads)
            .arg(s->answers)
            .arg(s->tombstones)
            .arg(s->horizon));
    return 0;
}

int backup(const QStringList &arguments)
{
    QString error;
    auto p = parse(arguments, {{u"to"_s, u"file"_s, u"FILE"_s}}, &error);
    if (!p)
        return fail(error, 2);
    const QString to = p->parser.value(u"to"_s);
    if (to.isEmpty())
        return fail(u"usage: soudan-server backup --to FILE"_s, 2);
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    const Outcome<qint64> pages = backupSqlite(db.value(), to);
    if (!pages.ok())
        return fail(pages.failure());
    out(u"backed up %1 pages of %2 to %3"_s.arg(QString::number(pages.value()), db->describe(),
                                                to));
    return 0;
}

int migrate(const QStringList &arguments)
{
    QString error;
    auto p = parse(arguments, {}, &error);
    if (!p)
        return fail(error, 2);
    const Outcome<Database> db = openDatabase(p->parser);
    if (!db.ok())
        return fail(db.failure());
    out(u"database %1 is up to date"_s.arg(db->describe()));
    return 0;
}

} // namespace

int run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"serve"_s)
        return serve(rest);
    if (command == u"user"_s)
        return userCommand(rest);
    if (command == u"hide"_s)
        return hideOrRestore(rest, true);
    if (command == u"restore"_s)
        return hideOrRestore(rest, false);
    if (command == u"import-demo"_s)
        return importDemo(rest);
    if (command == u"import-stackexchange"_s)
        return importStackExchange(rest);
    if (command == u"generate-board"_s)
        return generateBoard(rest);
    if (command == u"prune"_s)
        return prune(rest);
    if (command == u"migrate"_s)
        return migrate(rest);
    if (command == u"backup"_s)
        return backup(rest);
    if (command == u"--version"_s || command == u"version"_s) {
        out(u"soudan-server "_s + QStringLiteral(SOUDAN_VERSION));
        return 0;
    }
    if (command.isEmpty() || command == u"help"_s || command == u"--help"_s || command == u"-h"_s) {
        std::fputs(Usage, stdout);
        return command.isEmpty() ? 2 : 0;
    }
    std::fputs(Usage, stderr);
    return fail(u"unknown command \"%1\""_s.arg(command), 2);
}

} // namespace Soudan::Server::Commands
