#include "server/ratelimiter.h"

#include <cmath>

namespace Soudan::Server {

RateLimiter::RateLimiter(int perMinute, int burst)
    : m_perSecond(qMax(1, perMinute) / 60.0)
    , m_burst(qMax(1, burst))
{}

int RateLimiter::admit(const QString &key)
{
    const Clock::time_point now = Clock::now();
    QMutexLocker lock(&m_mutex);
    // Buckets that have refilled completely carry no information: drop them now and then.
    if (now - m_lastSweep > std::chrono::minutes(5)) {
        const double refill = m_burst / m_perSecond;
        m_buckets.removeIf([&](const auto &it) {
            return std::chrono::duration<double>(now - it.value().updated).count() > refill;
        });
        m_lastSweep = now;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_burst, now});
    Bucket &b = *it;
    const double elapsed = std::chrono::duration<double>(now - b.updated).count();
    b.tokens = qMin(m_burst, b.tokens + elapsed * m_perSecond);
    b.updated = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    return qMax(1, int(std::ceil((1.0 - b.tokens) / m_perSecond)));
}

int SignInDelays::waitFor(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_records.constFind(account);
    if (it == m_records.constEnd())
        return 0;
    const double left = std::chrono::duration<double>(it->allowedFrom - Clock::now()).count();
    return left > 0 ? qMax(1, int(std::ceil(left))) : 0;
}

void SignInDelays::failed(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    Record &r = m_records[account];
    ++r.failures;
    if (r.failures > FreeFailures) {
        const int exponent = qMin(r.failures - FreeFailures - 1, 10);
        const int seconds = qMin(LongestWaitSeconds, 1 << exponent);
        r.allowedFrom = Clock::now() + std::chrono::seconds(seconds);
    }
    // Forgotten accounts keep the table small: many names tried once each are dropped.
    if (m_records.size() > 100000)
        m_records.removeIf([](const auto &it) { return it.value().failures <= FreeFailures; });
}

void SignInDelays::succeeded(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    m_records.remove(account);
}

} // namespace Soudan::Server
