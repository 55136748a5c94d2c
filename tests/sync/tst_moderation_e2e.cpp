// Moderation end to end: moderator clients (cache, outbox, sync engine) and a member's client
// against the real soudan-server. Offline triage replays with its version checks; a conflict
// keeps the moderator's words; a hidden post leaves members' caches and comes back on restore.

#include "domain/apicodec.h"
#include "store/boardreads.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/syncengine.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {} // namespace

class TestModerationEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offlineTriage_replaysAfterReconnection();
    void conflictingReplay_needsAttention_andKeepsTheNote();
    void twoModeratorClients_oneWins();

private:
    // A thread of the demo board reported by the member; its id (the item's).
    QUuid report(const QString &reason = u"spam"_s);
    QJsonObject serverItem(const QUuid &id);

    std::unique_ptr<ServerProcess> m_server;
    Account m_member, m_moderator, m_second;
    QList<QUuid> m_threads;
};

void TestModerationEndToEnd::init()
{
    m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::SQLite);
    QVERIFY(m_server->createDatabase());
    QCOMPARE(m_server->command({u"import-demo"_s}).exitCode, 0);
    QVERIFY(m_server->addUser(u"member"_s));
    QVERIFY(m_server->addUser(u"moderator"_s, u"moderator"_s));
    QVERIFY(m_server->addUser(u"second"_s, u"moderator"_s));
    QVERIFY(m_server->start());
    m_member = signIn(m_server->url(), u"member"_s);
    m_moderator = signIn(m_server->url(), u"moderator"_s);
    m_second = signIn(m_server->url(), u"second"_s);
    QVERIFY(!m_member.token.isEmpty() && !m_moderator.token.isEmpty() && !m_second.token.isEmpty());
    QCOMPARE(m_moderator.user.role, Role::Moderator);
    m_threads.clear();
    const QStringList ids =
        m_server
            ->scalar(u"SELECT group_concat(id, ',') FROM (SELECT id FROM threads ORDER BY id)"_s)
            .toString()
            .split(u',');
    for (const QString &id : ids)
        m_threads.append(QUuid::fromString(id));
    QVERIFY(m_threads.size() > 10);
}

void TestModerationEndToEnd::cleanup()
{
    m_server.reset();
}

QUuid TestModerationEndToEnd::report(const QString &reason)
{
    const QUuid thread = m_threads.takeFirst();
    Http http(m_server->url());
    http.setToken(m_member.token);
    const Http::Response r = http.put(u"/api/v1/reports/"_s + idText(QUuid::createUuid()),
                                      {{u"targetKind"_s, u"thread"_s},
                                       {u"targetId"_s, idText(thread)},
                                       {u"reason"_s, reason},
                                       {u"note"_s, u"確認お願いします"_s}});
    if (r.status != 201)
        qWarning() << "report:" << r.status << r.body;
    return thread;
}

QJsonObject TestModerationEndToEnd::serverItem(const QUuid &id)
{
    Http http(m_server->url());
    http.setToken(m_moderator.token);
    return http.get(u"/api/v1/reports/"_s + idText(id)).json();
}

void TestModerationEndToEnd::offlineTriage_replaysAfterReconnection()
{
    const QUuid hidden = report(), noted = report(u"other"_s);
    EngineClient moderator(m_server->url(), m_moderator);
    EngineClient member(m_server->url(), m_member);
    QVERIFY(moderator.sync() && member.sync());
    QCOMPARE(moderator.store->moderation().entries().size(), 2);
    QVERIFY(member.store->moderation().entries().isEmpty()); // members never get items
    QVERIFY(member.hasThread(hidden));

    const int port = m_server->url().port();
    m_server->stop(); // offline
    // Claim, then hide on top of the claim, and a note elsewhere: all from version 1.
    QVERIFY(moderator.store->moderation().claim(hidden));
    QVERIFY(moderator.store->moderation().resolve(hidden, ModerationAction::Hide, u"spam"_s,
                                                  u"同じ宣伝の三回目"_s));
    QVERIFY(moderator.store->moderation().note(noted, u"様子見"_s));
    QVERIFY(!moderator.sync());
    QCOMPARE(moderator.store->outbox().count(OutboxState::Waiting), 3);
    QCOMPARE(moderator.store->moderation().entry(hidden)->localAction, AuditAction::Hidden);

    QVERIFY(m_server->start({}, port));
    QVERIFY(moderator.sync());
    // The hide followed the moderator's own claim: sent on the claim's new version, no conflict.
    QCOMPARE(moderator.store->outbox().count(OutboxState::Waiting), 0);
    QCOMPARE(moderator.store->outbox().count(OutboxState::NeedsAttention), 0);
    const QJsonObject onServer = serverItem(hidden);
    QCOMPARE(onServer.value(u"resolution"_s).toString(), u"hidden"_s);
    const QJsonArray audit = onServer.value(u"audit"_s).toArray();
    QCOMPARE(audit.at(audit.size() - 1).toObject().value(u"action"_s).toString(), u"hidden"_s);
    QVERIFY(audit.at(audit.size() - 1)
                .toObject()
                .value(u"detail"_s)
                .toString()
                .contains(u"同じ宣伝の三回目"_s));
    QCOMPARE(audit.at(audit.size() - 2).toObject().value(u"action"_s).toString(), u"claimed"_s);
    QCOMPARE(serverItem(noted).value(u"audit"_s).toArray().last().toObject().value(u"detail"_s),
             u"様子見"_s);
    // The moderator's cache has the server's item now, nothing pending.
    const ModerationEntry settled = *moderator.store->moderation().entry(hidden);
    QCOMPARE(settled.local, LocalState::Synced);
    QCOMPARE(settled.item.resolution, Resolution::Hidden);

    // The member's next sync takes the post away ...
    QVERIFY(member.sync());
    QVERIFY(!member.hasThread(hidden));
    QVERIFY(member.hasThread(noted));
    // ... and a restore brings it back.
    QVERIFY(moderator.store->moderation().restore(hidden, u"誤判定"_s));
    QVERIFY(moderator.sync());
    QCOMPARE(serverItem(hidden).value(u"resolution"_s).toString(), u"restored"_s);
    QVERIFY(member.sync());
    QVERIFY(member.hasThread(hidden));
}

