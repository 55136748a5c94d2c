#include "server/api.h"

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "domain/vocabulary.h"
#include "server/accounts.h"
#include "server/activityroutes.h"
#include "server/apisupport.h"
#include "server/feed.h"
#include "server/idempotency.h"
#include "server/metrics.h"
#include "server/opsroutes.h"
#include "server/ownpostroutes.h"
#include "server/posts.h"
#include "server/reports.h"
#include "server/serverlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <httplib.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using namespace Http;

namespace {

using Clock = std::chrono::steady_clock;

// A path as the log shows it: at most 200 bytes, and control characters (a decoded %0A, NUL) as
// %XX, so that a request can never write a line of its own into the log.
QString loggable(const std::string &path)
{
    QByteArray out;
    for (const char c : path.substr(0, 200)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || c == '%')
            out += '%' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return QString::fromUtf8(out);
}

// What the request log needs from the handler that ran on this thread.
thread_local Clock::time_point t_requestStart;
thread_local qint64 t_requestUser = 0;

} // namespace

struct Api::Impl
{
    const Board &board;
    ServeOptions options;
    RateLimiter limiter;
    SignInDelays signInDelays;
    Metrics metrics;

    Impl(const Board &b, const ServeOptions &o)
        : board(b)
        , options(o)
        , limiter(o.rateLimitPerMinute, o.rateBurst)
    {}

    using Route = std::function<Reply(const Context &)>;

    httplib::Server::Handler wrap(Route route)
    {
        return [this, route](const httplib::Request &req, httplib::Response &res) {
            std::optional<AuthUser> user;
            const std::string authorization = req.get_header_value("Authorization");
            if (!authorization.empty()) {
                const QString header = QString::fromStdString(authorization);
                if (!header.startsWith(u"Bearer "_s)) {
                    send(res,
                         error(401, u"invalid_token"_s, u"Use Authorization: Bearer <token>."_s));
                    return;
                }
                const Outcome<std::optional<AuthUser>> found =
                    board.accounts().userForToken(header.mid(7).trimmed());
                if (!found.ok()) {
                    send(res, error(found.failure()));
                    return;
                }
                user = *found;
                if (!user) {
                    // Wrong tokens are paid for like requests without one: guessing is limited.
                    const QString address = u"addr:"_s + QString::fromStdString(req.remote_addr);
                    if (const int wait = limiter.admit(address)) {
                        res.set_header("Retry-After", std::to_string(wait));
                        send(res, error(429, u"too_many_requests"_s,
                                        u"Too many requests: try again in %1 s."_s.arg(wait)));
                        return;
                    }
                    send(res, error(401, u"invalid_token"_s,
                                    u"The token is unknown or has expired: sign in again."_s));
                    return;
                }
                t_requestUser = user->id;
            }
            const QString client = user ? u"user:"_s + QString::number(user->id)
                                        : u"addr:"_s + QString::fromStdString(req.remote_addr);
            if (const int wait = limiter.admit(client)) {
                res.set_header("Retry-After", std::to_string(wait));
                send(res, error(429, u"too_many_requests"_s,
                                u"Too many requests: try again in %1 s."_s.arg(wait)));
                return;
            }
            RequestWrites &writes = RequestWrites::current();
            writes = {};
            const std::string key = req.get_header_value("Idempotency-Key");
            if (key.empty() || !user || req.method == "GET") {
                send(res, run(route, Context{req, user}));
                return;
            }
            // The first response to a key is kept and given again to the same request; the same
            // key on another request is a client's mistake.
            if (key.size() > 100) {
                send(res, error(400, u"invalid_idempotency_key"_s,
                                u"Idempotency-Key has at most 100 characters."_s));
                return;
            }
            writes.userId = user->id;
            writes.key = QString::fromStdString(key);
            writes.requestHash = QString::fromLatin1(
                QCryptographicHash::hash(
                    QByteArray::fromStdString(req.method + ' ' + req.path + '\n' + req.body),
                    QCryptographicHash::Sha256)
                    .toHex());
            if (replay(res, writes))
                return;
            const Reply reply = run(route, Context{req, user});
            // A duplicate that came at the same time and wrote first: its answer is this one's
            // (also when this one was refused before it wrote, seeing the duplicate's effect).
            if ((writes.replay || (!writes.committed && reply.status >= 400)) &&
                replay(res, writes))
                return;
            send(res, reply);
            // Only what was done is kept: a refusal changed nothing, so the same key may carry
            // the request again, changed (an edit, a moderator's action on a newer version).
            if (writes.committed) {
                const bool ok = reply.status >= 200 && reply.status < 300;
                const Outcome<bool> kept = board.idempotency().finish(
                    user->id, writes.key,
                    {writes.requestHash, ok ? reply.status : 200,
                     ok ? QByteArray::fromStdString(res.body) : QByteArray("{}"), 0});
                if (!kept.ok()) // its duplicates wait for it, then answer without a body
                    Log::event(u"idempotency"_s, kept.failure().message);
            }
        };
    }

