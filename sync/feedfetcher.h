#pragma once

#include "domain/apitypes.h"
#include "sync/apiclient.h"

#include <QThread>
#include <QUrl>

#include <functional>
#include <optional>

namespace Soudan {

// Reads the changes feed on a thread of its own, so that the next page is asked for, and read
// from JSON, while the engine writes the one before: the server, the reading and the writing
// overlap on as many cores as there are. It runs a page at most two ahead of the pages written
// (written() says one was), and stops at the last page or the first failure.
class FeedFetcher final
{
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    struct Start
    {
        QUrl server;
        QString token;
        int timeoutMs = 30000;
        int pageSize = 500;
        QString cursor; // where the first page starts
    };
    // A page, or the failure that ends a fetch (then no page), for the run `generation`.
    using Deliver = std::function<void(quint64 generation, const QString &requested,
                                       const ApiReply &reply, const std::optional<ChangesPage> &)>;

    // deliver is called on receiver's thread, in the order of the pages.
    FeedFetcher(QObject *receiver, Deliver deliver);
    ~FeedFetcher();

    // Starts fetching from start.cursor, ending any fetch before: what that one delivers from
    // now on is of an older generation than the one returned.
    quint64 start(const Start &start);
    void written(quint64 generation);
    void stop();

    // Pages asked for or delivered and not yet written: one being written, one waiting, one on
    // its way.
    static constexpr int MaxAhead = 3;

private:
    class Worker;
    QObject *m_receiver;
    Deliver m_deliver;
    QThread m_thread;
    Worker *m_worker = nullptr; // on m_thread, deleted when it ends
    quint64 m_generation = 0;
};

} // namespace Soudan