void TestModerationEndToEnd::conflictingReplay_needsAttention_andKeepsTheNote()
{
    const QUuid item = report();
    EngineClient moderator(m_server->url(), m_moderator);
    QVERIFY(moderator.sync());
    const int port = m_server->url().port();
    m_server->stop();
    const std::optional<QUuid> action = moderator.store->moderation().resolve(
        item, ModerationAction::Hide, u"spam"_s, u"三回目の宣伝。前回警告済み。"_s);
    QVERIFY(action);
    QVERIFY(m_server->start({}, port));

    // Meanwhile another moderator dismissed it.
    Http second(m_server->url());
    second.setToken(m_second.token);
    QCOMPARE(second
                 .post(u"/api/v1/reports/%1/resolve"_s.arg(idText(item)),
                       {{u"version"_s, 1},
                        {u"action"_s, u"dismiss"_s},
                        {u"reason"_s, u"not_a_violation"_s}})
                 .status,
             200);

    QVERIFY(moderator.sync());
    const OutboxItem refused = *moderator.store->outbox().item(*action);
    QCOMPARE(refused.state, OutboxState::NeedsAttention);
    QCOMPARE(refused.errorCode, u"stale"_s);
    // The note is kept, and the cache shows what the other moderator decided.
    QCOMPARE(ApiCodec::decodeResolve(refused.payload)->note, u"三回目の宣伝。前回警告済み。"_s);
    const ModerationEntry entry = *moderator.store->moderation().entry(item);
    QCOMPARE(entry.local, LocalState::NeedsAttention);
    QCOMPARE(entry.localAction, AuditAction::Hidden);
    QCOMPARE(entry.item.resolution, Resolution::Dismissed);
    QCOMPARE(entry.item.audit.last().moderatorName, u"second"_s);
    QCOMPARE(serverItem(item).value(u"resolution"_s).toString(), u"dismissed"_s);

    // Having seen it, the moderator applies the action again, on the item as it is now.
    QVERIFY(moderator.store->outbox().resend(
        *action, moderator.store->moderation().rebasedPayload(refused)));
    QVERIFY(moderator.sync());
    QCOMPARE(moderator.store->outbox().item(*action)->state, OutboxState::Sent);
    const QJsonObject now = serverItem(item);
    QCOMPARE(now.value(u"resolution"_s).toString(), u"hidden"_s);
    QVERIFY(now.value(u"audit"_s)
                .toArray()
                .last()
                .toObject()
                .value(u"detail"_s)
                .toString()
                .contains(u"前回警告済み"_s));
}

void TestModerationEndToEnd::twoModeratorClients_oneWins()
{
    const QUuid item = report();
    EngineClient first(m_server->url(), m_moderator);
    EngineClient second(m_server->url(), m_second);
    QVERIFY(first.sync() && second.sync());
    const std::optional<QUuid> a = first.store->moderation().claim(item);
    const std::optional<QUuid> b = second.store->moderation().claim(item);
    QVERIFY(a && b);
    QVERIFY(first.sync());
    QVERIFY(second.sync());
    QCOMPARE(first.store->outbox().item(*a)->state, OutboxState::Sent);
    QCOMPARE(second.store->outbox().item(*b)->state, OutboxState::NeedsAttention);
    // The loser sees who holds it.
    const ModerationEntry seen = *second.store->moderation().entry(item);
    QCOMPARE(seen.item.status, ModerationStatus::Claimed);
    QCOMPARE(seen.item.claimedByName, u"moderator"_s);
    QCOMPARE(serverItem(item).value(u"claimedByName"_s).toString(), u"moderator"_s);
}

QTEST_GUILESS_MAIN(TestModerationEndToEnd)
#include "tst_moderation_e2e.moc"
