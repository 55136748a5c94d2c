#include "server/frontdoor.h"

#include "server/apisupport.h"
#include "server/serverlog.h"

#include <QJsonDocument>

#include <arpa/inet.h>
#include <chrono>
#include <deque>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

namespace {

using Clock = std::chrono::steady_clock;

// One whole request in memory, as the library's stream: it reads the request and writes the
// response into a buffer; no socket is touched by a worker.
class MemoryStream final : public httplib::Stream
{
public:
    MemoryStream(const std::string &in, const std::string &peer, int port, std::string &out)
        : m_in(in)
        , m_peer(peer)
        , m_port(port)
        , m_out(out)
    {}
    bool is_readable() const override { return m_at < m_in.size(); }
    bool is_writable() const override { return true; }
    ssize_t read(char *ptr, size_t size) override
    {
        const size_t n = std::min(size, m_in.size() - m_at);
        std::copy_n(m_in.data() + m_at, n, ptr);
        m_at += n;
        return ssize_t(n);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        m_out.append(ptr, size);
        return ssize_t(size);
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = m_peer;
        port = m_port;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 0;
    }
    socket_t socket() const override { return INVALID_SOCKET; }

private:
    const std::string &m_in;
    size_t m_at = 0;
    const std::string &m_peer;
    int m_port;
    std::string &m_out;
};

const char *reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "HTTP Version Not Supported";
    }
}

std::string refusal(int status, const std::string &code, const std::string &message)
{
    const QByteArray body =
        QJsonDocument(
            Http::error(status, QString::fromStdString(code), QString::fromStdString(message)).body)
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + std::to_string(status) + ' ' + reason(status) +
           "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body.toStdString();
}

std::string addressText(const sockaddr_storage &address, int *port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto *v4 = reinterpret_cast<const sockaddr_in *>(&address);
        inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
        *port = ntohs(v4->sin_port);
    } else {
        const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(&address);
        inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
        *port = ntohs(v6->sin6_port);
    }
    std::string s(text);
    if (s.rfind("::ffff:", 0) == 0 && s.find('.') != std::string::npos)
        s.erase(0, 7);
    return s;
}

bool isAddress(const std::string &text)
{
    unsigned char buffer[sizeof(in6_addr)];
    return inet_pton(AF_INET, text.c_str(), buffer) == 1 ||
           inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

} // namespace

void Dispatcher::answer(const std::string &request, const std::string &peer, int peerPort,
                        std::string &out, bool &closed)
{
    MemoryStream stream(request, peer, peerPort, out);
    bool connectionClosed = false;
    const bool ok = process_request(stream, false, connectionClosed, nullptr);
    closed = connectionClosed || !ok || out.empty();
}

struct FrontDoor::Impl
{
    enum class Phase
    {
        Reading,
        Working,
        Writing,
        Draining, // a refusal was sent: what the client still sends is read and dropped
    };
    struct Connection
    {
        std::string peer;
        int port = 0;
        Phase phase = Phase::Reading;
        std::string in;
        std::unique_ptr<RequestReader> reader;
        bool timed = false; // the deadline is the request's, not the idle one
        bool continueSent = false;
        std::string out;
        size_t written = 0;
        bool closeAfter = false;
        Clock::time_point deadline;
        quint64 serial = 0;
    };
    struct Done
    {
        int fd;
        quint64 serial;
        std::string out;
        bool closed;
    };

    Dispatcher &dispatcher;
    FrontDoorOptions options;
    int listener = -1;
    int wake = -1;
    std::atomic<bool> stopping{false};
    std::map<int, Connection> connections;
    std::map<std::string, int> perAddress;
    size_t maxConnections = 1000;
    quint64 serials = 0;
    std::mutex doneMutex;
    std::deque<Done> done;
    std::unique_ptr<httplib::ThreadPool> pool;

    Impl(Dispatcher &d, const FrontDoorOptions &o)
        : dispatcher(d)
        , options(o)
    {}

    void log(const Connection &c, int status, const std::string &code)
    {
        const std::string method = c.reader ? c.reader->method() : std::string();
        Log::request({QString::fromStdString(c.peer),
                      method.empty() ? QString() : QString::fromStdString(method).left(20), u"-"_s,
                      status, 0, 0, QString::fromStdString(code)});
    }

