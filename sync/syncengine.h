#pragma once

#include "domain/apitypes.h"
#include "store/storetypes.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Soudan {

class ApiClient;
struct ApiReply;
class FeedFetcher;
class Store;

// Pulls the board from the server into the cache. It writes each page together with its cursor
// in one transaction through its own Store (its own connection), so a kill or a network failure
// at any moment leaves the cache at the last whole page, and the next run resumes there. Failures
// are retried with exponential backoff and jitter, honouring Retry-After; a 410 starts a full
// resync. Lives on the thread it is used from (the sync thread in the client).
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    struct Config
    {
        QUrl server;
        QString user;
        QString token;
        int pageSize = 500;
        int timeoutMs = 30000;
        int pollSeconds = 60; // 0: only when asked
        int maxAttempts = 0;  // per run; 0: keep retrying
    };

    explicit SyncEngine(const QString &storePath, QObject *parent = nullptr);
    ~SyncEngine() override;

    SyncStatus status() const { return m_status; }
    // The origin a cache is synced with: the server and the user, since what a user sees
    // depends on their role.
    static QString origin(const QUrl &server, const QString &user);

public Q_SLOTS:
    void configure(const Soudan::SyncEngine::Config &config);
    void syncNow();
    void setWorkOffline(bool offline);
    void setNetworkAvailable(bool available);
    // How often to sync in the background (0: only when asked); applies from the next run.
    void setPollSeconds(int seconds);
    // Signs in with a password (never kept) and reports the token.
    void signIn(const QUrl &server, const QString &user, const QString &password);
    // Asks the server to forget the configured token (DELETE /api/v1/session); signed out here
    // whatever it answers, offline too. signedOut tells when the server has been asked.
    void signOut();

Q_SIGNALS:
    void statusChanged(const Soudan::SyncStatus &status);
    void storeChanged(const Soudan::StoreChange &change);
    // A run ended: up to date, or given up (see status().message).
    void runFinished(bool upToDate);
    void signedIn(const QString &token, const Soudan::User &user);
    void signInFailed(const QString &message);
    void signedOut(bool revoked);

private:
    bool openStore();
    void startRun();
    void pushNext();
    void onPushed(const OutboxItem &item, const ApiReply &reply);
    void countOutbox();
    void requestPage();
    void requestPage(const QString &cursor);
    void onPage(quint64 generation, const QString &requested, const ApiReply &reply,
                const std::optional<ChangesPage> &page);
    void onFailure(const ApiReply &reply);
    void scheduleRetry(int seconds);
    int backoffSeconds() const;
    void retry();
    // The cache could not be opened or written: tried again later, as after a network failure.
    void storeFailed(const QString &message);
    void setStatus(SyncStatus::State state, const QString &message = {});
    void updateProgress(const QString &cursor);
    void indexLaterSoon();
    void indexLater();

    QString m_storePath;
    std::unique_ptr<Store> m_store;
    ApiClient *m_api;
    std::unique_ptr<FeedFetcher> m_feed; // the pages, on a thread of their own
    quint64 m_feedGeneration = 0;        // of the fetch whose pages are written
    Config m_config;
    SyncStatus m_status;
    QTimer *m_retryTimer; // children: they move with the engine to its thread
    QTimer *m_pollTimer;
    bool m_running = false;
    bool m_runAgain = false; // asked for during a run: what was written since goes at its end
    bool m_workOffline = false;
    bool m_networkAvailable = true;
    bool m_configured = false;
    bool m_indexLaterQueued = false;
    int m_failures = 0;
    int m_attempts = 0;
    int m_resets = 0;
    qint64 m_startSeq = -1;
    qint64 m_latestSeq = -1;
};

} // namespace Soudan

Q_DECLARE_METATYPE(Soudan::SyncEngine::Config)
