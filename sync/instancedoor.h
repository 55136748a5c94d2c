#pragma once

#include <QObject>
#include <QUuid>

#include <memory>

class QLocalServer;

namespace Soudan {

// The running client's door for a later launch on the same profile: a local socket, readable
// by the user alone, named after the profile. The later launch, which cannot take the profile's
// lock, knocks with what it was asked for (show the window, open a thread) and exits; the
// running client does it and says how it went.
class InstanceDoor final : public QObject
{
    Q_OBJECT

public:
    // What a launch asks the running client for; a null thread only shows the window.
    struct Request
    {
        QUuid thread;
    };
    enum class Answer
    {
        Done,
        NoSuchThread,
        NoAnswer, // no client runs on the profile, or it did not answer in time
    };

    explicit InstanceDoor(const QString &profileDir, QObject *parent = nullptr);
    ~InstanceDoor() override;

    // Opens the door (a stale socket of a client that crashed is replaced); false when the
    // socket cannot be made.
    bool open();
    // A later launch: hands the request to the client running on profileDir.
    static Answer knock(const QString &profileDir, const Request &request, int timeoutMs = 5000);

Q_SIGNALS:
    // Someone knocked; the receiver sets *found to false when the thread is not in the cache.
    void requested(const Soudan::InstanceDoor::Request &request, bool *found);

private:
    static QString socketName(const QString &profileDir);

    QString m_name;
    std::unique_ptr<QLocalServer> m_server;
};

} // namespace Soudan