    void close(int fd)
    {
        auto it = connections.find(fd);
        if (it == connections.end())
            return;
        if (--perAddress[it->second.peer] <= 0)
            perAddress.erase(it->second.peer);
        connections.erase(it);
        ::close(fd);
    }

    void startReading(Connection &c, int seconds)
    {
        c.phase = Phase::Reading;
        c.reader = std::make_unique<RequestReader>(options.limits);
        c.timed = false;
        c.continueSent = false;
        c.out.clear();
        c.written = 0;
        c.deadline = Clock::now() + std::chrono::seconds(seconds);
    }

    void respond(int fd, Connection &c, std::string bytes, bool closeAfter)
    {
        c.phase = Phase::Writing;
        c.out = std::move(bytes);
        c.written = 0;
        c.closeAfter = closeAfter;
        c.deadline = Clock::now() + std::chrono::seconds(options.responseSeconds);
        write(fd, c);
    }

    void refuse(int fd, Connection &c, int status, const std::string &code,
                const std::string &message)
    {
        log(c, status, code);
        respond(fd, c, refusal(status, code, message), true);
    }

    // Reads what the connection has and acts on a whole request.
    void advance(int fd, Connection &c)
    {
        const RequestReader::State state = c.reader->feed(c.in);
        if (c.reader->started() && !c.timed) {
            c.timed = true;
            c.deadline = Clock::now() + std::chrono::seconds(options.requestSeconds);
        }
        switch (state) {
        case RequestReader::State::Incomplete:
            if (c.reader->headRead() && c.reader->expectsContinue() && !c.continueSent) {
                c.continueSent = true;
                static const char go[] = "HTTP/1.1 100 Continue\r\n\r\n";
                (void)::send(fd, go, sizeof go - 1, MSG_NOSIGNAL);
            }
            return;
        case RequestReader::State::Refused:
            refuse(fd, c, c.reader->status(), c.reader->code(), c.reader->message());
            return;
        case RequestReader::State::Complete:
            break;
        }
        std::string peer = c.peer;
        if (!options.trustedProxy.empty() && c.peer == options.trustedProxy &&
            isAddress(c.reader->realIp()))
            peer = c.reader->realIp();
        c.phase = Phase::Working;
        c.closeAfter = !c.reader->keepAlive();
        const quint64 serial = c.serial = ++serials;
        pool->enqueue([this, fd, serial, request = c.reader->request(), peer, port = c.port] {
            Done result{fd, serial, {}, false};
            dispatcher.answer(request, peer, port, result.out, result.closed);
            {
                const std::lock_guard lock(doneMutex);
                done.push_back(std::move(result));
            }
            const uint64_t one = 1;
            (void)!::write(wake, &one, sizeof one);
        });
    }

    void write(int fd, Connection &c)
    {
        while (c.written < c.out.size()) {
            const ssize_t n = ::send(fd, c.out.data() + c.written, c.out.size() - c.written,
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                c.written += size_t(n);
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                return;
            close(fd);
            return;
        }
        if (c.closeAfter) {
            // Lingering: the client may still be sending what was refused; closing at once
            // would reset the connection before it reads the answer.
            ::shutdown(fd, SHUT_WR);
            c.phase = Phase::Draining;
            c.deadline = Clock::now() + std::chrono::seconds(2);
            return;
        }
        startReading(c, options.idleSeconds);
        if (!c.in.empty())
            advance(fd, c); // a pipelined request
    }

    void read(int fd, Connection &c)
    {
        char buffer[16384];
        for (int round = 0; round < 8; ++round) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n == 0) {
                close(fd);
                return;
            }
            if (n < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                    close(fd);
                    return;
                }
                break;
            }
            if (c.phase == Phase::Draining)
                continue;
            c.in.append(buffer, size_t(n));
            // A client that sends far past the limits gets no further than the limit.
            if (c.in.size() > options.limits.maxBody + options.limits.maxHead + 65536)
                break;
        }
        if (c.phase == Phase::Reading)
            advance(fd, c);
    }

    void accept()
    {
        while (connections.size() < maxConnections) {
            sockaddr_storage address{};
            socklen_t length = sizeof address;
            const int fd = ::accept4(listener, reinterpret_cast<sockaddr *>(&address), &length,
                                     SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            int port = 0;
            const std::string peer = addressText(address, &port);
            if (peer != options.trustedProxy && perAddress[peer] >= options.connectionsPerAddress) {
                ::close(fd);
                continue;
            }
            const int on = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            ++perAddress[peer];
            Connection &c = connections[fd];
            c.peer = peer;
            c.port = port;
            startReading(c, options.requestSeconds);
        }
    }

    void finishWork()
    {
        std::deque<Done> finished;
        {
            const std::lock_guard lock(doneMutex);
            finished.swap(done);
        }
        for (Done &d : finished) {
            auto it = connections.find(d.fd);
            if (it == connections.end() || it->second.serial != d.serial ||
                it->second.phase != Phase::Working)
                continue;
            respond(d.fd, it->second, std::move(d.out), d.closed || it->second.closeAfter);
        }
    }

    void expire()
    {
        const Clock::time_point now = Clock::now();
        std::vector<int> late;
        for (auto &[fd, c] : connections)
            if (c.phase != Phase::Working && c.deadline <= now)
                late.push_back(fd);
        for (const int fd : late) {
            Connection &c = connections[fd];
            if (c.phase == Phase::Reading && c.timed)
                refuse(fd, c, 408, "timeout", "The request took too long to arrive.");
            else
                close(fd);
        }
    }
};

