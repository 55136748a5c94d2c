#include "tests/support/feedreader.h"

#include <QDebug>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Soudan::Test {

QString feedIdOf(const QString &kind, const QJsonObject &data)
{
    if (kind == u"thread_state"_s)
        return data.value(u"threadId"_s).toString();
    if (kind == u"category_state"_s)
        return data.value(u"categoryId"_s).toVariant().toString();
    return data.value(u"id"_s).toVariant().toString();
}

FeedRead readFeed(Http &http, const QString &from, int limit)
{
    FeedRead f;
    f.cursor = from;
    for (int guard = 0; guard < 10000; ++guard) {
        const Http::Response r =
            http.get(u"/api/v1/changes?limit=%1&cursor=%2"_s.arg(limit).arg(f.cursor));
        if (r.status != 200) {
            qWarning() << "feed:" << r.status << r.body;
            f.failed = true;
            break;
        }
        ++f.pages;
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            const QString kind = c.value(u"kind"_s).toString();
            if (c.value(u"op"_s).toString() == u"delete"_s) {
                const QString id = c.value(u"id"_s).toString();
                f.gone.insert(kind + u':' + id);
                f.rows[kind].remove(id);
                continue;
            }
            const QJsonObject data = c.value(u"data"_s).toObject();
            const QString id = feedIdOf(kind, data);
            f.gone.remove(kind + u':' + id);
            f.rows[kind].insert(id, data);
        }
        f.cursor = page.value(u"cursor"_s).toString();
        if (!page.value(u"hasMore"_s).toBool())
            break;
    }
    return f;
}

} // namespace Soudan::Test
