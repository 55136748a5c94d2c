#pragma once

#include "tests/support/faultproxy.h"
#include "tests/support/testclient.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <vector>

namespace Soudan::Test {
class ServerProcess;
}

// bench_soak's clients, what it counted, and the checks after its run.
namespace Soudan::Bench {

void print(const QString &line);

// One user's client: its cache and sync engine behind a proxy of its own, and what it wrote.
struct SoakClient
{
    struct Choice
    {
        QUuid item;
        QUuid thread;
        QUuid answer;
    };

    QString name;
    bool moderator = false;
    Test::Account account;
    std::unique_ptr<Test::FaultProxy> proxy; // declared first: the client goes before it
    std::unique_ptr<Test::EngineClient> client;
    bool syncing = false;
    bool faulty = false; // the proxy breaks or slows requests in this phase
    bool reportedStuck = false;
    qint64 nextSyncMs = 0;
    qint64 nextPhaseMs = 0;
    qint64 syncStartedMs = 0;
    QList<QUuid> questions, answers, reports;
    QHash<QUuid, QUuid> reportTargets; // report → the reported post
    QList<Choice> bests, thanks;
};

struct MemorySample
{
    double seconds = 0;
    double benchMiB = -1;
    double serverMiB = -1; // -1: the server was down
    qint64 serverPid = 0;
    int restarts = 0; // before this sample
};

struct SoakFigures
{
    qint64 runMs = 0;
    qint64 drainMs = 0;
    QMap<QString, int> writes; // by kind
    int writesWhileFaulty = 0;
    QStringList writeFailures;
    int syncs = 0;
    int syncsUpToDate = 0;
    int syncsFailed = 0;
    int drainSyncs = 0;
    int drainRounds = 0;
    qint64 itemsSent = 0;
    int restarts = 0;
    int startFailures = 0;
    int faultsInjected = 0;
    QMap<QString, int> phases; // fault phases by fault
    QStringList stuckRuns;
    QList<MemorySample> memory;
};

// Prints the figures and runs the checks; returns how many failed.
int runChecks(const Test::ServerProcess &server,
              const std::vector<std::unique_ptr<SoakClient>> &clients, const SoakFigures &figures,
              bool smoke);

} // namespace Soudan::Bench
