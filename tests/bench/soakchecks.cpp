#include "tests/bench/soakchecks.h"

#include "store/outbox.h"
#include "store/store.h"
#include "tests/bench/soaksupport.h"
#include "tests/support/serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Soudan::Bench {

namespace {

QString kindName(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Question:
        return u"question"_s;
    case OutboxKind::Answer:
        return u"answer"_s;
    case OutboxKind::BestAnswer:
        return u"best answer"_s;
    case OutboxKind::Thanks:
        return u"thanks"_s;
    case OutboxKind::Report:
        return u"report"_s;
    case OutboxKind::ModerationClaim:
        return u"claim"_s;
    case OutboxKind::ModerationResolve:
        return u"resolve"_s;
    default:
        return u"kind %1"_s.arg(int(kind));
    }
}

// What the server may refuse of what the soak writes, as things happen on a busy board: a post
// hidden by the moderator before a write about it arrived, a question resolved before an answer
// arrived, a best answer refused (its answer hidden) before the thanks arrived, a moderation item
// that moved on.
bool legitimate(OutboxKind kind, const QString &code)
{
    switch (kind) {
    case OutboxKind::Answer:
        return code == u"not_found"_s || code == u"thread_not_open"_s || code == u"thread_hidden"_s;
    case OutboxKind::BestAnswer:
        return code == u"not_found"_s || code == u"thread_hidden"_s || code == u"unknown_answer"_s;
    case OutboxKind::Thanks:
        return code == u"not_found"_s || code == u"thread_hidden"_s || code == u"no_best_answer"_s;
    case OutboxKind::Report:
        return code == u"not_found"_s || code == u"too_many_reports"_s;
    case OutboxKind::ModerationClaim:
    case OutboxKind::ModerationResolve:
        return code == u"stale"_s || code == u"claimed"_s || code == u"resolved"_s ||
               code == u"not_found"_s;
    default:
        return false;
    }
}

// A refusal whose error body did not arrive whole (the proxy cut or truncated it): whether the
// server's state shows it had to refuse. Moderators' actions cannot be told apart here.
bool confirmedByServer(const Test::ServerProcess &server, const OutboxItem &item)
{
    const QString thread = Test::idText(item.threadId);
    const QString target = Test::idText(item.targetId);
    const QString answer = Test::idText(QUuid::fromString(
        QJsonDocument::fromJson(item.payload).object().value(u"answerId"_s).toString()));
    QString sql;
    switch (item.kind) {
    case OutboxKind::Answer:
        sql =
            u"SELECT COUNT(*) FROM threads WHERE id = '%1' AND (hidden <> 0 OR status <> 0)"_s.arg(
                thread);
        break;
    case OutboxKind::BestAnswer:
        sql = u"SELECT COUNT(*) FROM threads WHERE id = '%1' AND (hidden <> 0 OR EXISTS (SELECT "
              u"1 FROM answers WHERE id = '%2' AND hidden <> 0))"_s.arg(thread, answer);
        break;
    case OutboxKind::Thanks:
        sql = u"SELECT COUNT(*) FROM threads WHERE id = '%1' AND (hidden <> 0 OR best_answer_id "
              u"IS NULL)"_s.arg(thread);
        break;
    case OutboxKind::Report:
        sql = u"SELECT (SELECT COUNT(*) FROM threads WHERE id = '%1' AND hidden <> 0) + (SELECT "
              u"COUNT(*) FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.id = '%1' AND "
              u"(a.hidden <> 0 OR t.hidden <> 0))"_s.arg(target);
        break;
    default:
        return isModeration(item.kind);
    }
    return server.scalar(sql).toLongLong() > 0;
}

QList<QUuid> without(const QList<QUuid> &ids, const QSet<QUuid> &refused, bool keep)
{
    QList<QUuid> out;
    for (const QUuid &id : ids) {
        if (refused.contains(id) == keep)
            out << id;
    }
    return out;
}