    // The route, once more if the database could not order it against another writer (nothing
    // of it stayed).
    static Reply run(const Route &route, const Context &c)
    {
        RequestWrites &writes = RequestWrites::current();
        for (int attempt = 1;; ++attempt) {
            writes.retryable = false;
            Reply reply = route(c);
            if (reply.status < 500 || !writes.retryable || writes.committed || writes.replay ||
                attempt == 4)
                return reply;
            std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt + std::rand() % 10));
        }
    }

    // Answers with the kept response to the request's key, if there is one.
    bool replay(httplib::Response &res, const RequestWrites &writes)
    {
        Outcome<std::optional<StoredResponse>> found =
            board.idempotency().stored(writes.userId, writes.key);
        // Done, its response about to be added by the request that did it: wait for it a little
        // (a key left at 0 by a crash is answered as done, without a body).
        for (int wait = 0; wait < 250 && found.ok() && *found && (*found)->status == 0 &&
                           QDateTime::currentMSecsSinceEpoch() - (*found)->createdMs < 30000;
             ++wait) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            Database::finishStatements(); // a fresh look (SQLite: no snapshot held over)
            found = board.idempotency().stored(writes.userId, writes.key);
        }
        if (!found.ok()) {
            send(res, error(found.failure()));
            return true;
        }
        const std::optional<StoredResponse> &stored = *found;
        if (!stored)
            return false;
        if (stored->requestHash != writes.requestHash) {
            send(res, error(409, u"idempotency_key_reused"_s,
                            u"This Idempotency-Key was used for another request."_s));
            return true;
        }
        res.status = stored->status == 0 ? 200 : stored->status;
        res.set_header("Idempotent-Replayed", "true");
        const QByteArray body = stored->status == 0 ? QByteArray("{}") : stored->body;
        if (!body.isEmpty())
            res.set_content(body.constData(), size_t(body.size()),
                            "application/json; charset=utf-8");
        return true;
    }

    Reply health(const Context &)
    {
        return {200, {{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(SOUDAN_VERSION)}}};
    }

    Reply login(const Context &c)
    {
        const Result<Credentials> credentials = ApiCodec::decodeCredentials(c.body());
        if (!credentials)
            return invalidBody(credentials.error());
        // Guessing a password gets slower with every wrong one.
        const QString account = credentials->user.toCaseFolded();
        if (const int wait = signInDelays.waitFor(account)) {
            Reply reply =
                error(429, u"sign_in_delayed"_s,
                      u"Too many wrong passwords for this account: try again in %1 s."_s.arg(wait));
            reply.retryAfter = wait;
            return reply;
        }
        const Outcome<Session> session =
            board.accounts().login(credentials.value(), options.tokenDays);
        if (!session.ok()) {
            if (session.failure().status == 401)
                signInDelays.failed(account);
            return error(session.failure());
        }
        signInDelays.succeeded(account);
        t_requestUser = session->user.id;
        return {200, ApiCodec::encode(session.value())};
    }

    Reply logout(const Context &c)
    {
        if (!c.user)
            return signInFirst();
        const Outcome<bool> done = board.accounts().logout(
            QString::fromStdString(c.request.get_header_value("Authorization")).mid(7).trimmed());
        if (!done.ok())
            return error(done.failure());
        return {204, {}, true};
    }

    Reply categories(const Context &)
    {
        const Outcome<QList<Category>> list = board.posts().categories();
        if (!list.ok())
            return error(list.failure());
        QJsonArray array;
        for (const Category &category : list.value())
            array.append(JsonCodec::encode(category));
        return {200, {{u"categories"_s, array}}};
    }

    Reply changes(const Context &c)
    {
        const QString cursor = QString::fromStdString(c.request.get_param_value("cursor"));
        int limit = 500;
        if (c.request.has_param("limit")) {
            bool ok = false;
            limit = QString::fromStdString(c.request.get_param_value("limit")).toInt(&ok);
            if (!ok)
                return error(400, u"invalid_limit"_s, u"limit must be between 1 and 1000."_s);
        }
        const Outcome<ChangesPage> page =
            board.feed().changes(cursor, limit, c.user.value_or(AuthUser{}));
        if (!page.ok()) {
            Reply reply = error(page.failure());
            if (page.failure().status == 410)
                reply.body.insert(u"reset"_s, true);
            return reply;
        }
        return {200, ApiCodec::encode(page.value())};
    }

    Reply putThread(const Context &c)
    {
        const auto id = uuidFrom(c.match(1));
        if (!id)
            return badId(c.match(1));
        if (!c.user)
            return signInFirst();
        const Result<QuestionInput> question = ApiCodec::decodeQuestion(c.body());
        if (!question)
            return invalidBody(question.error());
        const auto written = board.posts().putThread(*c.user, *id, question.value());
        if (!written.ok())
            return error(written.failure());
        return {written->created ? 201 : 200, JsonCodec::encode(written->value)};
    }

    Reply putAnswer(const Context &c)
    {
        const auto threadId = uuidFrom(c.match(1));
        const auto id = uuidFrom(c.match(2));
        if (!threadId || !id)
            return badId(threadId ? c.match(2) : c.match(1));
        if (!c.user)
            return signInFirst();
        const Result<AnswerInput> answer = ApiCodec::decodeAnswerInput(c.body());
        if (!answer)
            return invalidBody(answer.error());
        const auto written = board.posts().putAnswer(*c.user, *threadId, *id, answer.value());
        if (!written.ok())
            return error(written.failure());
        return {written->created ? 201 : 200, JsonCodec::encode(written->value)};
    }

    Reply bestAnswer(const Context &c)
    {
        const auto threadId = uuidFrom(c.match(1));
        if (!threadId)
            return badId(c.match(1));
        if (!c.user)
            return signInFirst();
        const Result<BestAnswerInput> choice = ApiCodec::decodeBestAnswer(c.body());
        if (!choice)
            return invalidBody(choice.error());
        const auto written = board.posts().chooseBestAnswer(*c.user, *threadId, choice.value());
        if (!written.ok())
            return error(written.failure());
        return {200, JsonCodec::encode(written->value)};
    }

    Reply thanks(const Context &c)
    {
        const auto threadId = uuidFrom(c.match(1));
        if (!threadId)
            return badId(c.match(1));
        if (!c.user)
            return signInFirst();
        const Result<ThanksInput> thanks = ApiCodec::decodeThanks(c.body());
        if (!thanks)
            return invalidBody(thanks.error());
        const auto written = board.posts().putThanks(*c.user, *threadId, thanks.value());
        if (!written.ok())
            return error(written.failure());
        return {written->created ? 201 : 200, JsonCodec::encode(written->value)};
    }

    Reply report(const Context &c)
    {
        const auto id = uuidFrom(c.match(1));
        if (!id)
            return badId(c.match(1));
        if (!c.user)
            return signInFirst();
        const Result<ReportInput> input = ApiCodec::decodeReport(c.body());
        if (!input)
            return invalidBody(input.error());
        const auto written = board.reports().putReport(*c.user, *id, input.value());
        if (!written.ok())
            return error(written.failure());
        const StoredReport &r = written->value;
        QJsonObject body = ApiCodec::encode(r.input);
        body.insert(u"id"_s, r.id.toString(QUuid::WithoutBraces));
        body.insert(u"createdAt"_s, JsonCodec::wireTime(r.createdAt));
        body.insert(u"status"_s, u"received"_s);
        return {written->created ? 201 : 200, body};
    }

    // The moderators' routes: the role is checked before anything else is read.
    std::optional<Reply> refuseNonModerator(const Context &c) const
    {
        if (!c.user)
            return signInFirst();
        if (c.user->role != Role::Moderator)
            return moderatorsOnly();
        return std::nullopt;
    }

    Reply reports(const Context &c)
    {
        if (const auto refused = refuseNonModerator(c))
            return *refused;
        std::optional<ModerationStatus> status;
        if (c.request.has_param("status")) {
            const QString wanted = QString::fromStdString(c.request.get_param_value("status"));
            status = Wire::parse<ModerationStatus>(wanted);
            if (!status) {
                return error(400, u"invalid_status"_s,
                             u"status is one of new, claimed, resolved."_s);
            }
        }
        // The most urgent first, each with its priority now.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<std::pair<int, ModerationItem>> ranked;
        Outcome<QList<ModerationItem>> found = board.reports().items(status);
        if (!found.ok())
            return error(found.failure());
        for (const ModerationItem &item : *found) {
            const int priority =
                Moderation::priority(Moderation::basePriority(item), item.firstReportedAt, now);
            ranked.append({priority, item});
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QJsonArray items;
        for (const auto &[priority, item] : std::as_const(ranked)) {
            QJsonObject encoded = JsonCodec::encode(item);
            encoded.insert(u"priority"_s, priority);
            items.append(encoded);
        }
        return {200, {{u"items"_s, items}}};
    }

    Reply reportItem(const Context &c)
    {
        if (const auto refused = refuseNonModerator(c))
            return *refused;
        const auto id = uuidFrom(c.match(1));
        if (!id)
            return badId(c.match(1));
        const Outcome<std::optional<ModerationItem>> item = board.reports().item(*id);
        if (!item.ok())
            return error(item.failure());
        if (!*item)
            return error(404, u"not_found"_s, u"There is no report on %1."_s.arg(c.match(1)));
        return {200, JsonCodec::encode(**item)};
    }

    template<typename Input>
    Reply moderate(const Context &c, Result<Input> (*decode)(const QByteArray &),
                   Outcome<ModerationItem> (Reports::*act)(const AuthUser &, const QUuid &,
                                                           const Input &) const)
    {
        if (const auto refused = refuseNonModerator(c))
            return *refused;
        const auto id = uuidFrom(c.match(1));
        if (!id)
            return badId(c.match(1));
        const Result<Input> input = decode(c.body());
        if (!input)
            return invalidBody(input.error());
        const Outcome<ModerationItem> item = (board.reports().*act)(*c.user, *id, input.value());
        if (!item.ok())
            return error(item.failure());
        return {200, JsonCodec::encode(item.value())};
    }

    Reply claim(const Context &c) { return moderate(c, &ApiCodec::decodeClaim, &Reports::claim); }
    Reply resolve(const Context &c)
    {
        return moderate(c, &ApiCodec::decodeResolve, &Reports::resolve);
    }
    Reply restore(const Context &c)
    {
        return moderate(c, &ApiCodec::decodeRestore, &Reports::restore);
    }
    Reply note(const Context &c) { return moderate(c, &ApiCodec::decodeNote, &Reports::addNote); }
    Reply warn(const Context &c) { return moderate(c, &ApiCodec::decodeWarn, &Reports::warn); }

    Reply view(const Context &c)
    {
        const auto threadId = uuidFrom(c.match(1));
        if (!threadId)
            return badId(c.match(1));
        if (!c.user)
            return signInFirst();
        const Outcome<bool> counted = board.posts().countView(*c.user, *threadId);
        if (!counted.ok())
            return error(counted.failure());
        return {204, {}, true};
    }
};

