#pragma once

#include "domain/user.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Soudan {
class Store;
class SyncController;
class SyncEngine;
} // namespace Soudan

// Clients of the real soudan-server for the end-to-end tests: the same parts the application
// puts together, on a temporary profile.
namespace Soudan::Test {

// For tests of the client against the server: tokens kept in a file of the profile (no keyring
// on a test machine), dates and numbers in English.
void setUpClientTests();

// How the board writes an id.
QString idText(const QUuid &id);

// A user signed in over the API (the password is ServerProcess::passwordOf(name)).
struct Account
{
    QString token;
    User user;
};
Account signIn(const QUrl &server, const QString &name);

// A cache and a sync engine with its own connection to it, run by hand: what the client runs on
// its sync thread. Without an account the engine is configured later (configure()).
struct EngineClient
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<SyncEngine> engine;

    EngineClient();
    EngineClient(const QUrl &server, const Account &account, int timeoutMs = 30000);
    ~EngineClient();

    void configure(const QUrl &server, const QString &user, const QString &token,
                   int pageSize = 500, int timeoutMs = 30000);
    // Runs one sync; true when it ended up to date.
    bool sync(int timeoutMs = 120000);
    // Whether the cache shows the thread to its reader.
    bool hasThread(const QUuid &id) const;
};

// A profile as the application makes it: the cache, the settings and the sync controller.
struct AppProfile
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SyncController> sync;

    AppProfile();
    ~AppProfile();

    // Signs in as name and waits for the first sync to finish; false when either failed.
    bool signIn(const QUrl &server, const QString &name);
};

} // namespace Soudan::Test
