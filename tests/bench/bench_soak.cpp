// A soak run: members and a moderator, each with a real cache, outbox and sync engine, write to
// one real soudan-server through proxies that break requests, while the server is killed and
// restarted; at the end every client drains its outbox and the cache is checked against the
// server. See docs/performance.md ("Soak").

#include "domain/rules.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "tests/bench/soakchecks.h"
#include "tests/bench/soaksupport.h"
#include "tests/support/faultproxy.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Bench;
using namespace Soudan::Test;

namespace {

using Fault = FaultProxy::Fault;

// The sync engine logs every failure, and sockets the proxies abort on purpose make Qt warn:
// thousands of lines in a run. They are counted, and shown with --verbose.
int quietedMessages = 0;

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
    else
        ++quietedMessages;
}

const QList<std::pair<Fault, const char *>> Faults = {
    {Fault::ResetBeforeServer, "reset before server"},
    {Fault::ResetAfterServer, "reset after server"},
    {Fault::CutOff, "cut off"},
    {Fault::TruncatedJson, "truncated JSON"},
    {Fault::ServerError, "500"},
    {Fault::TooManyRequests, "429"},
    {Fault::Stall, "stall"},
    {Fault::WrongTypes, "wrong types"},
    {Fault::WrongRowType, "wrong row type"},
    {Fault::StuckCursor, "stuck cursor"},
};

struct Settings
{
    int seconds = 180;
    bool smoke = false;
    bool restarts = true;
    int members = 4;
    quint32 seed = 0;
    ServerProcess::Backend backend = ServerProcess::Backend::SQLite;
};

class Soak final
{
public:
    Soak(ServerProcess &server, const Settings &settings)
        : m_server(server)
        , m_settings(settings)
        , m_rng(settings.seed)
    {}

    bool setUp();
    void run();
    bool drain();
    int check();

private:
    qint64 now() const { return m_clock.elapsed(); }
    int between(int low, int high) { return low + int(m_rng.bounded(high - low + 1)); }
    void tick();
    void sampleMemory();
    void serverTurn();
    void changePhase(SoakClient &c);
    void act(SoakClient &c);
    void ask(SoakClient &c);
    void answer(SoakClient &c);
    void chooseBest(SoakClient &c);
    void thank(SoakClient &c);
    void report(SoakClient &c);
    void moderate(SoakClient &c);
    void wrote(SoakClient &c, const std::optional<QUuid> &id, const char *kind);

    ServerProcess &m_server;
    Settings m_settings;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<SoakClient>> m_clients;
    QList<qint64> m_categories;
    QList<QUuid> m_demoThreads, m_soakThreads;
    QList<std::pair<QUuid, QUuid>> m_answers; // answer, thread
    SoakFigures m_figures;
    int m_port = 0;
    bool m_serverDown = false;
    qint64 m_nextRestartMs = 0, m_upAgainMs = 0;
    int m_startFailures = 0;
    int m_sequence = 0;
};

bool Soak::setUp()
{
    const QStringList options{u"--rate-limit"_s, u"1000000"_s, u"--burst"_s, u"100000"_s};
    QStringList members;
    for (int i = 1; i <= m_settings.members; ++i)
        members << u"soak%1"_s.arg(i);
    if (!m_server.startDemoBoard(members, {u"soakmod"_s}, options))
        return false;
    m_port = m_server.url().port();
    const int timeoutMs = m_settings.smoke ? 3000 : 5000;
    for (const QString &name : members + QStringList{u"soakmod"_s}) {
        auto c = std::make_unique<SoakClient>();
        c->name = name;
        c->moderator = name == u"soakmod"_s;
        c->account = signIn(m_server.url(), name);
        if (c->account.token.isEmpty())
            return false;
        c->proxy = std::make_unique<FaultProxy>(m_server.url());
        c->client = std::make_unique<EngineClient>(c->proxy->url(), c->account, timeoutMs);
        c->client->engine->setPollSeconds(0);
        if (!c->client->sync()) {
            print(u"%1: the first sync failed"_s.arg(name));
            return false;
        }
        SoakClient *raw = c.get();
        QObject::connect(c->client->engine.get(), &SyncEngine::runFinished, c->client->engine.get(),
                         [this, raw](bool upToDate) {
                             raw->syncing = false;
                             ++(upToDate ? m_figures.syncsUpToDate : m_figures.syncsFailed);
                             m_figures.itemsSent += raw->client->engine->status().itemsSent;
                             raw->nextSyncMs = now() + between(300, 3000);
                         });
        m_clients.push_back(std::move(c));
    }
    const Store &first = *m_clients.front()->client->store;
    for (const Category &category : first.reads().categories()) {
        if (category.parentId)
            m_categories << category.id;
    }
    m_demoThreads = cacheView(first).threads.keys();
    return !m_categories.isEmpty() && !m_demoThreads.isEmpty();
}

