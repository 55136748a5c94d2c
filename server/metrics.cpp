#include "server/metrics.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

namespace {

// The routes the API serves, as templates: the only values of the "route" label.
const QStringList Routes = {
    u"/health"_s,
    u"/ready"_s,
    u"/metrics"_s,
    u"/api/v1/health"_s,
    u"/api/v1/session"_s,
    u"/api/v1/categories"_s,
    u"/api/v1/changes"_s,
    u"/api/v1/threads/{id}"_s,
    u"/api/v1/threads/{id}/answers/{id}"_s,
    u"/api/v1/threads/{id}/best-answer"_s,
    u"/api/v1/threads/{id}/thanks"_s,
    u"/api/v1/threads/{id}/views"_s,
    u"/api/v1/threads/{id}/state"_s,
    u"/api/v1/threads/{id}/edit"_s,
    u"/api/v1/threads/{id}/answers/{id}/edit"_s,
    u"/api/v1/threads/{id}/supplements/{id}"_s,
    u"/api/v1/threads/{id}/withdraw"_s,
    u"/api/v1/threads/{id}/answers/{id}/withdraw"_s,
    u"/api/v1/threads/{id}/close"_s,
    u"/api/v1/threads/{id}/revisions"_s,
    u"/api/v1/threads/{id}/answers/{id}/revisions"_s,
    u"/api/v1/categories/{id}/state"_s,
    u"/api/v1/notifications/{id}/read"_s,
    u"/api/v1/reports"_s,
    u"/api/v1/reports/{id}"_s,
    u"/api/v1/reports/{id}/claim"_s,
    u"/api/v1/reports/{id}/resolve"_s,
    u"/api/v1/reports/{id}/restore"_s,
    u"/api/v1/reports/{id}/notes"_s,
    u"/api/v1/reports/{id}/warn"_s,
    u"/api/v1/reports/{id}/appeal"_s,
    u"/api/v1/users/{id}/restriction"_s,
};

QString labelValue(const QString &text)
{
    QString v = text;
    return v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
}

} // namespace

QString Metrics::route(const std::string &path)
{
    static const QRegularExpression segment(uR"(/(?:[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|\d{1,18}))"_s);
    if (path.size() > 512)
        return u"other"_s;
    QString p = QString::fromStdString(path);
    p.replace(segment, u"/{id}"_s);
    return Routes.contains(p) ? p : u"other"_s;
}

void Metrics::record(const std::string &method, const std::string &path, int status, double seconds)
{
    const QString r = route(path);
    // Only the methods the API answers: anything else is "other", like an unknown route.
    static const QStringList methods = {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s};
    QString m = QString::fromStdString(method);
    if (!methods.contains(m))
        m = u"other"_s;
    const QMutexLocker lock(&m_mutex);
    ++m_requests[m + u'\n' + r + u'\n' + QString::number(status)];
    Histogram &h = m_latency[m + u'\n' + r];
    for (size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++h.buckets[i];
    }
    ++h.count;
    h.sum += seconds;
    if (r == u"/api/v1/session"_s && m == u"POST"_s && (status == 401 || status == 429))
        ++m_signInFailures;
}

QByteArray Metrics::exposition(qint64 feedSeq) const
{
    QString out;
    const QMutexLocker lock(&m_mutex);
    out += u"# HELP soudan_http_requests_total Requests answered, by method, route and status.\n"
           u"# TYPE soudan_http_requests_total counter\n"_s;
    QStringList keys = m_requests.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split(u'\n');
        out += u"soudan_http_requests_total{method=\"%1\",route=\"%2\",status=\"%3\"} %4\n"_s.arg(
            labelValue(parts.value(0)), labelValue(parts.value(1)), parts.value(2),
            QString::number(m_requests.value(key)));
    }
    out += u"# HELP soudan_http_request_duration_seconds Time to answer a request, by method and "
           u"route.\n# TYPE soudan_http_request_duration_seconds histogram\n"_s;
    keys = m_latency.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QStringList parts = key.split(u'\n');
        const QString labels = u"method=\"%1\",route=\"%2\""_s.arg(labelValue(parts.value(0)),
                                                                   labelValue(parts.value(1)));
        const Histogram &h = m_latency[key];
        for (size_t i = 0; i < Buckets.size(); ++i) {
            out += u"soudan_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3\n"_s.arg(
                labels, QString::number(Buckets[i]), QString::number(h.buckets[i]));
        }
        out += u"soudan_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} %2\n"_s.arg(
            labels, QString::number(h.count));
        out += u"soudan_http_request_duration_seconds_sum{%1} %2\n"_s.arg(
            labels, QString::number(h.sum, 'g', 12));
        out += u"soudan_http_request_duration_seconds_count{%1} %2\n"_s.arg(
            labels, QString::number(h.count));
    }
    out += u"# HELP soudan_sign_in_failures_total Sign-ins refused (wrong password, or delayed).\n"
           u"# TYPE soudan_sign_in_failures_total counter\n"
           u"soudan_sign_in_failures_total %1\n"_s.arg(m_signInFailures);
    out += u"# HELP soudan_feed_sequence The changes feed's last sequence number.\n"
           u"# TYPE soudan_feed_sequence gauge\n"
           u"soudan_feed_sequence %1\n"_s.arg(feedSeq);
    return out.toUtf8();
}

} // namespace Soudan::Server
