#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <atomic>

class QTcpSocket;

namespace Soudan::Test {

// An HTTP proxy between a client and the real server that lets the first requests through and
// then breaks responses on purpose. It speaks plain HTTP/1.1 with one request per connection.
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        TruncatedJson,     // the body cut in half, with a matching Content-Length
        WrongTypes,        // "hasMore": "yes", numbers as strings
        WrongRowType,      // a thread's number as a string, the rest of the page as it was
        ServerError,       // 500 with an error body
        Stall,             // accept, then never answer
        CutOff,            // close the connection half-way through the body
        TooManyRequests,   // 429 with Retry-After: 1
        ResetBeforeServer, // the connection drops before the request reaches the server
        ResetAfterServer,  // the server does the request; its answer is lost on the way back
        StuckCursor,       // the feed says there is more, and gives the same cursor every time
        Redirect,          // 307 to the same path on redirectTarget()
    };

    explicit FaultProxy(const QUrl &upstream, QObject *parent = nullptr);

    QUrl url() const;
    // Lets passes requests through, then applies fault to the next times ones (every later one
    // with times < 0).
    void setFault(Fault fault, int passes = 0, int times = -1);
    // Holds every request, and every answer, this long before passing it on: a slow network,
    // where a client can go away after the server did a request and before it heard so.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    // Where Redirect sends the client (another origin, that records what it is sent).
    void setRedirectTarget(const QUrl &target) { m_redirectTarget = target; }
    int requests() const { return m_requests; }
    int faulted() const { return m_faulted; }

private:
    void onConnection();
    void forward(QTcpSocket *client, const QByteArray &request);
    void answer(const QPointer<QTcpSocket> &client, const QByteArray &reply, Fault fault);
    QByteArray damage(const QByteArray &response, Fault fault);

    QTcpServer m_server;
    QUrl m_upstream;
    Fault m_fault = Fault::None;
    int m_passes = 0;
    int m_times = -1;
    int m_delayMs = 0;
    int m_requests = 0;
    int m_faulted = 0;
    QString m_stuckCursor; // StuckCursor: the first cursor it gave
    QUrl m_redirectTarget;
};

} // namespace Soudan::Test
