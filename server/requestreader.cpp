#include "server/requestreader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace Soudan::Server {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isToken(std::string_view s)
{
    static constexpr std::string_view extra = "!#$%&'*+-.^_`|~";
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return std::isalnum(c) || extra.find(char(c)) != std::string_view::npos;
    });
}

// Visible ASCII, spaces, tabs and UTF-8 bytes; no other control character (NUL, CR, DEL).
bool isFieldValue(std::string_view s)
{
    return std::all_of(s.begin(), s.end(),
                       [](unsigned char c) { return c == '\t' || (c >= 0x20 && c != 0x7f); });
}

// Headers the library would misread or that only the front door may set.
bool isDropped(const std::string &name)
{
    return name == "transfer-encoding" || name == "content-length" || name == "expect" ||
           name == "x-real-ip" || name == "remote_addr" || name == "remote_port" ||
           name == "local_addr" || name == "local_port";
}

} // namespace

RequestReader::RequestReader(const RequestLimits &limits)
    : m_limits(limits)
{}

RequestReader::State RequestReader::refuse(int status, const char *code, const char *message)
{
    m_phase = Phase::Done;
    m_status = status;
    m_code = code;
    m_message = message;
    m_keepAlive = false;
    return State::Refused;
}

RequestReader::State RequestReader::feed(std::string &input)
{
    if (m_status != 0)
        return State::Refused;
    if (!input.empty())
        m_started = true;
    if (m_phase == Phase::Head) {
        const State head = readHead(input);
        if (head != State::Complete)
            return head;
    }
    switch (m_phase) {
    case Phase::Body: {
        const std::size_t take = std::min(m_length - m_body.size(), input.size());
        m_body.append(input, 0, take);
        input.erase(0, take);
        return m_body.size() == m_length ? finish() : State::Incomplete;
    }
    case Phase::Done:
        return finish();
    default:
        return readChunked(input);
    }
}

RequestReader::State RequestReader::readHead(std::string &input)
{
    while (true) {
        const std::size_t newline = input.find('\n', m_scanned);
        if (newline == std::string::npos) {
            const std::size_t partial = input.size() - m_scanned;
            if (m_requestLine.empty() && partial > m_limits.maxRequestLine)
                return refuse(414, "uri_too_long", "The request line is too long.");
            if (input.size() > m_limits.maxHead)
                return refuse(431, "headers_too_large", "The request's headers are too large.");
            return State::Incomplete;
        }
        std::string_view line(input.data() + m_scanned, newline - m_scanned);
        m_scanned = newline + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (m_scanned > m_limits.maxHead)
            return m_requestLine.empty() && line.size() > m_limits.maxRequestLine
                       ? refuse(414, "uri_too_long", "The request line is too long.")
                       : refuse(431, "headers_too_large", "The request's headers are too large.");
        if (m_requestLine.empty()) {
            if (line.empty())
                continue; // empty lines before a request are allowed
            if (line.size() > m_limits.maxRequestLine)
                return refuse(414, "uri_too_long", "The request line is too long.");
            m_requestLine = line;
            continue;
        }
        if (line.empty()) {
            const std::size_t end = m_scanned;
            const State parsed = parseHead();
            input.erase(0, end);
            m_scanned = 0;
            return parsed;
        }
        if (line.front() == ' ' || line.front() == '\t')
            return refuse(400, "bad_request", "Folded header lines are not accepted.");
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos || !isToken(line.substr(0, colon)) ||
            !isFieldValue(line.substr(colon + 1)))
            return refuse(400, "bad_request", "A header of the request is malformed.");
        if (std::count(m_headers.begin(), m_headers.end(), '\n') >= m_limits.maxHeaders)
            return refuse(431, "headers_too_large", "The request has too many headers.");
        m_headers.append(line).append("\r\n");
    }
}

std::string RequestReader::header(std::string_view name) const
{
    const std::string wanted = lower(name);
    std::size_t at = 0;
    while (at < m_headers.size()) {
        const std::size_t end = m_headers.find("\r\n", at);
        const std::string_view line(m_headers.data() + at, end - at);
        at = end + 2;
        const std::size_t colon = line.find(':');
        if (lower(line.substr(0, colon)) == wanted)
            return std::string(trimmed(line.substr(colon + 1)));
    }
    return {};
}

