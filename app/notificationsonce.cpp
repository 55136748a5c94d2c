// soudan --notifications: the unread notifications of the cache, for scripts.

#include "app/options.h"
#include "app/synconce.h"
#include "store/activitycache.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

struct NotificationsOnce
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::NotificationsOnce)
};

// Tabs and line breaks in a title would break the columns.
QString field(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

int notificationsOnce(const Options &options)
{
    const QString path = QDir(options.profileDir).filePath(u"soudan.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        //: %1 is the profile folder.
        std::fputs(qPrintable(NotificationsOnce::tr("soudan: no cache in %1: sync it first "
                                                    "(--sync-once).")
                                  .arg(options.profileDir) +
                              u'\n'),
                   stderr);
        return 1;
    }
    Store::Opened opened = Store::open(path);
    if (!opened.store) {
        std::fputs(
            qPrintable(
                NotificationsOnce::tr("soudan: the cache cannot be opened: %1").arg(opened.error) +
                u'\n'),
            stderr);
        return 1;
    }
    const QList<NotificationView> all = opened.store->activity().notifications(100000);
    if (!opened.store->lastError().isEmpty()) {
        std::fputs(qPrintable(u"soudan: "_s + opened.store->lastError() + u'\n'), stderr);
        return 1;
    }
    for (const NotificationView &n : all) {
        if (!n.unread)
            continue;
        const QString line = field(n.notification.kind) + u'\t' +
                             n.notification.threadId.toString(QUuid::WithoutBraces) + u'\t' +
                             field(n.threadTitle) + u'\t' +
                             n.notification.at.toUTC().toString(Qt::ISODate) + u'\n';
        std::fputs(line.toUtf8().constData(), stdout);
    }
    return 0;
}

} // namespace Soudan
