#pragma once

#include "server/requestreader.h"

#include <atomic>
#include <httplib.h>
#include <memory>
#include <string>

namespace Soudan::Server {

// The routes of the API, answered for a request that the front door has already read whole.
class Dispatcher final : public httplib::Server
{
public:
    // Answers one plain request (RequestReader::request()); the response's bytes go to out.
    // closed is set when the response ends the connection.
    void answer(const std::string &request, const std::string &peer, int peerPort, std::string &out,
                bool &closed);
};

struct FrontDoorOptions
{
    RequestLimits limits;
    int threads = 8;
    int requestSeconds = 10;  // a whole request, from its first byte (or the connection's)
    int idleSeconds = 5;      // between requests on one connection
    int responseSeconds = 60; // for a client to take its response
    int connectionsPerAddress = 64;
    std::string trustedProxy; // whose X-Real-IP names the client
};

// The server's socket: one thread reads every request whole, under a deadline and within the
// limits, without blocking on any client, and only then gives it to a worker thread. A slow or
// hostile client holds a few bytes of memory, never a worker.
class FrontDoor final
{
public:
    FrontDoor(Dispatcher &dispatcher, const FrontDoorOptions &options);
    ~FrontDoor();

    // The port bound (the given one, or a free one for 0), or -1.
    int bind(const std::string &host, int port);
    // Serves until stop().
    void run();
    // From any thread.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Soudan::Server
