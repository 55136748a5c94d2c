#pragma once

#include "server/board.h"
#include "server/ratelimiter.h"

#include <memory>

namespace httplib {
class Server;
}

namespace Soudan::Server {

struct ServeOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;
    int threads = 8;
    int rateLimitPerMinute = 1200;
    int rateBurst = 200;
    int maxBodyBytes = 64 * 1024;
    int readTimeoutSeconds = 10;
    int tokenDays = 30;
};

// API v1 over cpp-httplib: routes, authentication, rate limits, JSON errors and the request log.
class Api final
{
public:
    Api(const Board &board, const ServeOptions &options);
    ~Api();

    // Sets limits and timeouts on server and adds every route.
    void install(httplib::Server &server);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Soudan::Server
