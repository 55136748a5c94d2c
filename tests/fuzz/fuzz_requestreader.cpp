// The server's front door: a request's bytes, arriving whole or a piece at a time. Both ways
// must give the same answer: the same refusal, or the same plain request.

#include "server/requestreader.h"

#include <cstdint>
#include <cstdlib>

using namespace Soudan::Server;

namespace {

struct Outcome
{
    RequestReader::State state = RequestReader::State::Incomplete;
    int status = 0;
    std::string request;
    std::string rest;
};

Outcome read(const std::string &bytes, size_t piece)
{
    RequestLimits limits;
    limits.maxBody = 4096;
    RequestReader reader(limits);
    Outcome o;
    std::string input;
    for (size_t at = 0; at < bytes.size() && o.state == RequestReader::State::Incomplete;
         at += piece) {
        input.append(bytes, at, piece);
        o.state = reader.feed(input);
    }
    o.status = reader.status();
    if (o.state == RequestReader::State::Complete) {
        o.request = reader.request();
        o.rest = input;
    }
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte says how the rest is cut into pieces.
    const size_t piece = 1 + data[0] % 64;
    const std::string bytes(reinterpret_cast<const char *>(data) + 1, size - 1);
    const Outcome whole = read(bytes, bytes.size() + 1);
    const Outcome pieces = read(bytes, piece);
    if (whole.state != pieces.state || whole.status != pieces.status ||
        whole.request != pieces.request)
        std::abort();
    if (whole.state == RequestReader::State::Complete &&
        whole.request.find("\r\n\r\n") == std::string::npos)
        std::abort(); // a plain request always has the end of its head
    return 0;
}
