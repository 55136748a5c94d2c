#include "app/synconce.h"

#include "app/options.h"
#include "store/boardreads.h"
#include "store/search.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/syncengine.h"
#include "sync/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QLockFile>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

struct SyncOnce
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::SyncOnce)

public:
    static int fail(const QString &message, int code = 1)
    {
        std::fputs(qPrintable(tr("soudan: %1").arg(message) + u'\n'), stderr);
        return code;
    }
};

void say(FILE *to, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), to);
    std::fflush(to);
}

} // namespace

int syncOnce(const Options &options)
{
    options.makeProfileDir();
    const std::unique_ptr<QLockFile> profileLock = options.lockProfile();
    if (!profileLock) {
        return SyncOnce::fail(SyncOnce::tr("Soudan is already running with this profile (%1); "
                                           "it syncs there.")
                                  .arg(QDir::toNativeSeparators(options.profileDir)),
                              3);
    }
    QSettings settings(QDir(options.profileDir).filePath(u"soudan.ini"_s), QSettings::IniFormat);
    const QUrl server(options.server.isEmpty() ? settings.value(u"server/url"_s).toString()
                                               : options.server);
    const QString user =
        options.user.isEmpty() ? settings.value(u"server/user"_s).toString() : options.user;
    if (server.isEmpty() || user.isEmpty())
        return SyncOnce::fail(SyncOnce::tr("no server account: give --server URL and --user NAME."),
                              2);

    Store::Opened opened = Store::open(QDir(options.profileDir).filePath(u"soudan.sqlite"_s));
    if (!opened.store)
        return SyncOnce::fail(opened.error);
    if (!opened.movedAsidePath.isEmpty()) {
        SyncOnce::fail(SyncOnce::tr("the old cache could not be used (%1); it was kept as %2.")
                           .arg(opened.movedAsideReason, opened.movedAsidePath));
        if (opened.salvagedItems > 0)
            SyncOnce::fail(SyncOnce::tr("%n unsent item(s) from it are in the outbox again.", "",
                                        opened.salvagedItems));
    }
    Store &store = *opened.store;
    SyncEngine engine(store.path());
    TokenStore tokens(options.profileDir);
    const QString account = SyncEngine::origin(server, user);
    QEventLoop loop;
    bool done = false;
    // Waits for a callback that may also have run at once.
    auto wait = [&] {
        if (!done)
            loop.exec();
        done = false;
    };
    auto finished = [&] {
        done = true;
        loop.quit();
    };

    QString token;
    if (options.passwordStdin) {
        QTextStream in(stdin);
        const QString password = in.readLine();
        QString problem;
        QObject::connect(&engine, &SyncEngine::signedIn, &loop,
                         [&](const QString &t, const User &me) {
                             token = t;
                             store.sync().setMe(me);
                             finished();
                         });
        QObject::connect(&engine, &SyncEngine::signInFailed, &loop, [&](const QString &message) {
            problem = message;
            finished();
        });
        engine.signIn(server, user, password);
        wait();
        if (token.isEmpty())
            return SyncOnce::fail(SyncOnce::tr("could not sign in: %1").arg(problem));
        bool kept = false;
        tokens.write(account, token, [&](bool ok, const QString &warning) {
            kept = ok;
            if (!warning.isEmpty())
                SyncOnce::fail(warning);
            finished();
        });
        wait();
        if (kept) {
            settings.setValue(u"server/url"_s, server.toString());
            settings.setValue(u"server/user"_s, user);
        }
    } else {
        tokens.read(account, [&](const QString &t) {
            token = t;
            finished();
        });
        wait();
        if (token.isEmpty()) {
            return SyncOnce::fail(SyncOnce::tr("not signed in to %1 as %2: add --password-stdin.")
                                      .arg(server.toString(), user),
                                  2);
        }
    }

    SyncEngine::Config config;
    config.server = server;
    config.user = user;
    config.token = token;
    config.maxAttempts = 3;
    engine.configure(config);
    bool upToDate = false;
    QObject::connect(&engine, &SyncEngine::runFinished, &loop, [&](bool ok) {
        upToDate = ok;
        finished();
    });
    engine.syncNow();
    wait();
    const SyncStatus status = engine.status();
    if (!upToDate)
        return SyncOnce::fail(SyncOnce::tr("the sync failed: %1").arg(status.message));
    // What a first sync left to be indexed for search is indexed before the cache is left.
    for (std::optional<int> left = 1; left != 0;) {
        if (!(left = store.search().indexBacklog(5000)))
            return SyncOnce::fail(SyncOnce::tr("the posts could not be indexed for search: %1")
                                      .arg(store.lastError()));
    }
    // And its segments merged, as the window's sync does after it.
    for (std::optional<bool> more = true; more != false;) {
        if (!(more = store.search().mergeIndex()))
            return SyncOnce::fail(SyncOnce::tr("the posts could not be indexed for search: %1")
                                      .arg(store.lastError()));
    }
    const CacheTotals totals = store.reads().totals();
    // With --notifications the summary goes to standard error: standard output is the list.
    FILE *to = options.notifications ? stderr : stdout;
    if (status.itemsSent > 0 || status.needsAttention > 0) {
        //: Summary of soudan --sync-once: what went from the outbox to the server.
        say(to, SyncOnce::tr("Sent %n item(s) from the outbox.", "", status.itemsSent));
    }
    if (status.needsAttention > 0) {
        say(to,
            SyncOnce::tr("%n item(s) need attention: the server refused them; their text is kept.",
                         "", status.needsAttention));
    }
    //: Summary of soudan --sync-once.
    say(to, SyncOnce::tr("Up to date with %1 as %2: %n change(s) pulled.", "",
                         int(status.changesPulled))
                .arg(server.toString(), user));
    //: Summary of soudan --sync-once: what the cache holds; %L1 to %L3 are numbers.
    say(to, SyncOnce::tr("Cache: threads %L1, answers %L2, categories %L3.")
                .arg(totals.threads)
                .arg(totals.answers)
                .arg(totals.categories));
    return 0;
}

} // namespace Soudan