void Soak::run()
{
    m_clock.start();
    m_nextRestartMs = m_settings.smoke ? between(4000, 7000) : between(20000, 40000);
    sampleMemory();
    QEventLoop loop;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [this] { tick(); });
    ticker.start(250);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &loop, [this] { sampleMemory(); });
    sampler.start(m_settings.smoke ? 10000 : 60000);
    QTimer::singleShot(m_settings.seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    sampleMemory();
    m_figures.runMs = now();
}

void Soak::sampleMemory()
{
    if (!m_figures.memory.isEmpty() && now() / 1000.0 - m_figures.memory.last().seconds < 1)
        return; // the last tick of the sampler and the end of the run
    const qint64 pid = m_serverDown ? 0 : childServerPid();
    m_figures.memory.append(
        {now() / 1000.0, residentMiBOf(0), pid ? residentMiBOf(pid) : -1, pid, m_figures.restarts});
}

void Soak::tick()
{
    serverTurn();
    for (const std::unique_ptr<SoakClient> &c : m_clients) {
        if (now() >= c->nextPhaseMs)
            changePhase(*c);
        act(*c);
        if (!c->syncing && now() >= c->nextSyncMs) {
            c->syncing = true;
            c->syncStartedMs = now();
            ++m_figures.syncs;
            c->client->engine->syncNow();
        } else if (c->syncing && now() - c->syncStartedMs > 120000 && !c->reportedStuck) {
            c->reportedStuck = true;
            m_figures.stuckRuns << u"%1: a sync run did not finish in 120 s (status %2: %3)"_s.arg(
                c->name, QString::number(int(c->client->engine->status().state)),
                c->client->engine->status().message);
        }
    }
}

void Soak::serverTurn()
{
    if (!m_settings.restarts)
        return;
    if (!m_serverDown && now() >= m_nextRestartMs) {
        m_server.kill();
        ++m_figures.restarts;
        m_serverDown = true;
        m_upAgainMs = now() + between(300, 3000);
    } else if (m_serverDown && now() >= m_upAgainMs) {
        if (m_server.start({u"--rate-limit"_s, u"1000000"_s, u"--burst"_s, u"100000"_s}, m_port)) {
            m_serverDown = false;
            m_nextRestartMs =
                now() + (m_settings.smoke ? between(4000, 7000) : between(20000, 40000));
        } else {
            ++m_startFailures;
            m_upAgainMs = now() + 1000;
        }
    }
}

void Soak::changePhase(SoakClient &c)
{
    c.proxy->setDelay(0);
    c.proxy->setFault(Fault::None);
    c.faulty = true;
    const int r = between(0, 99);
    if (r < 40) {
        c.faulty = false;
        c.nextPhaseMs = now() + between(3000, 8000);
        return;
    }
    c.nextPhaseMs = now() + between(2000, 6000);
    if (r < 50) {
        c.proxy->setDelay(between(100, 600));
        ++m_figures.phases[u"slow network"_s];
    } else if (r < 60) {
        c.proxy->setFault(Fault::ResetBeforeServer, 0, -1); // offline for the whole phase
        ++m_figures.phases[u"offline"_s];
    } else {
        const auto &[fault, name] = Faults.at(int(m_rng.bounded(qsizetype(Faults.size()))));
        c.proxy->setFault(fault, between(0, 3), between(1, 4));
        ++m_figures.phases[QString::fromLatin1(name)];
    }
}

