#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Soudan {

// Where the sync stands, as the status bar shows it.
struct SyncStatus
{
    enum class State
    {
        NotConfigured,  // no server set up: the cache is all there is
        WorkingOffline, // the user asked not to connect
        Offline,        // no network, or the server cannot be reached; retrying
        Syncing,
        UpToDate,
        Error,        // the server refused or sent something unreadable; retrying
        SignInNeeded, // the token was refused
    };

    State state = State::NotConfigured;
    double progress = -1; // 0..1 while syncing, when known
    QString message;      // what went wrong, for Offline, Error and SignInNeeded
    QDateTime lastSync;   // the last time the cache was up to date
    int retryInSeconds = -1;
    qint64 changesPulled = 0; // in the current or last run
    int itemsSent = 0;        // outbox items sent in the current or last run
    int itemsWaiting = 0;     // outbox items not sent yet
    int needsAttention = 0;   // outbox items the server refused
    bool resyncing = false;
    int postsToIndex = 0; // about how many posts (after a first sync or an upgrade) to index
};

} // namespace Soudan

Q_DECLARE_METATYPE(Soudan::SyncStatus)
