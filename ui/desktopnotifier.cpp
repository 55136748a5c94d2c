#include "ui/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotify, "soudan.notify")

namespace Soudan {

namespace {

const auto Service = u"org.freedesktop.Notifications"_s;
const auto Path = u"/org/freedesktop/Notifications"_s;
const auto Interface = u"org.freedesktop.Notifications"_s;

// Bodies may be read as markup by the service: user text stays text.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    m_connected = bus.connect(Service, Path, Interface, u"ActionInvoked"_s, this,
                              SLOT(onActionInvoked(uint, QString))) &&
                  bus.connect(Service, Path, Interface, u"NotificationClosed"_s, this,
                              SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::isAvailable() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(Service).value();
}

void DesktopNotifier::show(const QString &summary, const QString &body, const QUuid &threadId,
                           const QUuid &postId)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT failed(u"no session bus"_s);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, u"Notify"_s);
    // The desktop file's id and the icon's name (resources/linux/).
    const QVariantMap hints{{u"desktop-entry"_s, u"org.soudan.Soudan"_s},
                            {u"category"_s, u"im.received"_s}};
    //: The action of a desktop notification that opens its thread.
    QStringList actions;
    if (!threadId.isNull())
        actions << u"default"_s << tr("Open");
    call << u"Soudan"_s << uint(0) << u"org.soudan.Soudan"_s << summary << escaped(body) << actions
         << hints << qint32(-1);
    const QDBusPendingCall pending = bus.asyncCall(call);
    auto *watcher = new QDBusPendingCallWatcher(pending, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, threadId, postId] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCInfo(lcNotify) << "desktop notification failed:" << reply.error().message();
            Q_EMIT failed(reply.error().message());
            return;
        }
        ++m_shown;
        if (!threadId.isNull())
            m_targets.insert(reply.value(), {threadId, postId});
        Q_EMIT shown(reply.value());
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_targets.constFind(id);
    if (it == m_targets.constEnd() || action != u"default"_s)
        return;
    Q_EMIT openRequested(it->threadId, it->postId);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_targets.remove(id);
}

} // namespace Soudan
