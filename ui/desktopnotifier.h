#pragma once

#include "store/storetypes.h"

#include <QHash>
#include <QObject>
#include <QUuid>

class QDBusPendingCallWatcher;

namespace Soudan {

// Notifications on the desktop through org.freedesktop.Notifications on the session bus, the
// way KDE and GNOME applications send them. Clicking one (its default action) asks to open its
// thread. Without a notification service nothing is shown (the window's panel still is).
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Whether a notification service answers on the session bus.
    bool isAvailable() const;
    // Shows one notification; a thread and post to open when it is clicked.
    void show(const QString &summary, const QString &body, const QUuid &threadId,
              const QUuid &postId);
    // How many were accepted by the service since the start.
    int shownCount() const { return m_shown; }

Q_SIGNALS:
    void openRequested(const QUuid &threadId, const QUuid &postId);
    void shown(uint id);
    void failed(const QString &message);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Target
    {
        QUuid threadId;
        QUuid postId;
    };
    QHash<uint, Target> m_targets;
    int m_shown = 0;
    bool m_connected = false;
};

} // namespace Soudan
