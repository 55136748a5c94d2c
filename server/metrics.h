#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <string>

namespace Soudan::Server {

class Board;

// What Prometheus scrapes at /metrics: requests by route and status, their latency as
// histograms, sign-in failures, and the changes feed's sequence (read at scrape time). Routes are
// named by their templates (/api/v1/threads/{id}), and a path no route serves counts as "other",
// so a client cannot make new series. Thread-safe: every worker records.
class Metrics final
{
    Q_DISABLE_COPY_MOVE(Metrics)

public:
    Metrics() = default;

    void record(const std::string &method, const std::string &path, int status, double seconds);
    // The text exposition format (version 0.0.4); feedSeq is the feed's last sequence number.
    QByteArray exposition(qint64 feedSeq) const;
    // The route template of a path, or "other".
    static QString route(const std::string &path);

private:
    static constexpr std::array<double, 11> Buckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                       0.1,   0.25,   0.5,   1.0,  2.5};
    struct Histogram
    {
        std::array<quint64, Buckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };

    mutable QMutex m_mutex;
    QHash<QString, quint64> m_requests;  // "method\nroute\nstatus"
    QHash<QString, Histogram> m_latency; // "method\nroute"
    quint64 m_signInFailures = 0;
};

} // namespace Soudan::Server
