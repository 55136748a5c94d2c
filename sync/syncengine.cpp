#include "sync/syncengine.h"

#include "domain/jsoncodec.h"
#include "store/activitycache.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/search.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/apiclient.h"
#include "sync/feedfetcher.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "soudan.sync")

namespace Soudan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::SyncEngine)
};

constexpr int MaxBackoffSeconds = 300;
constexpr int MaxResetsPerRun = 3;

} // namespace

SyncEngine::SyncEngine(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_api(new ApiClient(this))
    , m_feed(std::make_unique<FeedFetcher>(this,
                                           [this](quint64 generation, const QString &requested,
                                                  const ApiReply &reply,
                                                  const std::optional<ChangesPage> &page) {
                                               onPage(generation, requested, reply, page);
                                           }))
    , m_retryTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    m_pollTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::retry);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    // What a first sync left to be indexed for search is indexed between runs.
    connect(this, &SyncEngine::runFinished, this, &SyncEngine::indexLaterSoon);
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::origin(const QUrl &server, const QString &user)
{
    return server.adjusted(QUrl::StripTrailingSlash).toString() + u' ' + user;
}

bool SyncEngine::openStore()
{
    if (m_store)
        return true;
    Store::Opened opened = Store::open(m_storePath);
    if (!opened.store) {
        setStatus(SyncStatus::State::Error, opened.error);
        return false;
    }
    m_store = std::move(opened.store);
    connect(m_store.get(), &Store::changed, this, &SyncEngine::storeChanged);
    m_status.lastSync = m_store->sync().state().lastSync;
    indexLaterSoon();
    return true;
}

void SyncEngine::indexLaterSoon()
{
    if (!m_indexLaterQueued) {
        m_indexLaterQueued = true;
        QTimer::singleShot(0, this, &SyncEngine::indexLater);
    }
}

void SyncEngine::indexLater()
{
    m_indexLaterQueued = false;
    if (m_running || !m_store)
        return; // the end of the run asks again
    if (!m_store->search().postsLeftForLater()) {
        // Then the index's segments merged into one, a step at a time, when they wait for it.
        const std::optional<bool> more = m_store->search().mergeIndex();
        if (!more)
            qCWarning(lcSync) << "search index:" << m_store->lastError();
        else if (*more)
            indexLaterSoon();
        return;
    }
    // A batch is about a tenth of a second: pages and the outbox wait no longer than that.
    constexpr int Batch = 2000;
    const std::optional<int> left = m_store->search().indexBacklog(Batch);
    if (!left) {
        qCWarning(lcSync) << "search index:" << m_store->lastError();
        return;
    }
    m_status.postsToIndex = *left;
    Q_EMIT statusChanged(m_status);
    if (*left > 0 || m_store->search().mergePending())
        indexLaterSoon();
}

void SyncEngine::configure(const Config &config)
{
    m_config = config;
    m_configured = config.server.isValid() && !config.token.isEmpty();
    m_api->abortAll();
    m_feed->stop();
    m_running = false;
    m_api->setBaseUrl(config.server);
    m_api->setToken(config.token);
    m_api->setTimeout(config.timeoutMs);
    m_failures = 0;
    if (!openStore())
        return;
    if (m_workOffline)
        setStatus(SyncStatus::State::WorkingOffline);
    else if (!m_configured)
        setStatus(SyncStatus::State::NotConfigured);
}

