#pragma once

#include "domain/moderation.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <QCoreApplication>

#include <optional>

namespace Soudan::Server {

class Activity;
class PostRows;

// Violation reports and moderation: members report posts, the contact guard reports posts that
// carry contact details, and each reported post becomes one moderation item with its reports,
// claims, decision, notes, warnings and audit timeline. Every deciding action checks the
// version the moderator saw. The API lets only moderators at the items.
class Reports final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Reports)

public:
    Reports(const Database &db, const PostRows &posts, const Activity &activity);

    Outcome<Written<StoredReport>> putReport(const AuthUser &user, const QUuid &id,
                                             const ReportInput &report) const;
    // Files the contact guard's report, in the caller's transaction, when text carries contact
    // details; for an edit (revision > 1), only details its earlier text did not have, in a
    // report of that revision.
    bool guard(WriteTransaction &tx, EntityKind kind, const QUuid &id, const QUuid &threadId,
               const QString &text, int revision = 1, const QString &earlier = {}) const;

    Outcome<QList<ModerationItem>> items(std::optional<ModerationStatus> status) const;
    Outcome<std::optional<ModerationItem>> item(const QUuid &id) const;
    Outcome<ModerationItem> claim(const AuthUser &moderator, const QUuid &id,
                                  const ClaimInput &input) const;
    Outcome<ModerationItem> resolve(const AuthUser &moderator, const QUuid &id,
                                    const ResolveInput &input) const;
    Outcome<ModerationItem> restore(const AuthUser &moderator, const QUuid &id,
                                    const RestoreInput &input) const;
    Outcome<ModerationItem> addNote(const AuthUser &moderator, const QUuid &id,
                                    const NoteInput &input) const;
    // The post's author appeals the latest decision on it (hidden, or a warning), once: the
    // item opens again with the appeal's text in its timeline.
    Outcome<ModerationItem> appeal(const AuthUser &author, const QUuid &id,
                                   const AppealInput &input) const;
    Outcome<ModerationItem> warn(const AuthUser &moderator, const QUuid &id,
                                 const WarnInput &input) const;

    static constexpr int MaxReportsPerHour = 30;

private:
    // One report found by a named statement, in the transaction.
    Outcome<std::optional<StoredReport>> report(WriteTransaction &tx, const QString &query,
                                                const QVariantHash &values) const;
    // Opens (or reopens) the moderation item of a reported post, in the report's transaction.
    bool itemReported(WriteTransaction &tx, EntityKind kind, const QUuid &target,
                      const QUuid &threadId, qint64 reporterId, const QString &detail) const;
    bool audit(WriteTransaction &tx, const QUuid &target, qint64 moderatorId, AuditAction action,
               const QString &detail) const;
    // The item, or a failure: 404 when there is none.
    Outcome<ModerationItem> existing(const QUuid &id) const;
    // The checks every deciding action makes: the item exists, its version is the one the
    // moderator saw, nobody else holds it.
    Outcome<ModerationItem> actionable(const AuthUser &moderator, const QUuid &id,
                                       qint64 version) const;
    // A decision (hidden, dismissed, restored) on the item and its post, then recorded().
    // Whether the item's post is hidden now (by a decision, or still while it is appealed).
    bool postHidden(const ModerationItem &item) const;
    Outcome<ModerationItem> decided(WriteTransaction &tx, const ModerationItem &item,
                                    const AuthUser &moderator, AuditAction done,
                                    const QString &reason, const QString &detail) const;
    // Puts the author's other items in the feed again: their history counts this one.
    bool touchAuthorItems(WriteTransaction &tx, const ModerationItem &item) const;
    // How every action ends: in the timeline, in the feed, committed, answered with the item.
    Outcome<ModerationItem> recorded(WriteTransaction &tx, const QUuid &id, qint64 moderatorId,
                                     AuditAction action, const QString &detail) const;

    // What the author and the reporters hear of a decision: the outcome, never who decided.
    bool notifyDecision(WriteTransaction &tx, const ModerationItem &item, Resolution resolution,
                        const QString &reason) const;

    const Database &m_db;
    const PostRows &m_posts;
    const Activity &m_activity;
};

} // namespace Soudan::Server
