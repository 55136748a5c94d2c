#pragma once

// What the tests of moderation and reports share: ids, the feed as a member or moderator reads
// it, report bodies and the moderators' list.

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace ModerationSupport {

using namespace Qt::StringLiterals;
using Soudan::Test::Http;

// The demo board on a real server ($SOUDAN_TEST_BACKEND) with asker, helper and moderator
// signed in, and any more moderators added; false, with a warning, when a step failed.
inline bool startWithMembers(std::unique_ptr<Soudan::Test::ServerProcess> &server,
                             std::unique_ptr<Http> &asker, std::unique_ptr<Http> &helper,
                             std::unique_ptr<Http> &moderator,
                             const QStringList &moreModerators = {})
{
    using Soudan::Test::ServerProcess;
    server = std::make_unique<ServerProcess>();
    bool ok = server->createDatabase() && server->command({u"import-demo"_s}).exitCode == 0 &&
              server->addUser(u"asker"_s) && server->addUser(u"helper"_s) &&
              server->addUser(u"moderator"_s, u"moderator"_s);
    for (const QString &name : moreModerators)
        ok = ok && server->addUser(name, u"moderator"_s);
    ok = ok && server->start();
    const std::pair<std::unique_ptr<Http> *, QString> members[] = {
        {&asker, u"asker"_s}, {&helper, u"helper"_s}, {&moderator, u"moderator"_s}};
    for (const auto &[http, name] : members) {
        *http = std::make_unique<Http>(server->url());
        ok = ok && !(*http)->login(name, ServerProcess::passwordOf(name)).isEmpty();
    }
    if (!ok)
        qWarning() << "the test board did not start";
    return ok;
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Feed
{
    QHash<QString, QJsonObject> threads, answers, reports;
    QList<QJsonObject> notifications;
    QSet<QString> gone; // ids of tombstones
    QString cursor;
};

inline Feed readFeed(Http &http, const QString &from = {})
{
    Feed f;
    f.cursor = from;
    for (int guard = 0; guard < 1000; ++guard) {
        const Http::Response r = http.get(u"/api/v1/changes?limit=1000&cursor="_s + f.cursor);
        if (r.status != 200) {
            qWarning() << "feed:" << r.status << r.body;
            break;
        }
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            const QString kind = c.value(u"kind"_s).toString();
            if (c.value(u"op"_s).toString() == u"delete"_s) {
                const QString id = c.value(u"id"_s).toString();
                f.gone.insert(id);
                f.threads.remove(id);
                f.answers.remove(id);
                f.reports.remove(id);
                continue;
            }
            const QJsonObject data = c.value(u"data"_s).toObject();
            const QString id = data.value(u"id"_s).toVariant().toString();
            f.gone.remove(id);
            if (kind == u"thread"_s)
                f.threads.insert(id, data);
            else if (kind == u"answer"_s)
                f.answers.insert(id, data);
            else if (kind == u"report"_s)
                f.reports.insert(id, data);
            else if (kind == u"notification"_s)
                f.notifications.append(data);
        }
        f.cursor = page.value(u"cursor"_s).toString();
        if (!page.value(u"hasMore"_s).toBool())
            break;
    }
    return f;
}

inline QJsonObject report(const QString &kind, const QString &target, const QString &reason,
                          const QString &note = {})
{
    return {
        {u"targetKind"_s, kind}, {u"targetId"_s, target}, {u"reason"_s, reason}, {u"note"_s, note}};
}

// An item as the moderators' list shows it, with its priority; empty when not listed.
inline QJsonObject listed(Http &moderator, const QString &id)
{
    for (const QJsonValue &v : moderator.get(u"/api/v1/reports"_s).json()[u"items"_s].toArray())
        if (v[u"id"_s].toString() == id)
            return v.toObject();
    return {};
}

inline QStringList actions(const QJsonObject &item)
{
    QStringList list;
    for (const QJsonValue &a : item.value(u"audit"_s).toArray())
        list.append(a.toObject().value(u"action"_s).toString());
    return list;
}

} // namespace ModerationSupport
