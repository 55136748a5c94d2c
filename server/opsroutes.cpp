#include "server/opsroutes.h"

#include "server/apisupport.h"
#include "server/board.h"
#include "server/feed.h"
#include "server/metrics.h"

using namespace Qt::StringLiterals;

namespace Soudan::Server::OpsRoutes {

using namespace Http;

void install(httplib::Server &server, const Board &board, const Metrics &metrics)
{
    server.Get("/health", [](const httplib::Request &, httplib::Response &res) {
        send(res, {200, {{u"status"_s, u"ok"_s}, {u"version"_s, QStringLiteral(SOUDAN_VERSION)}}});
    });
    server.Get("/ready", [&board](const httplib::Request &, httplib::Response &res) {
        const Outcome<qint64> seq = board.feed().lastSeq();
        if (!seq.ok()) {
            send(res, error(503, u"not_ready"_s, u"The database does not answer."_s));
            return;
        }
        send(res, {200, {{u"status"_s, u"ready"_s}, {u"feedSequence"_s, seq.value()}}});
    });
    server.Get("/metrics", [&board, &metrics](const httplib::Request &req, httplib::Response &res) {
        // For a scraper on this machine: from anywhere else there is no such route.
        if (req.remote_addr != "127.0.0.1" && req.remote_addr != "::1") {
            send(res, error(404, u"not_found"_s, u"There is no such route."_s));
            return;
        }
        const Outcome<qint64> seq = board.feed().lastSeq();
        const QByteArray text = metrics.exposition(seq.ok() ? seq.value() : -1);
        res.status = 200;
        res.set_content(text.constData(), size_t(text.size()), "text/plain; version=0.0.4");
    });
}

} // namespace Soudan::Server::OpsRoutes