void Soak::act(SoakClient &c)
{
    const double r = m_rng.generateDouble();
    if (c.moderator) {
        if (r < 0.25)
            moderate(c);
        else if (r < 0.32)
            answer(c);
        return;
    }
    if (r < 0.06)
        ask(c);
    else if (r < 0.22)
        answer(c);
    else if (r < 0.27)
        chooseBest(c);
    else if (r < 0.30)
        thank(c);
    else if (r < 0.33)
        report(c);
}

void Soak::wrote(SoakClient &c, const std::optional<QUuid> &id, const char *kind)
{
    if (!id) {
        m_figures.writeFailures << u"%1: %2 failed: %3"_s.arg(c.name, QLatin1StringView(kind),
                                                              c.client->store->lastError());
        return;
    }
    ++m_figures.writes[QString::fromLatin1(kind)];
    if (c.faulty || m_serverDown)
        ++m_figures.writesWhileFaulty;
}

void Soak::ask(SoakClient &c)
{
    QuestionInput q;
    q.categoryId = m_categories.at(int(m_rng.bounded(qsizetype(m_categories.size()))));
    q.title = u"見積もりの出し方について(%1の%2番目)"_s.arg(c.name).arg(++m_sequence);
    q.body = u"初めての案件で、作業時間をどう見積もればよいか迷っています。\n経験のある方の進め方を"
             u"教えてください。"_s;
    q.urgency = m_rng.bounded(2) ? Urgency::Urgent : Urgency::Calm;
    const std::optional<QUuid> id = c.client->store->writes().ask(q);
    wrote(c, id, "question");
    if (id) {
        c.questions << *id;
        m_soakThreads << *id;
    }
}

void Soak::answer(SoakClient &c)
{
    const bool soak = !m_soakThreads.isEmpty() && m_rng.bounded(100) < 85;
    const QList<QUuid> &pool = soak ? m_soakThreads : m_demoThreads;
    const QUuid thread = pool.at(int(m_rng.bounded(qsizetype(pool.size()))));
    const std::optional<ThreadDetail> d = c.client->store->reads().threadDetail(thread);
    const qint64 me = c.account.user.id;
    if (!d || d->thread.hidden || d->local != LocalState::Synced || d->thread.authorId == me ||
        d->bestAnswerWaiting || !Rules::allowed(Rules::mayAnswer(d->thread, me)))
        return;
    const std::optional<QUuid> id = c.client->store->writes().answer(
        thread,
        u"私は作業を細かく分けて、それぞれに余裕を二割ほど見ています(%1)。"_s.arg(++m_sequence));
    wrote(c, id, "answer");
    if (id) {
        c.answers << *id;
        m_answers.append({*id, thread});
    }
}

void Soak::chooseBest(SoakClient &c)
{
    const qint64 me = c.account.user.id;
    for (int tries = 0; tries < 5 && !c.questions.isEmpty(); ++tries) {
        const QUuid thread = c.questions.at(int(m_rng.bounded(qsizetype(c.questions.size()))));
        const std::optional<ThreadDetail> d = c.client->store->reads().threadDetail(thread);
        if (!d || d->thread.hidden || d->local != LocalState::Synced ||
            !d->thread.bestAnswerId.isNull() || d->bestAnswerWaiting)
            continue;
        QList<Answer> candidates;
        for (const AnswerView &a : d->answers) {
            if (a.local == LocalState::Synced &&
                Rules::allowed(Rules::mayChooseBestAnswer(d->thread, a.answer, me)))
                candidates << a.answer;
        }
        if (candidates.isEmpty())
            continue;
        const Answer &best = candidates.at(int(m_rng.bounded(qsizetype(candidates.size()))));
        const std::optional<QUuid> id = c.client->store->writes().chooseBestAnswer(thread, best.id);
        wrote(c, id, "best answer");
        if (id)
            c.bests.append({*id, thread, best.id});
        return;
    }
}