QString percent(double from, double to)
{
    return from > 0 ? u"%1%"_s.arg(100.0 * (to - from) / from, 0, 'f', 1) : u"?"_s;
}

} // namespace

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int runChecks(const Test::ServerProcess &server,
              const std::vector<std::unique_ptr<SoakClient>> &clients, const SoakFigures &figures,
              bool smoke)
{
    int failures = 0;
    const auto fail = [&](const QString &what, const QStringList &details = {}) {
        ++failures;
        print(u"  FAILED: "_s + what);
        for (const QString &line : details)
            print(u"    "_s + line);
    };
    const auto count = [&](const QString &sql) { return server.scalar(sql).toLongLong(); };

    print(u"Figures:"_s);
    int writes = 0;
    QStringList byKind;
    for (auto it = figures.writes.cbegin(); it != figures.writes.cend(); ++it) {
        writes += it.value();
        byKind << u"%1 %2"_s.arg(it.value()).arg(it.key());
    }
    QStringList phases;
    for (auto it = figures.phases.cbegin(); it != figures.phases.cend(); ++it)
        phases << u"%1 %2"_s.arg(it.value()).arg(it.key());
    print(u"  run length         %1 s"_s.arg(figures.runMs / 1000.0, 0, 'f', 1));
    print(u"  writes made        %1 (%2), %3 of them while the client's proxy was faulty or "
          u"the server down"_s.arg(writes)
              .arg(byKind.join(u", "_s))
              .arg(figures.writesWhileFaulty));
    print(u"  syncs run          %1 (%2 up to date, %3 given up after a failure), "
          u"%4 of them in the drain"_s.arg(figures.syncs)
              .arg(figures.syncsUpToDate)
              .arg(figures.syncsFailed)
              .arg(figures.drainSyncs));
    print(u"  server restarts    %1 (SIGKILL, same port)%2"_s.arg(figures.restarts)
              .arg(figures.startFailures ? u", %1 starts retried"_s.arg(figures.startFailures)
                                         : QString()));
    print(u"  faults injected    %1 requests broken by the proxies; phases: %2"_s
              .arg(figures.faultsInjected)
              .arg(phases.join(u", "_s)));
    print(u"  items sent         %1 (outbox items the server took, replays included)"_s.arg(
        figures.itemsSent));
    print(
        u"  drain at the end   %1 s, %2 rounds of syncs"_s.arg(figures.drainMs / 1000.0, 0, 'f', 1)
            .arg(figures.drainRounds));
    if (!figures.writeFailures.isEmpty())
        fail(u"writes to the cache failed"_s, figures.writeFailures.mid(0, 10));
    if (!figures.stuckRuns.isEmpty())
        fail(u"sync runs that never finished"_s, figures.stuckRuns);

    print(u"Outboxes (nothing waiting; refusals only where the board legitimately refuses):"_s);
    QSet<QUuid> refused;
    QMap<QString, int> refusals;
    QHash<const SoakClient *, QList<OutboxItem>> sent;
    QStringList codeless;
    for (const std::unique_ptr<SoakClient> &c : clients) {
        const Outbox &outbox = c->client->store->outbox();
        QStringList bad;
        int mine = 0;
        for (const OutboxItem &item : outbox.items(1000000)) {
            if (item.state == OutboxState::Sent)
                sent[c.get()] << item;
            if (item.state == OutboxState::Waiting)
                bad << u"%1 %2 still waiting (%3 attempts, %4)"_s.arg(
                    kindName(item.kind), Test::idText(item.id), QString::number(item.attempts),
                    item.lastError);
            if (item.state != OutboxState::NeedsAttention)
                continue;
            ++mine;
            refused.insert(item.id);
            ++refusals[kindName(item.kind) + u": "_s +
                       (item.errorCode.isEmpty() ? u"(no code)"_s : item.errorCode)];
            if (item.errorCode.isEmpty() && confirmedByServer(server, item))
                codeless << u"%1 %2 of %3: \"%4\""_s.arg(kindName(item.kind), Test::idText(item.id),
                                                         c->name, item.lastError);
            else if (!legitimate(item.kind, item.errorCode))
                bad << u"%1 %2 refused with \"%3\": %4 (thread %5, payload %6)"_s.arg(
                    kindName(item.kind), Test::idText(item.id), item.errorCode, item.lastError,
                    Test::idText(item.threadId), QString::fromUtf8(item.payload));
        }
        const int waiting = outbox.count(OutboxState::Waiting);
        const int elsewhere = outbox.countElsewhere();
        print(u"  %1: %2 waiting, %3 elsewhere, %4 refused"_s.arg(c->name)
                  .arg(waiting)
                  .arg(elsewhere)
                  .arg(mine));
        if (waiting != 0 || elsewhere != 0 || !bad.isEmpty())
            fail(c->name + u"'s outbox"_s, bad.mid(0, 12));
    }
    QStringList refusalLines;
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        refusalLines << u"%1 ×%2"_s.arg(it.key()).arg(it.value());
    print(u"  refused by the server (kept for the user): "_s +
          (refusalLines.isEmpty() ? u"none"_s : refusalLines.join(u", "_s)));
    if (!codeless.isEmpty()) {
        print(u"  refused with an error body that did not arrive whole (the proxy damaged it), "
              u"so without a code; the server's state shows each had to be refused:"_s);
        for (const QString &line : std::as_const(codeless))
            print(u"    "_s + line);
    }

    print(u"Server rows (each accepted write exactly once, each refused one not at all):"_s);
    for (const std::unique_ptr<SoakClient> &c : clients) {
        const qint64 user = c->account.user.id;
        QStringList bad;
        const auto posts = [&](const QString &what, const QString &table, const QString &owner,
                               const QList<QUuid> &ids) {
            const QList<QUuid> accepted = without(ids, refused, false);
            const qint64 byId = count(
                u"SELECT COUNT(*) FROM %1 WHERE id IN (%2)"_s.arg(table, sqlIdList(accepted)));
            const qint64 byUser =
                count(u"SELECT COUNT(*) FROM %1 WHERE %2 = %3"_s.arg(table, owner).arg(user));
            const qint64 ofRefused = count(u"SELECT COUNT(*) FROM %1 WHERE id IN (%2)"_s.arg(
                table, sqlIdList(without(ids, refused, true))));
            if (byId != accepted.size() || byUser != accepted.size() || ofRefused != 0) {
                bad << u"%1: %2 accepted, %3 of them on the server, %4 on the server by the user, "
                       u"%5 refused ones on the server"_s.arg(what)
                           .arg(accepted.size())
                           .arg(byId)
                           .arg(byUser)
                           .arg(ofRefused);
                int shown = 0;
                for (const QUuid &id : accepted) {
                    if (shown < 8 && count(u"SELECT COUNT(*) FROM %1 WHERE id = '%2'"_s.arg(
                                         table, Test::idText(id))) != 1) {
                        ++shown;
                        const std::optional<OutboxItem> item = c->client->store->outbox().item(id);
                        bad << u"  %1 not on the server; its outbox item: state %2, %3 attempts, "
                               u"last error \"%4\""_s.arg(Test::idText(id))
                                   .arg(item ? int(item->state) : -1)
                                   .arg(item ? item->attempts : -1)
                                   .arg(item ? item->lastError : QString());
                    }
                }
            }
            return accepted.size();
        };
        const qsizetype questions =
            posts(u"questions"_s, u"threads"_s, u"author_id"_s, c->questions);
        const qsizetype answers = posts(u"answers"_s, u"answers"_s, u"author_id"_s, c->answers);
        // A member has one report per post: another report of theirs on the same post is that
        // report (docs/protocol.md), so each reported post has one row of theirs.
        QSet<QUuid> targets;
        for (const QUuid &id : without(c->reports, refused, false))
            targets.insert(c->reportTargets.value(id));
        const qint64 reportedById =
            count(u"SELECT COUNT(DISTINCT target_id) FROM reports WHERE id IN (%1)"_s.arg(
                sqlIdList(without(c->reports, refused, false))));
        const qint64 reportsByUser =
            count(u"SELECT COUNT(*) FROM reports WHERE reporter_id = %1"_s.arg(user));
        const qint64 reportedByUser = count(
            u"SELECT COUNT(DISTINCT target_id) FROM reports WHERE reporter_id = %1"_s.arg(user));
        if (reportsByUser != targets.size() || reportedByUser != targets.size() ||
            reportedById != targets.size())
            bad << u"reports: %1 posts reported, %2 rows of the user on the server on %3 posts, "
                   u"%4 posts by the reports' own ids"_s.arg(targets.size())
                       .arg(reportsByUser)
                       .arg(reportedByUser)
                       .arg(reportedById);
        const qsizetype reports = targets.size();
        QStringList chosen, thanked;
        for (const SoakClient::Choice &b : c->bests) {
            if (!refused.contains(b.item))
                chosen << u"'%1:%2'"_s.arg(Test::idText(b.thread), Test::idText(b.answer));
        }
        QSet<QUuid> thankedThreads;
        for (const SoakClient::Choice &t : c->thanks) {
            if (!refused.contains(t.item))
                thankedThreads.insert(t.thread);
        }
        for (const QUuid &t : std::as_const(thankedThreads))
            thanked << u"'%1'"_s.arg(Test::idText(t));
        const qint64 bestOnServer = count(
            u"SELECT COUNT(*) FROM threads WHERE id || ':' || COALESCE(best_answer_id, '') IN (%1)"_s
                .arg(chosen.isEmpty() ? u"''"_s : chosen.join(u',')));
        const qint64 bestByUser = count(
            u"SELECT COUNT(*) FROM threads WHERE author_id = %1 AND best_answer_id IS NOT NULL"_s
                .arg(user));
        if (bestOnServer != chosen.size() || bestByUser != chosen.size())
            bad << u"best answers: %1 accepted, %2 of them on the server, %3 threads of the user "
                   u"with one"_s.arg(chosen.size())
                       .arg(bestOnServer)
                       .arg(bestByUser);
        const qint64 thanksOnServer = count(
            u"SELECT COUNT(*) FROM threads WHERE thanks_body IS NOT NULL AND id IN (%1)"_s.arg(
                thanked.isEmpty() ? u"''"_s : thanked.join(u',')));
        const qint64 thanksByUser = count(
            u"SELECT COUNT(*) FROM threads WHERE author_id = %1 AND thanks_body IS NOT NULL"_s.arg(
                user));
        if (thanksOnServer != thanked.size() || thanksByUser != thanked.size())
            bad << u"thanks: %1 accepted, %2 of them on the server, %3 threads of the user with "
                   u"thanks"_s.arg(thanked.size())
                       .arg(thanksOnServer)
                       .arg(thanksByUser);
        // A moderator's actions: each one the server took is one line of the audit.
        QMap<QString, int> actions;
        for (const OutboxItem &item : sent.value(c.get())) {
            if (item.kind == OutboxKind::ModerationClaim)
                ++actions[u"claimed"_s];
            if (item.kind == OutboxKind::ModerationResolve)
                ++actions
                    [QJsonDocument::fromJson(item.payload).object().value(u"action"_s).toString() ==
                             u"hide"_s
                         ? u"hidden"_s
                         : u"dismissed"_s];
        }
        QStringList decided;
        if (c->moderator) {
            for (const QString &action : {u"claimed"_s, u"hidden"_s, u"dismissed"_s}) {
                const qint64 audited = count(u"SELECT COUNT(*) FROM moderation_audit WHERE "
                                             u"moderator_id = %1 AND action = '%2'"_s.arg(user)
                                                 .arg(action));
                decided << u"%1 %2"_s.arg(audited).arg(action);
                if (audited != actions.value(action))
                    bad << u"%1: %2 sent, %3 in the audit"_s.arg(action)
                               .arg(actions.value(action))
                               .arg(audited);
            }
        }
        print(u"  %1: %2 questions, %3 answers, %4 posts reported, %5 best answers, %6 thanks%7"_s
                  .arg(c->name)
                  .arg(questions)
                  .arg(answers)
                  .arg(reports)
                  .arg(chosen.size())
                  .arg(thanked.size())
                  .arg(decided.isEmpty() ? QString() : u"; "_s + decided.join(u", "_s)));
        if (!bad.isEmpty())
            fail(c->name + u"'s writes on the server"_s, bad);
    }

    print(u"Caches against the server (visible threads, answers, best answers, answer counts):"_s);
    for (const std::unique_ptr<SoakClient> &c : clients) {
        const BoardView cache = cacheView(*c->client->store);
        const BoardView board = serverView(server.url(), c->account.token);
        QStringList diff = compareViews(cache, board);
        if (cache.failed || board.failed)
            diff << u"reading failed (cache %1, server %2)"_s.arg(cache.failed).arg(board.failed);
        print(u"  %1: %2 threads and %3 answers in the cache (%4 refused posts left out), %5 and "
              u"%6 on the server"_s.arg(c->name)
                  .arg(cache.threads.size())
                  .arg(cache.answers.size())
                  .arg(cache.refusedPosts)
                  .arg(board.threads.size())
                  .arg(board.answers.size()));
        if (!diff.isEmpty())
            fail(c->name + u"'s cache differs from the server"_s, diff);
    }

    print(u"SQLite integrity_check:"_s);
    for (const std::unique_ptr<SoakClient> &c : clients) {
        const QString result = integrityCheck(c->client->store->path());
        print(u"  %1's cache: %2"_s.arg(c->name, result));
        if (result != u"ok"_s)
            fail(c->name + u"'s cache is damaged"_s);
    }
    if (server.databaseUrl().startsWith(u'/')) {
        const QString result = integrityCheck(server.databaseUrl());
        print(u"  the server's database: "_s + result);
        if (result != u"ok"_s)
            fail(u"the server's database is damaged"_s);
    } else {
        print(u"  the server's database: PostgreSQL, not checked"_s);
    }

    const double warmUp = smoke ? 10 : 60;
    print(u"Memory (RSS; the first sample after %1 s of warm-up to the last):"_s.arg(warmUp));
    const MemorySample *base = nullptr;
    for (const MemorySample &s : figures.memory) {
        print(u"  %1 s   bench %2 MiB   server %3 (pid %4, %5 restarts before)"_s
                  .arg(s.seconds, 6, 'f', 1)
                  .arg(s.benchMiB, 7, 'f', 1)
                  .arg(s.serverMiB < 0 ? u"down"_s : u"%1 MiB"_s.arg(s.serverMiB, 0, 'f', 1))
                  .arg(s.serverPid)
                  .arg(s.restarts));
        if (!base && s.seconds >= warmUp - 0.5)
            base = &s;
    }
    const MemorySample &last = figures.memory.last();
    if (!base || base == &last) {
        print(u"  too short a run to say"_s);
    } else {
        const double growth = last.benchMiB - base->benchMiB;
        print(u"  bench: %1 → %2 MiB (%3 MiB, %4)"_s.arg(base->benchMiB, 0, 'f', 1)
                  .arg(last.benchMiB, 0, 'f', 1)
                  .arg(growth, 0, 'f', 1)
                  .arg(percent(base->benchMiB, last.benchMiB)));
        if (base->serverMiB > 0 && last.serverMiB > 0)
            print(u"  server: %1 → %2 MiB (%3)%4"_s.arg(base->serverMiB, 0, 'f', 1)
                      .arg(last.serverMiB, 0, 'f', 1)
                      .arg(percent(base->serverMiB, last.serverMiB))
                      .arg(base->serverPid == last.serverPid
                               ? QString()
                               : u", another process (restarted in between)"_s));
        if (growth > 50 && growth > 0.5 * base->benchMiB)
            fail(u"the benchmark's memory grew by %1 MiB"_s.arg(growth, 0, 'f', 1));
        if (base->serverPid == last.serverPid && last.serverMiB - base->serverMiB > 50 &&
            last.serverMiB > 1.5 * base->serverMiB)
            fail(u"the server's memory grew by %1 MiB"_s.arg(last.serverMiB - base->serverMiB));
    }
    return failures;
}

} // namespace Soudan::Bench
