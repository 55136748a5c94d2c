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

// Growing delays after wrong passwords, per account: the first few are free, then each one
// doubles the wait before the next attempt (up to a quarter of an hour); a right one clears it.
class SignInDelays final
{
public:
    // Seconds until the account may try again; 0 now.
    int waitFor(const QString &account);
    void failed(const QString &account);
    void succeeded(const QString &account);

    static constexpr int FreeFailures = 5;
    static constexpr int LongestWaitSeconds = 15 * 60;

private:
    using Clock = std::chrono::steady_clock;
    struct Record
    {
        int failures = 0;
        Clock::time_point allowedFrom;
    };
    QMutex m_mutex;
    QHash<QString, Record> m_records;
};

} // namespace Soudan::Server
