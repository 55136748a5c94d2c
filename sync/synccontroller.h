#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QThread>

class QSettings;

namespace Soudan {

class ApiClient;
class Connectivity;
class Store;
class TokenStore;

// The client's side of the sync for the UI thread: runs the SyncEngine on its own thread,
// keeps the account (server and user in the profile's settings, the token in the keyring),
// passes the network hint on, and re-announces what the engine wrote through the UI's Store so
// that the models update as pages arrive.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    SyncController(Store &store, QSettings &settings, const QString &profileDir,
                   QObject *parent = nullptr);
    ~SyncController() override;

    SyncStatus status() const { return m_status; }
    QUrl server() const;
    QString user() const;
    bool isSignedIn() const { return m_signedIn; }
    bool workOffline() const;
    // How often the board is synced in the background, in minutes (0: only when asked).
    int syncIntervalMinutes() const;
    static const int DefaultSyncIntervalMinutes = 5;
    // Whether Soudan may send a password and a token to server: https://, or http:// to this
    // computer (127.0.0.0/8, ::1, localhost); plain http:// elsewhere only in a test lab that
    // sets SOUDAN_ALLOW_PLAIN_HTTP=1.
    static bool isSafeServer(const QUrl &server);
    static bool plainHttpAllowed();

    // Reads the kept token and starts syncing when there is an account.
    void start();
    void signIn(const QUrl &server, const QString &user, const QString &password);
    void signOut();
    void syncNow();
    void setWorkOffline(bool offline);
    void setSyncIntervalMinutes(int minutes);
    // A post's revisions (the question's, or an answer's), asked of the server now: they are
    // for its author and moderators, and not kept in the cache. done gets them, or why not in
    // the user's language.
    void fetchRevisions(
        const QUuid &threadId, const QUuid &answerId,
        std::function<void(const std::optional<QList<Revision>> &revisions, const QString &problem)>
            done);

Q_SIGNALS:
    void statusChanged(const Soudan::SyncStatus &status);
    // ok, and a message: why it failed, or a warning about where the token is kept.
    void signInFinished(bool ok, const QString &message);
    void accountChanged();

private:
    void configureEngine(const QString &token);
    QString account() const;

    Store &m_store;
    QSettings &m_settings;
    QThread m_thread;
    SyncEngine *m_engine;
    Connectivity *m_connectivity;
    TokenStore *m_tokens;
    SyncStatus m_status;
    bool m_signedIn = false;
    QString m_token;
    ApiClient *m_lookups = nullptr; // on this thread, for what the UI asks of the server now
};

} // namespace Soudan
