#include "sync/feedfetcher.h"

namespace Soudan {

// Lives on the fetcher's thread, with its own ApiClient (and connection to the server).
class FeedFetcher::Worker final : public QObject
{
public:
    Worker(QObject *receiver, Deliver deliver)
        : m_api(new ApiClient(this))
        , m_receiver(receiver)
        , m_deliver(std::move(deliver))
    {}

    void start(quint64 generation, const Start &start)
    {
        stop();
        m_api->setBaseUrl(start.server);
        m_api->setToken(start.token);
        m_api->setTimeout(start.timeoutMs);
        m_pageSize = start.pageSize;
        m_generation = generation;
        request(start.cursor);
    }

    void written(quint64 generation)
    {
        if (generation != m_generation || m_generation == 0)
            return;
        --m_outstanding;
        requestNext();
    }

    void stop()
    {
        m_api->abortAll();
        m_generation = 0;
        m_next.reset();
        m_outstanding = 0;
        m_inFlight = false;
    }

private:
    void request(const QString &cursor)
    {
        ++m_outstanding;
        m_inFlight = true;
        const quint64 generation = m_generation;
        m_api->changes(
            cursor, m_pageSize,
            [this, generation, cursor](const ApiReply &reply, const std::optional<FeedPage> &feed) {
                if (generation == m_generation)
                    arrived(cursor, reply, feed);
            });
    }

    void requestNext()
    {
        if (m_next && !m_inFlight && m_outstanding < MaxAhead) {
            const QString cursor = *m_next;
            m_next.reset();
            request(cursor);
        }
    }

    void arrived(const QString &requested, const ApiReply &reply, std::optional<FeedPage> feed)
    {
        m_inFlight = false;
        if (!reply.ok() || !feed) {
            deliver(requested, reply, std::nullopt);
            stop();
            return;
        }
        // The next page first, then this one's rows: the server makes it meanwhile.
        if (feed->page.hasMore)
            m_next = feed->page.cursor;
        requestNext();
        const ApiReply read = ApiClient::readChanges(reply, *feed);
        if (!read.ok()) {
            deliver(requested, read, std::nullopt);
            stop();
            return;
        }
        deliver(requested, reply, std::move(feed->page));
    }

    void deliver(const QString &requested, const ApiReply &reply, std::optional<ChangesPage> page)
    {
        ApiReply sent = reply;
        if (page)
            sent.body.clear(); // read already
        QMetaObject::invokeMethod(
            m_receiver,
            [deliver = m_deliver, generation = m_generation, requested, sent,
             page = std::move(page)] { deliver(generation, requested, sent, page); },
            Qt::QueuedConnection);
    }

    ApiClient *m_api;
    QObject *m_receiver; // outlives the worker (its FeedFetcher waits for the thread)
    Deliver m_deliver;
    quint64 m_generation = 0;
    int m_pageSize = 500;
    int m_outstanding = 0;
    bool m_inFlight = false;
    std::optional<QString> m_next;
};

FeedFetcher::FeedFetcher(QObject *receiver, Deliver deliver)
    : m_receiver(receiver)
    , m_deliver(std::move(deliver))
{
    m_thread.setObjectName(QStringLiteral("soudan-feed"));
}

FeedFetcher::~FeedFetcher()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 FeedFetcher::start(const Start &start)
{
    // The thread and its worker from the first fetch on: a window that never syncs (the demo
    // board, working offline) starts neither.
    if (!m_worker) {
        m_worker = new Worker(m_receiver, m_deliver);
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, start] { worker->start(generation, start); },
        Qt::QueuedConnection);
    return generation;
}

void FeedFetcher::written(quint64 generation)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation] { worker->written(generation); },
        Qt::QueuedConnection);
}

void FeedFetcher::stop()
{
    ++m_generation;
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
}

} // namespace Soudan
