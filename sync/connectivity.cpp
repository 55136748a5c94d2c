#include "sync/connectivity.h"

#include <QNetworkInformation>

using namespace Qt::StringLiterals;

namespace Soudan {

Connectivity::Connectivity(QObject *parent)
    : QObject(parent)
{
    if (!QNetworkInformation::instance() && !QNetworkInformation::loadDefaultBackend() &&
        !QNetworkInformation::loadBackendByName(u"glib"))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    m_backend = info->backendName();
    auto apply = [this](QNetworkInformation::Reachability r) {
        // Unknown means the backend cannot tell: keep trying.
        const bool online = r != QNetworkInformation::Reachability::Disconnected;
        if (online != m_online) {
            m_online = online;
            Q_EMIT onlineChanged(online);
        }
    };
    apply(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
}

} // namespace Soudan