Api::Api(const Board &board, const ServeOptions &options)
    : d(std::make_unique<Impl>(board, options))
{}

Api::~Api() = default;

void Api::install(httplib::Server &server)
{
    const ServeOptions &o = d->options;
    server.set_payload_max_length(size_t(o.maxBodyBytes));
    server.set_read_timeout(o.readTimeoutSeconds, 0);
    server.set_write_timeout(o.readTimeoutSeconds, 0);
    server.set_keep_alive_timeout(5);
    server.set_keep_alive_max_count(1000);
    server.set_tcp_nodelay(true);
    const int threads = o.threads;
    server.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };

    // Runs before the body is read: a body announced as too large is refused at once and the
    // connection closed, instead of reading (and discarding) it first.
    const size_t maxBody = size_t(o.maxBodyBytes);
    server.set_pre_routing_handler([maxBody](const httplib::Request &req, httplib::Response &res) {
        t_requestStart = Clock::now();
        t_requestUser = 0;
        const std::string header = req.get_header_value("Content-Length");
        bool numeric = true;
        const qulonglong length = QByteArray::fromStdString(header).toULongLong(&numeric);
        if (!header.empty() && (!numeric || length > maxBody)) {
            res.set_header("Connection", "close");
            send(res, error(413, u"payload_too_large"_s,
                            u"The request body is larger than %1 bytes."_s.arg(maxBody)));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Errors the library answers itself (413, 404, 400) get the API's error body too.
    server.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            QString message;
            switch (res.status) {
            case 404:
                message = u"There is no such route."_s;
                break;
            case 413:
                message = u"The request body is too large."_s;
                break;
            case 400:
                message = u"The request is malformed, or came too slowly."_s;
                break;
            default:
                message = u"The request failed (HTTP %1)."_s.arg(res.status);
            }
            send(res, error(res.status, statusCode(res.status), message));
            return httplib::Server::HandlerResponse::Handled;
        }));
    server.set_exception_handler(
        [](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
            send(res, error(500, u"internal"_s, u"The server failed on this request."_s));
        });
    // One line per request; never the Authorization header, the body or a password.
    server.set_logger([impl = d.get()](const httplib::Request &req, const httplib::Response &res) {
        // The request is answered: its statements let go of their rows (on SQLite, of the read
        // snapshot they hold).
        Database::finishStatements();
        const double ms =
            std::chrono::duration<double, std::milli>(Clock::now() - t_requestStart).count();
        impl->metrics.record(req.method, req.path, res.status, ms / 1000);
        Log::request({QString::fromStdString(req.remote_addr), QString::fromStdString(req.method),
                      loggable(req.path), res.status, ms, t_requestUser});
    });

    Impl *api = d.get();
    auto route = [api](Reply (Impl::*method)(const Context &)) {
        return api->wrap([api, method](const Context &c) { return (api->*method)(c); });
    };
    const std::string id = "([^/]+)";
    server.Get("/api/v1/health", route(&Impl::health));
    OpsRoutes::install(server, api->board, api->metrics);
    server.Post("/api/v1/session", route(&Impl::login));
    server.Delete("/api/v1/session", route(&Impl::logout));
    server.Get("/api/v1/categories", route(&Impl::categories));
    server.Get("/api/v1/changes", route(&Impl::changes));
    server.Put("/api/v1/threads/" + id, route(&Impl::putThread));
    server.Put("/api/v1/threads/" + id + "/answers/" + id, route(&Impl::putAnswer));
    server.Post("/api/v1/threads/" + id + "/best-answer", route(&Impl::bestAnswer));
    server.Put("/api/v1/threads/" + id + "/thanks", route(&Impl::thanks));
    server.Post("/api/v1/threads/" + id + "/views", route(&Impl::view));
    server.Put("/api/v1/reports/" + id, route(&Impl::report));
    server.Get("/api/v1/reports", route(&Impl::reports));
    server.Get("/api/v1/reports/" + id, route(&Impl::reportItem));
    server.Post("/api/v1/reports/" + id + "/claim", route(&Impl::claim));
    server.Post("/api/v1/reports/" + id + "/resolve", route(&Impl::resolve));
    server.Post("/api/v1/reports/" + id + "/restore", route(&Impl::restore));
    server.Post("/api/v1/reports/" + id + "/notes", route(&Impl::note));
    server.Post("/api/v1/reports/" + id + "/warn", route(&Impl::warn));
    // A member's own activity.
    auto own = [api](Reply (*handler)(const Board &, const Context &)) {
        return api->wrap([api, handler](const Context &c) { return handler(api->board, c); });
    };
    server.Put("/api/v1/threads/" + id + "/state", own(&ActivityRoutes::threadState));
    server.Put("/api/v1/categories/" + id + "/state", own(&ActivityRoutes::categoryState));
    server.Put("/api/v1/notifications/" + id + "/read", own(&ActivityRoutes::notificationRead));
    // A member's own posts.
    const std::string thread = "/api/v1/threads/" + id;
    const std::string answer = thread + "/answers/" + id;
    server.Post(thread + "/edit", own(&OwnPostRoutes::editQuestion));
    server.Post(answer + "/edit", own(&OwnPostRoutes::editAnswer));
    server.Put(thread + "/supplements/" + id, own(&OwnPostRoutes::supplement));
    server.Post(thread + "/withdraw", own(&OwnPostRoutes::withdrawQuestion));
    server.Post(answer + "/withdraw", own(&OwnPostRoutes::withdrawAnswer));
    server.Post(thread + "/close", own(&OwnPostRoutes::close));
    server.Get(thread + "/revisions", own(&OwnPostRoutes::questionRevisions));
    server.Post("/api/v1/reports/" + id + "/appeal", own(&OwnPostRoutes::appeal));
    server.Post("/api/v1/users/" + id + "/restriction", own(&OwnPostRoutes::restrict));
    server.Get(answer + "/revisions", own(&OwnPostRoutes::answerRevisions));
}

} // namespace Soudan::Server