void SyncEngine::setStatus(SyncStatus::State state, const QString &message)
{
    m_status.state = state;
    m_status.message = message;
    if (state != SyncStatus::State::Offline && state != SyncStatus::State::Error)
        m_status.retryInSeconds = -1;
    if (state != SyncStatus::State::Syncing)
        m_status.progress = -1;
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::setWorkOffline(bool offline)
{
    m_workOffline = offline;
    if (offline) {
        m_api->abortAll();
        m_feed->stop();
        m_running = false;
        m_retryTimer->stop();
        m_pollTimer->stop();
        setStatus(SyncStatus::State::WorkingOffline);
    } else {
        setStatus(m_configured ? SyncStatus::State::Offline : SyncStatus::State::NotConfigured);
        syncNow();
    }
}

void SyncEngine::setNetworkAvailable(bool available)
{
    const bool cameBack = available && !m_networkAvailable;
    m_networkAvailable = available;
    if (cameBack) {
        m_failures = 0;
        syncNow();
    } else if (!available && !m_running && m_configured && !m_workOffline) {
        setStatus(SyncStatus::State::Offline, Tr::tr("No network connection."));
    }
}

void SyncEngine::setPollSeconds(int seconds)
{
    m_config.pollSeconds = qMax(0, seconds);
    if (m_pollTimer->isActive()) {
        m_pollTimer->stop();
        if (m_config.pollSeconds > 0)
            m_pollTimer->start(m_config.pollSeconds * 1000);
    }
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_runAgain = true;
        return;
    }
    m_runAgain = false;
    if (m_workOffline || !m_configured)
        return;
    if (!openStore()) {
        storeFailed(m_status.message);
        return;
    }
    m_retryTimer->stop();
    m_pollTimer->stop();
    m_attempts = 0;
    m_resets = 0;
    m_status.changesPulled = 0;
    m_status.itemsSent = 0;
    startRun();
}

void SyncEngine::startRun()
{
    m_running = true;
    ++m_attempts;
    // A cache holding another board (the demo, or another server's) is replaced by a full
    // resync; rows stay readable until the server's own have all arrived.
    const QString origin = SyncEngine::origin(m_config.server, m_config.user);
    SyncState state = m_store->sync().state();
    if (state.origin != origin) {
        if (!m_store->sync().beginResync(origin)) {
            storeFailed(m_store->lastError());
            return;
        }
        state = m_store->sync().state();
    }
    m_status.resyncing = state.resyncing;
    m_startSeq = state.cursor.section(u'-', 0, 0).toLongLong();
    m_latestSeq = -1;
    m_status.progress = -1;
    countOutbox();
    setStatus(SyncStatus::State::Syncing);
    pushNext();
}

void SyncEngine::countOutbox()
{
    m_status.itemsWaiting = m_store->outbox().count(OutboxState::Waiting);
    m_status.needsAttention = m_store->outbox().count(OutboxState::NeedsAttention);
}