FrontDoor::FrontDoor(Dispatcher &dispatcher, const FrontDoorOptions &options)
    : d(std::make_unique<Impl>(dispatcher, options))
{}

FrontDoor::~FrontDoor()
{
    for (auto it = d->connections.begin(); it != d->connections.end(); it = d->connections.begin())
        d->close(it->first);
    if (d->listener >= 0)
        ::close(d->listener);
    if (d->wake >= 0)
        ::close(d->wake);
}

int FrontDoor::bind(const std::string &host, int port)
{
    // Every connection is a descriptor: take all the system allows this process.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
        d->maxConnections = size_t(std::clamp<rlim_t>(files.rlim_cur, 128, 20000) - 64);
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0)
        return -1;
    for (addrinfo *a = found; a && d->listener < 0; a = a->ai_next) {
        const int fd =
            ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        const int on = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, 1024) == 0)
            d->listener = fd;
        else
            ::close(fd);
    }
    freeaddrinfo(found);
    if (d->listener < 0)
        return -1;
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    getsockname(d->listener, reinterpret_cast<sockaddr *>(&bound), &length);
    int boundPort = 0;
    addressText(bound, &boundPort);
    d->wake = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    return d->wake < 0 ? -1 : boundPort;
}

void FrontDoor::run()
{
    d->pool = std::make_unique<httplib::ThreadPool>(size_t(d->options.threads));
    std::vector<pollfd> polled;
    std::vector<int> order;
    while (!d->stopping) {
        polled.clear();
        order.clear();
        polled.push_back({d->wake, POLLIN, 0});
        const bool room = d->connections.size() < d->maxConnections;
        polled.push_back({d->listener, short(room ? POLLIN : 0), 0});
        Clock::time_point next = Clock::now() + std::chrono::seconds(1);
        for (auto &[fd, c] : d->connections) {
            short events = 0;
            if (c.phase == Impl::Phase::Reading || c.phase == Impl::Phase::Draining)
                events = POLLIN;
            else if (c.phase == Impl::Phase::Writing)
                events = POLLOUT;
            else
                continue; // a worker has it
            polled.push_back({fd, events, 0});
            order.push_back(fd);
            next = std::min(next, c.deadline);
        }
        const auto wait =
            std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()).count();
        if (::poll(polled.data(), polled.size(), int(std::clamp<long long>(wait, 0, 1000)) + 1) <
            0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (polled[0].revents) {
            uint64_t count = 0;
            (void)!::read(d->wake, &count, sizeof count);
            d->finishWork();
        }
        if (polled[1].revents & POLLIN)
            d->accept();
        for (size_t i = 2; i < polled.size(); ++i) {
            if (!polled[i].revents)
                continue;
            const int fd = order[i - 2];
            auto it = d->connections.find(fd);
            if (it == d->connections.end())
                continue;
            Impl::Connection &c = it->second;
            if (c.phase == Impl::Phase::Writing)
                d->write(fd, c);
            else if (c.phase == Impl::Phase::Reading || c.phase == Impl::Phase::Draining)
                d->read(fd, c);
        }
        d->expire();
    }
    d->pool->shutdown();
}

void FrontDoor::stop()
{
    d->stopping = true;
    const uint64_t one = 1;
    if (d->wake >= 0)
        (void)!::write(d->wake, &one, sizeof one);
}

} // namespace Soudan::Server
