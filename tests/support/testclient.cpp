#include "tests/support/testclient.h"

#include "domain/apicodec.h"
#include "store/boardreads.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Soudan::Test {

void setUpClientTests()
{
    qputenv("SOUDAN_TOKEN_STORE", "file");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Account signIn(const QUrl &server, const QString &name)
{
    Http http(server);
    const Http::Response r =
        http.send("POST", u"/api/v1/session"_s,
                  QJsonDocument(QJsonObject{{u"user"_s, name},
                                            {u"password"_s, ServerProcess::passwordOf(name)}})
                      .toJson(),
                  QString());
    const Result<Session> s = ApiCodec::decodeSession(r.body);
    if (!s)
        qWarning() << "sign-in of" << name << "failed:" << r.status << r.body;
    return s ? Account{s->token, s->user} : Account{};
}

EngineClient::EngineClient()
{
    store = std::move(Store::open(dir.filePath(u"soudan.sqlite"_s)).store);
    engine = std::make_unique<SyncEngine>(store->path());
    QObject::connect(engine.get(), &SyncEngine::storeChanged, store.get(), &Store::announce);
}

EngineClient::EngineClient(const QUrl &server, const Account &account, int timeoutMs)
    : EngineClient()
{
    store->sync().setMe(account.user);
    configure(server, account.user.displayName, account.token, 500, timeoutMs);
}

EngineClient::~EngineClient() = default;

void EngineClient::configure(const QUrl &server, const QString &user, const QString &token,
                             int pageSize, int timeoutMs)
{
    SyncEngine::Config c;
    c.server = server;
    c.user = user;
    c.token = token;
    c.pageSize = pageSize;
    c.timeoutMs = timeoutMs;
    c.maxAttempts = 1;
    engine->configure(c);
}

bool EngineClient::sync(int timeoutMs)
{
    QSignalSpy finished(engine.get(), &SyncEngine::runFinished);
    engine->syncNow();
    return finished.wait(timeoutMs) && finished.at(0).at(0).toBool();
}

bool EngineClient::hasThread(const QUuid &id) const
{
    const std::optional<ThreadDetail> d = store->reads().threadDetail(id);
    return d && !d->thread.hidden;
}

AppProfile::AppProfile()
    : store(std::move(Store::open(dir.filePath(u"soudan.sqlite"_s)).store))
    , settings(std::make_unique<QSettings>(dir.filePath(u"soudan.ini"_s), QSettings::IniFormat))
    , sync(std::make_unique<SyncController>(*store, *settings, dir.path()))
{}

AppProfile::~AppProfile() = default;

bool AppProfile::signIn(const QUrl &server, const QString &name)
{
    QSignalSpy signedIn(sync.get(), &SyncController::signInFinished);
    sync->signIn(server, name, ServerProcess::passwordOf(name));
    if (!signedIn.wait(30000))
        return false;
    return QTest::qWaitFor([this] { return sync->status().state == SyncStatus::State::UpToDate; },
                           30000);
}

} // namespace Soudan::Test
