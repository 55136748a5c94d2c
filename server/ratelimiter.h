#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>

namespace Soudan::Server {

// A token bucket per client (its token, or its address when signed out): perMinute requests a
// minute on average, with bursts of up to burst.
class RateLimiter final
{
public:
    RateLimiter(int perMinute, int burst);

    // 0 when the request may go ahead, else the seconds to wait (for Retry-After).
    int admit(const QString &key);

private:
    using Clock = std::chrono::steady_clock;
    struct Bucket
    {
        double tokens = 0;
        Clock::time_point updated;
    };

    double m_perSecond;
    double m_burst;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    Clock::time_point m_lastSweep = Clock::now();
};

} // namespace Soudan::Server