void SyncEngine::pushNext()
{
    // What the user wrote goes first, in order; then the board is pulled.
    const std::optional<OutboxItem> item = m_store->outbox().nextWaiting();
    if (!item) {
        requestPage();
        return;
    }
    const QString id = item->id.toString(QUuid::WithoutBraces);
    const QString thread = item->threadId.toString(QUuid::WithoutBraces);
    const QString target = item->targetId.toString(QUuid::WithoutBraces);
    QByteArray method = "PUT";
    QString path;
    switch (item->kind) {
    case OutboxKind::Question:
        path = u"/api/v1/threads/"_s + id;
        break;
    case OutboxKind::Answer:
        path = u"/api/v1/threads/%1/answers/%2"_s.arg(thread, id);
        break;
    case OutboxKind::BestAnswer:
        method = "POST";
        path = u"/api/v1/threads/%1/best-answer"_s.arg(thread);
        break;
    case OutboxKind::Thanks:
        path = u"/api/v1/threads/%1/thanks"_s.arg(thread);
        break;
    case OutboxKind::Report:
        path = u"/api/v1/reports/"_s + id;
        break;
    case OutboxKind::View:
        method = "POST";
        path = u"/api/v1/threads/%1/views"_s.arg(thread);
        break;
    case OutboxKind::ModerationClaim:
    case OutboxKind::ModerationResolve:
    case OutboxKind::ModerationRestore:
    case OutboxKind::ModerationNote:
    case OutboxKind::ModerationWarn: {
        static const char *const actions[] = {"claim", "resolve", "restore", "notes", "warn"};
        method = "POST";
        path = u"/api/v1/reports/%1/%2"_s.arg(
            item->targetId.toString(QUuid::WithoutBraces),
            QLatin1StringView(actions[int(item->kind) - int(OutboxKind::ModerationClaim)]));
        break;
    }
    case OutboxKind::ThreadState:
        path = u"/api/v1/threads/%1/state"_s.arg(thread);
        break;
    case OutboxKind::CategoryState:
        path = u"/api/v1/categories/%1/state"_s.arg(item->targetNumber);
        break;
    case OutboxKind::NotificationRead:
        path = u"/api/v1/notifications/%1/read"_s.arg(item->targetNumber);
        break;
    case OutboxKind::EditQuestion:
        method = "POST";
        path = u"/api/v1/threads/%1/edit"_s.arg(thread);
        break;
    case OutboxKind::EditAnswer:
        method = "POST";
        path = u"/api/v1/threads/%1/answers/%2/edit"_s.arg(thread, target);
        break;
    case OutboxKind::Supplement:
        path = u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, id);
        break;
    case OutboxKind::WithdrawQuestion:
        method = "POST";
        path = u"/api/v1/threads/%1/withdraw"_s.arg(thread);
        break;
    case OutboxKind::WithdrawAnswer:
        method = "POST";
        path = u"/api/v1/threads/%1/answers/%2/withdraw"_s.arg(thread, target);
        break;
    case OutboxKind::CloseQuestion:
        method = "POST";
        path = u"/api/v1/threads/%1/close"_s.arg(thread);
        break;
    case OutboxKind::Appeal:
        method = "POST";
        path = u"/api/v1/reports/%1/appeal"_s.arg(target);
        break;
    case OutboxKind::RestrictMember:
        method = "POST";
        path = u"/api/v1/users/%1/restriction"_s.arg(item->targetNumber);
        break;
    }
    // The item's id is also its idempotency key: sent twice (after a crash, a lost response),
    // it is done once.
    m_api->send(method, path,
                item->kind == OutboxKind::View || item->kind == OutboxKind::NotificationRead
                    ? QByteArray()
                    : item->payload,
                [this, item = *item](const ApiReply &reply) { onPushed(item, reply); },
                {{"Idempotency-Key", id.toUtf8()}});
}

void SyncEngine::onPushed(const OutboxItem &item, const ApiReply &reply)
{
    if (!m_running)
        return;
    const bool moderation = isModeration(item.kind);
    if (reply.ok()) {
        // A moderator's action answers with the item as it now is, a state item with the row.
        const Result<ModerationItem> now =
            moderation
                ? JsonCodec::decodeModerationItem(QJsonDocument::fromJson(reply.body).object())
                : Result<ModerationItem>::failure(QString());
        const bool state = isBookkeeping(item.kind) && item.kind != OutboxKind::View;
        if (now)
            m_store->moderation().markSent(item.id, now.value());
        else if (!state || !m_store->activity().confirm(item, reply.body))
            m_store->outbox().markSent(item.id);
        ++m_status.itemsSent;
        countOutbox();
        setStatus(SyncStatus::State::Syncing);
        pushNext();
        return;
    }
    // A member's own limit (reports an hour) is a refusal of this item, not a busy server:
    // the queue goes on, and the item waits for the user.
    const bool refused = reply.failure == ApiReply::Failure::Http && reply.status >= 400 &&
                         reply.status < 500 && reply.status != 401 && reply.status != 408 &&
                         (reply.status != 429 || reply.code == u"too_many_reports"_s);
    if (refused) {
        // The server said no (the thread was closed or hidden, not the asker, …): the item
        // waits for the user with its text; the next ones go on. A view or a read mark is only
        // dropped.
        // A moderator's action refused as stale or claimed comes with the item as it now is:
        // stored, it shows what changed.
        if (moderation && reply.status == 409) {
            const QJsonValue current =
                QJsonDocument::fromJson(reply.body).object().value(u"item"_s);
            if (const Result<ModerationItem> now = JsonCodec::decodeModerationItem(current)) {
                ChangeSet changes;
                changes.moderationItems = {now.value()};
                m_store->sync().ingest(changes);
            }
        }
        // An edit over a revision that is no longer the post's comes with the post as it is.
        if (reply.status == 409 &&
            (item.kind == OutboxKind::EditQuestion || item.kind == OutboxKind::EditAnswer)) {
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            ChangeSet changes;
            if (const Result<Thread> t = JsonCodec::decodeThread(body.value(u"thread"_s)))
                changes.threads = {t.value()};
            if (const Result<Answer> a = JsonCodec::decodeAnswer(body.value(u"answer"_s)))
                changes.answers = {a.value()};
            if (!changes.threads.isEmpty() || !changes.answers.isEmpty())
                m_store->sync().ingest(changes);
        }
        if (isBookkeeping(item.kind))
            m_store->outbox().discard(item.id);
        else
            // Kept with the server's words: the outbox says what the code means in the
            // language of the moment (ServerErrors).
            m_store->outbox().markNeedsAttention(item.id, reply.code, reply.serverMessage);
        countOutbox();
        pushNext();
        return;
    }
    m_store->outbox().markAttempt(item.id, reply.message);
    onFailure(reply);
}

