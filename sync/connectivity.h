#pragma once

#include <QObject>

namespace Soudan {

// Whether the system says there is a network, from QNetworkInformation (its default backend,
// else glib). Only a hint: what requests report is what counts, and with no backend at all the
// network is taken to be there.
class Connectivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connectivity)

public:
    explicit Connectivity(QObject *parent = nullptr);
    bool isOnline() const { return m_online; }
    QString backend() const { return m_backend; }

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    bool m_online = true;
    QString m_backend;
};

} // namespace Soudan
