#include "sync/synccontroller.h"

#include "domain/apicodec.h"
#include "domain/servererrors.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/apiclient.h"
#include "sync/connectivity.h"
#include "sync/tokenstore.h"

#include <QHostAddress>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {
const auto ServerKey = u"server/url"_s;
const auto UserKey = u"server/user"_s;
const auto OfflineKey = u"sync/workOffline"_s;
const auto IntervalKey = u"sync/intervalMinutes"_s;
} // namespace

SyncController::SyncController(Store &store, QSettings &settings, const QString &profileDir,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_engine(new SyncEngine(store.path()))
    , m_connectivity(new Connectivity(this))
    , m_tokens(new TokenStore(profileDir, this))
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<StoreChange>();
    qRegisterMetaType<SyncEngine::Config>();
    m_thread.setObjectName(u"soudan-sync"_s);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::statusChanged, this, [this](const SyncStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_engine, &SyncEngine::storeChanged, this,
            [this](const StoreChange &change) { m_store.announce(change); });
    connect(m_connectivity, &Connectivity::onlineChanged, m_engine,
            &SyncEngine::setNetworkAvailable);
    m_thread.start();
    const bool offline = workOffline();
    QMetaObject::invokeMethod(m_engine,
                              [engine = m_engine, offline] { engine->setWorkOffline(offline); });
    // Until the first run says more: a server is set up, and not reached yet.
    if (!server().isEmpty())
        m_status.state = offline ? SyncStatus::State::WorkingOffline : SyncStatus::State::Offline;
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl SyncController::server() const
{
    return QUrl(m_settings.value(ServerKey).toString());
}

QString SyncController::user() const
{
    return m_settings.value(UserKey).toString();
}

bool SyncController::workOffline() const
{
    return m_settings.value(OfflineKey, false).toBool();
}

int SyncController::syncIntervalMinutes() const
{
    return qBound(0, m_settings.value(IntervalKey, DefaultSyncIntervalMinutes).toInt(), 24 * 60);
}

void SyncController::setSyncIntervalMinutes(int minutes)
{
    m_settings.setValue(IntervalKey, minutes);
    const int seconds = syncIntervalMinutes() * 60;
    QMetaObject::invokeMethod(m_engine,
                              [engine = m_engine, seconds] { engine->setPollSeconds(seconds); });
}

QString SyncController::account() const
{
    return SyncEngine::origin(server(), user());
}

void SyncController::configureEngine(const QString &token)
{
    m_signedIn = !token.isEmpty();
    m_token = token;
    SyncEngine::Config config;
    config.server = server();
    config.user = user();
    config.token = token;
    config.pollSeconds = syncIntervalMinutes() * 60;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, config] {
        engine->configure(config);
        engine->syncNow();
    });
    Q_EMIT accountChanged();
}

void SyncController::start()
{
    if (server().isEmpty() || user().isEmpty()) {
        configureEngine(QString());
        return;
    }
    m_tokens->read(account(), [this](const QString &token) { configureEngine(token); });
}

void SyncController::signIn(const QUrl &server, const QString &user, const QString &password)
{
    auto *watcher = new QObject(this);
    connect(m_engine, &SyncEngine::signedIn, watcher,
            [this, watcher, server, user](const QString &token, const User &me) {
                watcher->deleteLater();
                m_store.sync().setMe(me);
                m_settings.setValue(ServerKey, server.toString());
                m_settings.setValue(UserKey, user);
                m_settings.sync();
                m_tokens->write(account(), token, [this, token](bool ok, const QString &warning) {
                    configureEngine(token);
                    Q_EMIT signInFinished(true, ok ? warning : warning);
                });
            });
    connect(m_engine, &SyncEngine::signInFailed, watcher, [this, watcher](const QString &message) {
        watcher->deleteLater();
        Q_EMIT signInFinished(false, message);
    });
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, server, user, password] {
        engine->signIn(server, user, password);
    });
}

void SyncController::signOut()
{
    // The server forgets the token too (a copy elsewhere no longer signs in), when it can be
    // reached; here it is gone at once either way.
    QMetaObject::invokeMethod(m_engine, &SyncEngine::signOut);
    m_tokens->remove(account());
    configureEngine(QString());
}

bool SyncController::plainHttpAllowed()
{
    return qEnvironmentVariableIntValue("SOUDAN_ALLOW_PLAIN_HTTP") == 1;
}

bool SyncController::isSafeServer(const QUrl &server)
{
    if (server.scheme() == u"https"_s)
        return true;
    if (server.scheme() != u"http"_s)
        return false;
    const QString host = server.host();
    const QHostAddress address(host);
    return host == u"localhost"_s || address.isLoopback() || plainHttpAllowed();
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow);
}

void SyncController::setWorkOffline(bool offline)
{
    m_settings.setValue(OfflineKey, offline);
    QMetaObject::invokeMethod(m_engine,
                              [engine = m_engine, offline] { engine->setWorkOffline(offline); });
}

void SyncController::fetchRevisions(
    const QUuid &threadId, const QUuid &answerId,
    std::function<void(const std::optional<QList<Revision>> &, const QString &)> done)
{
    if (!m_signedIn || workOffline()) {
        done(std::nullopt, tr("The history of a post is on the server: sign in and go online "
                              "to see it."));
        return;
    }
    if (!m_lookups)
        m_lookups = new ApiClient(this);
    m_lookups->setBaseUrl(server());
    m_lookups->setToken(m_token);
    const QString thread = threadId.toString(QUuid::WithoutBraces);
    const QString path = answerId.isNull() ? u"/api/v1/threads/%1/revisions"_s.arg(thread)
                                           : u"/api/v1/threads/%1/answers/%2/revisions"_s.arg(
                                                 thread, answerId.toString(QUuid::WithoutBraces));
    m_lookups->send("GET", path, {}, [done](const ApiReply &reply) {
        if (!reply.ok()) {
            done(std::nullopt, reply.code.isEmpty()
                                   ? reply.message
                                   : ServerErrors::describe(reply.code, reply.message));
            return;
        }
        const Result<QList<Revision>> revisions = ApiCodec::decodeRevisions(reply.body);
        if (!revisions) {
            done(std::nullopt, ServerErrors::describe(u"malformed_response"_s, revisions.error()));
            return;
        }
        done(revisions.value(), QString());
    });
}

} // namespace Soudan