void SyncEngine::requestPage()
{
    requestPage(m_store->sync().state().cursor);
}

void SyncEngine::requestPage(const QString &cursor)
{
    m_feedGeneration = m_feed->start(
        {m_config.server, m_config.token, m_config.timeoutMs, m_config.pageSize, cursor});
}

void SyncEngine::updateProgress(const QString &cursor)
{
    // Cursors are opaque, but start with a sequence number that grows: enough for progress.
    bool ok = false;
    const qint64 seq = cursor.section(u'-', 0, 0).toLongLong(&ok);
    if (!ok || m_latestSeq <= m_startSeq) {
        m_status.progress = -1;
        return;
    }
    m_status.progress =
        qBound(0.0, double(seq - m_startSeq) / double(m_latestSeq - m_startSeq), 1.0);
}

void SyncEngine::onPage(quint64 generation, const QString &requested, const ApiReply &reply,
                        const std::optional<ChangesPage> &fetched)
{
    // A page continues the cache only from where the cache is: one asked for before a failure
    // or by an earlier run is left alone.
    if (generation != m_feedGeneration || !m_running || requested != m_store->sync().state().cursor)
        return;
    if (!reply.ok() || !fetched) {
        onFailure(reply);
        return;
    }
    const ChangesPage &page = *fetched;
    if (m_latestSeq < 0)
        m_latestSeq = page.latest.toLongLong();
    if (!m_store->sync().applyPage(page.changes, page.cursor)) {
        m_feed->stop();
        storeFailed(m_store->lastError());
        return;
    }
    m_feed->written(generation);
    m_failures = 0;
    m_status.changesPulled += page.changes.size();
    if (page.hasMore) {
        updateProgress(page.cursor);
        setStatus(SyncStatus::State::Syncing);
        return;
    }
    if (m_store->sync().state().resyncing && !m_store->sync().finishResync()) {
        storeFailed(m_store->lastError());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->sync().setLastSync(now);
    m_status.lastSync = now;
    m_status.resyncing = false;
    m_running = false;
    setStatus(SyncStatus::State::UpToDate);
    if (m_config.pollSeconds > 0)
        m_pollTimer->start(m_config.pollSeconds * 1000);
    Q_EMIT runFinished(true);
    if (m_runAgain)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::onFailure(const ApiReply &reply)
{
    m_running = false;
    qCInfo(lcSync) << "sync failed:" << reply.status << reply.code << reply.message;
    if (reply.failure == ApiReply::Failure::Http && reply.status == 410 &&
        m_resets < MaxResetsPerRun) {
        ++m_resets;
        // The server no longer has the history from our cursor: start again from the top,
        // keeping the rows (and, later, unsent writes) until the resync is complete.
        if (m_store->sync().beginResync(SyncEngine::origin(m_config.server, m_config.user))) {
            startRun();
            return;
        }
    }
    if (reply.failure == ApiReply::Failure::Http && reply.status == 401) {
        setStatus(SyncStatus::State::SignInNeeded,
                  Tr::tr("The server no longer accepts this sign-in: %1").arg(reply.message));
        Q_EMIT runFinished(false);
        return;
    }
    ++m_failures;
    const bool unreachable =
        reply.failure == ApiReply::Failure::Network || reply.failure == ApiReply::Failure::Timeout;
    setStatus(unreachable ? SyncStatus::State::Offline : SyncStatus::State::Error, reply.message);
    if (m_config.maxAttempts > 0 && m_attempts >= m_config.maxAttempts) {
        Q_EMIT runFinished(false);
        return;
    }
    scheduleRetry(reply.retryAfterSeconds < 0 ? backoffSeconds() : reply.retryAfterSeconds);
    if (m_config.maxAttempts == 0)
        Q_EMIT runFinished(false);
}

void SyncEngine::scheduleRetry(int seconds)
{
    m_status.retryInSeconds = seconds;
    Q_EMIT statusChanged(m_status);
    m_retryTimer->start(seconds * 1000);
}

void SyncEngine::retry()
{
    if (m_running || m_workOffline || !m_configured)
        return;
    if (m_config.maxAttempts > 0 && openStore())
        startRun(); // another attempt of the same run
    else if (m_config.maxAttempts > 0)
        storeFailed(m_status.message);
    else
        syncNow();
}

void SyncEngine::storeFailed(const QString &message)
{
    // The cache is busy (another program holds it) or could not be written: it is tried again
    // like the network, so that the sync does not stay stopped until asked again.
    m_running = false;
    ++m_failures;
    ++m_attempts;
    // The database's own words are for the log; people read what it means for them.
    qCInfo(lcSync) << "the cache failed:" << message;
    const bool busy = message.contains(u"locked"_s) || message.contains(u"busy"_s);
    setStatus(SyncStatus::State::Error,
              busy ? Tr::tr("The local cache is in use by another program: Soudan tries again "
                            "shortly.")
                   : Tr::tr("The local cache could not be written: Soudan tries again later."));
    if (m_config.maxAttempts > 0 && m_attempts >= m_config.maxAttempts) {
        Q_EMIT runFinished(false);
        return;
    }
    scheduleRetry(backoffSeconds());
    if (m_config.maxAttempts == 0)
        Q_EMIT runFinished(false);
}

int SyncEngine::backoffSeconds() const
{
    // Exponential backoff with jitter, so that many clients do not come back at once.
    const double base = qMin<double>(MaxBackoffSeconds, 2.0 * (1 << qMin(m_failures - 1, 8)));
    return qMax(1, int(base * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble())));
}

void SyncEngine::signIn(const QUrl &server, const QString &user, const QString &password)
{
    auto *api = new ApiClient(this);
    api->setBaseUrl(server);
    api->setTimeout(m_config.timeoutMs);
    api->login({user, password},
               [this, api](const ApiReply &reply, const std::optional<Session> &session) {
                   api->deleteLater();
                   if (!reply.ok() || !session) {
                       Q_EMIT signInFailed(reply.message);
                       return;
                   }
                   Q_EMIT signedIn(session->token, session->user);
               });
}

void SyncEngine::signOut()
{
    if (!m_configured || m_config.token.isEmpty()) {
        Q_EMIT signedOut(false);
        return;
    }
    auto *api = new ApiClient(this);
    api->setBaseUrl(m_config.server);
    api->setToken(m_config.token);
    api->setTimeout(m_config.timeoutMs);
    api->send("DELETE", u"/api/v1/session"_s, {}, [this, api](const ApiReply &reply) {
        api->deleteLater();
        Q_EMIT signedOut(reply.ok());
    });
}

} // namespace Soudan