void Soak::thank(SoakClient &c)
{
    const qint64 me = c.account.user.id;
    for (int tries = 0; tries < 5 && !c.questions.isEmpty(); ++tries) {
        const QUuid thread = c.questions.at(int(m_rng.bounded(qsizetype(c.questions.size()))));
        const std::optional<ThreadDetail> d = c.client->store->reads().threadDetail(thread);
        if (!d || d->thread.hidden || d->thanksWaiting ||
            !Rules::allowed(Rules::mayThank(d->thread, me)))
            continue;
        const std::optional<QUuid> id = c.client->store->writes().thank(
            thread, u"ありがとうございました。参考になりました。"_s);
        wrote(c, id, "thanks");
        if (id)
            c.thanks.append({*id, thread, {}});
        return;
    }
}

void Soak::report(SoakClient &c)
{
    const qint64 me = c.account.user.id;
    ReportInput input;
    input.reason = m_rng.bounded(2) ? ReportReason::Spam : ReportReason::Other;
    input.note = u"確認をお願いします"_s;
    if (m_answers.isEmpty() || m_rng.bounded(2)) {
        const QList<QUuid> &pool = m_soakThreads.isEmpty() ? m_demoThreads : m_soakThreads;
        const QUuid thread = pool.at(int(m_rng.bounded(qsizetype(pool.size()))));
        const std::optional<ThreadDetail> d = c.client->store->reads().threadDetail(thread);
        if (!d || d->thread.hidden || d->local != LocalState::Synced ||
            !Rules::allowed(Rules::mayReport(d->thread.authorId, me)))
            return;
        input.targetKind = EntityKind::Thread;
        input.targetId = thread;
    } else {
        const auto &[answerId, thread] =
            m_answers.at(int(m_rng.bounded(qsizetype(m_answers.size()))));
        const std::optional<ThreadDetail> d = c.client->store->reads().threadDetail(thread);
        if (!d || d->thread.hidden)
            return;
        const auto shown =
            std::find_if(d->answers.cbegin(), d->answers.cend(),
                         [&](const AnswerView &a) { return a.answer.id == answerId; });
        if (shown == d->answers.cend() || shown->local != LocalState::Synced ||
            !Rules::allowed(Rules::mayReport(shown->answer.authorId, me)))
            return;
        input.targetKind = EntityKind::Answer;
        input.targetId = answerId;
    }
    const std::optional<QUuid> id = c.client->store->writes().report(input);
    wrote(c, id, "report");
    if (id) {
        c.reports << *id;
        c.reportTargets.insert(*id, input.targetId);
    }
}

void Soak::moderate(SoakClient &c)
{
    ModerationCache &moderation = c.client->store->moderation();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QList<ModerationEntry> entries = moderation.entries();
    for (const ModerationEntry &e : entries) {
        if (e.local == LocalState::Synced && e.shownStatus(at) == ModerationStatus::Claimed &&
            e.item.claimedBy == c.account.user.id) {
            const bool hide = m_rng.bounded(100) < 30;
            wrote(c,
                  moderation.resolve(e.item.id,
                                     hide ? ModerationAction::Hide : ModerationAction::Dismiss,
                                     hide ? u"spam"_s : u"not_a_violation"_s),
                  hide ? "hide" : "dismiss");
            return;
        }
    }
    for (const ModerationEntry &e : entries) {
        if (e.local == LocalState::Synced && e.shownStatus(at) == ModerationStatus::New) {
            wrote(c, moderation.claim(e.item.id), "claim");
            return;
        }
    }
}