RequestReader::State RequestReader::parseHead()
{
    // METHOD SP target SP HTTP/1.x
    const std::size_t space = m_requestLine.find(' ');
    const std::size_t space2 = m_requestLine.find(' ', space + 1);
    if (space == std::string::npos || space2 == std::string::npos ||
        m_requestLine.find(' ', space2 + 1) != std::string::npos)
        return refuse(400, "bad_request", "The request line is malformed.");
    m_method = m_requestLine.substr(0, space);
    const std::string_view target(m_requestLine.data() + space + 1, space2 - space - 1);
    const std::string_view version(m_requestLine.data() + space2 + 1,
                                   m_requestLine.size() - space2 - 1);
    if (!isToken(m_method) || target.empty() ||
        std::any_of(target.begin(), target.end(),
                    [](unsigned char c) { return c <= 0x20 || c >= 0x7f; }))
        return refuse(400, "bad_request", "The request line is malformed.");
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(505, "http_version_not_supported", "Only HTTP/1.0 and 1.1 are spoken.");

    const std::string connection = lower(header("Connection"));
    m_keepAlive = version == "HTTP/1.1" ? connection.find("close") == std::string::npos
                                        : connection.find("keep-alive") != std::string::npos;
    m_expectsContinue = lower(header("Expect")) == "100-continue";
    m_realIp = header("X-Real-IP");

    const std::string encoding = lower(header("Content-Encoding"));
    if (!encoding.empty() && encoding != "identity")
        return refuse(415, "unsupported_encoding",
                      "Request bodies are taken without a Content-Encoding.");

    // One length, said one way: two that disagree are how requests are smuggled.
    std::string length;
    int lengths = 0;
    bool chunked = false;
    std::size_t at = 0;
    while (at < m_headers.size()) {
        const std::size_t end = m_headers.find("\r\n", at);
        const std::string_view line(m_headers.data() + at, end - at);
        at = end + 2;
        const std::size_t colon = line.find(':');
        const std::string name = lower(line.substr(0, colon));
        const std::string_view value = trimmed(line.substr(colon + 1));
        if (name == "content-length") {
            if (lengths++ > 0 && value != length)
                return refuse(400, "bad_request", "The request has two Content-Lengths.");
            length = value;
        } else if (name == "transfer-encoding") {
            if (chunked || lower(value) != "chunked")
                return refuse(501, "not_implemented",
                              "Only the chunked transfer coding is understood.");
            chunked = true;
        }
    }
    if (chunked && lengths > 0)
        return refuse(400, "bad_request",
                      "The request has both a Content-Length and a Transfer-Encoding.");
    // The plain request keeps every header but those the front door rewrites.
    std::string kept;
    at = 0;
    while (at < m_headers.size()) {
        const std::size_t end = m_headers.find("\r\n", at) + 2;
        const std::string_view line(m_headers.data() + at, end - at);
        if (!isDropped(lower(line.substr(0, line.find(':')))))
            kept.append(line);
        at = end;
    }
    m_headers = std::move(kept);

    if (chunked) {
        m_phase = Phase::ChunkSize;
        return State::Complete; // the head; the body follows
    }
    if (lengths == 0) {
        const bool wantsBody = m_method == "POST" || m_method == "PUT" || m_method == "PATCH";
        if (wantsBody)
            return refuse(411, "length_required",
                          "A request with a body needs a Content-Length (or chunks).");
        m_phase = Phase::Done;
        return State::Complete;
    }
    std::size_t value = 0;
    const auto [end, ec] = std::from_chars(length.data(), length.data() + length.size(), value);
    if (ec == std::errc::result_out_of_range ||
        (ec == std::errc() && end == length.data() + length.size() && value > m_limits.maxBody))
        return refuse(413, "payload_too_large", "The request body is too large.");
    if (ec != std::errc() || end != length.data() + length.size())
        return refuse(400, "bad_request", "The Content-Length is not a number.");
    m_length = value;
    m_body.reserve(value);
    m_phase = value == 0 ? Phase::Done : Phase::Body;
    return State::Complete;
}

RequestReader::State RequestReader::readChunked(std::string &input)
{
    while (true) {
        switch (m_phase) {
        case Phase::ChunkSize:
        case Phase::ChunkEnd:
        case Phase::Trailers: {
            const std::size_t newline = input.find('\n');
            if (newline == std::string::npos) {
                if (input.size() > 1024)
                    return refuse(400, "bad_request", "A chunk's size line is too long.");
                return State::Incomplete;
            }
            // The same limit whether the line came whole or in pieces.
            if (newline > 1024)
                return refuse(400, "bad_request", "A chunk's size line is too long.");
            std::string_view line(input.data(), newline);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            const std::string text(line);
            input.erase(0, newline + 1);
            if (m_phase == Phase::ChunkEnd) {
                if (!text.empty())
                    return refuse(400, "bad_request", "A chunk is longer than it said.");
                m_phase = Phase::ChunkSize;
                continue;
            }
            if (m_phase == Phase::Trailers) {
                m_trailerBytes += text.size();
                if (m_trailerBytes > 4096)
                    return refuse(431, "headers_too_large",
                                  "The request's trailers are too large.");
                if (text.empty())
                    return finish(); // trailers are read and dropped
                continue;
            }
            const std::string size = text.substr(0, text.find(';'));
            std::size_t value = 0;
            const auto [end, ec] =
                std::from_chars(size.data(), size.data() + size.size(), value, 16);
            if (ec == std::errc::result_out_of_range ||
                (ec == std::errc() && value > m_limits.maxBody - m_body.size()))
                return refuse(413, "payload_too_large", "The request body is too large.");
            if (ec != std::errc() || end != size.data() + size.size() || size.empty())
                return refuse(400, "bad_request", "A chunk's size is not a number.");
            m_length = value;
            m_phase = value == 0 ? Phase::Trailers : Phase::ChunkData;
            continue;
        }
        case Phase::ChunkData: {
            const std::size_t take = std::min(m_length, input.size());
            m_body.append(input, 0, take);
            input.erase(0, take);
            m_length -= take;
            if (m_length > 0)
                return State::Incomplete;
            m_phase = Phase::ChunkEnd;
            continue;
        }
        default:
            return finish();
        }
    }
}

RequestReader::State RequestReader::finish()
{
    m_phase = Phase::Done;
    m_request.clear();
    m_request.reserve(m_requestLine.size() + m_headers.size() + m_body.size() + 40);
    m_request.append(m_requestLine).append("\r\n").append(m_headers);
    if (!m_body.empty() || m_method == "POST" || m_method == "PUT" || m_method == "PATCH")
        m_request.append("Content-Length: ").append(std::to_string(m_body.size())).append("\r\n");
    m_request.append("\r\n").append(m_body);
    return State::Complete;
}

} // namespace Soudan::Server
