#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace Soudan::Server {

// How much of a request the front door takes before refusing it.
struct RequestLimits
{
    std::size_t maxRequestLine = 8 * 1024;
    std::size_t maxHead = 16 * 1024; // request line and headers
    int maxHeaders = 100;
    std::size_t maxBody = 64 * 1024; // after chunked decoding
};

// Reads one HTTP/1.x request as its bytes arrive, a piece at a time, and either refuses it as
// soon as it breaks a limit or a rule (with the status and code to answer) or gives it back whole
// and plain: the request line, its headers without Transfer-Encoding or Expect, a
// Content-Length, and the body, chunks joined. Only that plain form reaches the HTTP library, so
// it never reads from a client itself.
class RequestReader final
{
public:
    enum class State
    {
        Incomplete,
        Complete,
        Refused,
    };

    explicit RequestReader(const RequestLimits &limits);

    // Takes what it needs from the front of input (which keeps the rest, such as the next
    // request of a pipelining client). Call again when more bytes come.
    State feed(std::string &input);

    bool started() const { return m_started; }
    // When refused: the status, a code and a sentence for the error body.
    int status() const { return m_status; }
    const std::string &code() const { return m_code; }
    const std::string &message() const { return m_message; }

    // When complete (or, for expectsContinue, once the head is read):
    const std::string &request() const { return m_request; }
    const std::string &method() const { return m_method; }
    bool keepAlive() const { return m_keepAlive; }
    // The client waits for "100 Continue" before it sends the body.
    bool expectsContinue() const { return m_expectsContinue; }
    bool headRead() const { return m_phase != Phase::Head; }
    // X-Real-IP as a proxy in front set it; never passed on (the front door decides whom to
    // believe).
    const std::string &realIp() const { return m_realIp; }

private:
    enum class Phase
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
    };

    State refuse(int status, const char *code, const char *message);
    State readHead(std::string &input);
    State parseHead();
    State readChunked(std::string &input);
    State finish();
    std::string header(std::string_view name) const;

    RequestLimits m_limits;
    Phase m_phase = Phase::Head;
    bool m_started = false;
    std::size_t m_scanned = 0;
    std::string m_requestLine;
    std::string m_headers; // kept header lines, each ending in CRLF
    std::string m_method;
    std::string m_body;
    std::size_t m_length = 0; // Content-Length, or the current chunk's size
    std::size_t m_trailerBytes = 0;
    bool m_keepAlive = true;
    bool m_expectsContinue = false;
    std::string m_request;
    std::string m_realIp;
    int m_status = 0;
    std::string m_code;
    std::string m_message;
};

} // namespace Soudan::Server