bool Soak::drain()
{
    QElapsedTimer drain;
    drain.start();
    if (m_serverDown) {
        for (int i = 0; i < 10 && m_serverDown; ++i) {
            m_serverDown = !m_server.start(
                {u"--rate-limit"_s, u"1000000"_s, u"--burst"_s, u"100000"_s}, m_port);
        }
        if (m_serverDown) {
            print(u"the server did not start again: %1"_s.arg(m_server.log()));
            return false;
        }
    }
    for (const std::unique_ptr<SoakClient> &c : m_clients) {
        c->proxy->setDelay(0);
        c->proxy->setFault(Fault::None);
    }
    // Runs still under way finish first (a stalled request at its timeout).
    QEventLoop wait;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
        if (std::none_of(m_clients.cbegin(), m_clients.cend(),
                         [](const auto &c) { return c->syncing; }) ||
            drain.elapsed() > 60000)
            wait.quit();
    });
    poll.start(50);
    wait.exec();
    // Rounds until one in which every client was up to date, sent nothing and has nothing
    // waiting: then no client wrote after another pulled.
    bool settled = false;
    while (!settled && drain.elapsed() < 300000) {
        settled = true;
        for (const std::unique_ptr<SoakClient> &c : m_clients) {
            c->syncing = true;
            ++m_figures.syncs;
            ++m_figures.drainSyncs;
            const bool upToDate = c->client->sync(120000);
            settled = settled && upToDate && c->client->engine->status().itemsSent == 0 &&
                      c->client->store->outbox().count(OutboxState::Waiting) == 0;
        }
        ++m_figures.drainRounds;
    }
    m_figures.drainMs = drain.elapsed();
    if (!settled)
        print(u"the clients did not settle in %1 s"_s.arg(drain.elapsed() / 1000));
    return settled;
}

int Soak::check()
{
    for (const std::unique_ptr<SoakClient> &c : m_clients)
        m_figures.faultsInjected += c->proxy->faulted();
    m_figures.startFailures = m_startFailures;
    return runChecks(m_server, m_clients, m_figures, m_settings.smoke);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setUpClientTests();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"How long to run."_s, u"n"_s, u"180"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A 15-second run for the suite."_s);
    const QCommandLineOption membersOption(u"members"_s, u"Member clients."_s, u"n"_s, u"4"_s);
    const QCommandLineOption backendOption(u"backend"_s, u"sqlite or postgresql."_s, u"name"_s,
                                           u"sqlite"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the random choices."_s, u"n"_s);
    const QCommandLineOption noRestartsOption(u"no-restarts"_s,
                                              u"Never kill the server (for its memory)."_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Show the sync engine's log."_s);
    parser.addOptions({secondsOption, smokeOption, membersOption, backendOption, seedOption,
                       noRestartsOption, verboseOption});
    parser.process(app);
    Settings settings;
    settings.smoke = parser.isSet(smokeOption);
    settings.seconds = settings.smoke && !parser.isSet(secondsOption)
                           ? 15
                           : qMax(5, parser.value(secondsOption).toInt());
    settings.members = qBound(2, parser.value(membersOption).toInt(), 20);
    settings.restarts = !parser.isSet(noRestartsOption);
    settings.seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt()
                                             : QRandomGenerator::global()->generate();
    if (parser.value(backendOption) == u"postgresql"_s)
        settings.backend = ServerProcess::Backend::PostgreSQL;
    if (const QString why = ServerProcess::unavailable(settings.backend); !why.isEmpty()) {
        print(u"bench_soak: %1"_s.arg(why));
        return 1;
    }
    print(
        u"bench_soak: %1 members and 1 moderator on %2 for %3 s, seed %4"_s.arg(settings.members)
            .arg(settings.backend == ServerProcess::Backend::SQLite ? u"SQLite"_s : u"PostgreSQL"_s)
            .arg(settings.seconds)
            .arg(settings.seed));
    ServerProcess server(settings.backend);
    Soak soak(server, settings);
    if (!soak.setUp()) {
        print(u"bench_soak: setting up failed"_s);
        return 1;
    }
    if (!parser.isSet(verboseOption))
        qInstallMessageHandler(quiet);
    soak.run();
    const bool drained = soak.drain();
    const int failures = soak.check() + (drained ? 0 : 1);
    if (quietedMessages > 0)
        print(u"(%1 log lines and Qt warnings not shown; --verbose shows them)"_s.arg(
            quietedMessages));
    print(failures == 0 ? u"bench_soak: every check held"_s
                        : u"bench_soak: %1 checks FAILED"_s.arg(failures));
    return failures == 0 ? 0 : 1;
}
