#include "ui/moderationhtml.h"

#include "models/labels.h"
#include "models/outboxmodel.h"
#include "ui/posthtml.h"

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A post in a box of colour, with who wrote it.
QString post(const QString &heading, const QString &by, const QString &text,
             const QColor &background)
{
    return u"<h3>%1</h3><table width='100%' bgcolor='%2' cellpadding='6'><tr><td>"
           "<p class='meta'>%3</p><p style='white-space: pre-wrap;'>%4</p></td></tr></table>"_s.arg(
               escaped(heading), background.name(), escaped(by), PostHtml::fromPlainText(text));
}

} // namespace

QString ModerationHtml::empty(bool queueIsEmpty, const Colors &colors)
{
    return u"<p style='color:%1'>%2</p>"_s.arg(
        colors.mutedText().name(), escaped(queueIsEmpty ? tr("No reports here. Well done.")
                                                        : tr("Select a report to see it.")));
}

QString ModerationHtml::conflict(const ModerationItem &item, const OutboxItem &refused)
{
    // Whole sentences for each state, so that translators never join fragments.
    QString state;
    if (item.status == ModerationStatus::Claimed) {
        state = tr("The report is now claimed by %1.").arg(item.claimedByName);
    } else if (item.status == ModerationStatus::Resolved) {
        switch (item.resolution) {
        case Resolution::Hidden:
            state = tr("The report is now decided: the post was hidden.");
            break;
        case Resolution::Restored:
            state = tr("The report is now decided: the post was shown again.");
            break;
        case Resolution::Dismissed:
        case Resolution::None:
            state = tr("The report is now decided: it was dismissed.");
            break;
        }
    } else {
        state = tr("The report is open now, with %n report(s).", "", int(item.reports.size()));
    }
    QString who;
    for (auto it = item.audit.crbegin(); it != item.audit.crend(); ++it) {
        if (it->action != AuditAction::Reported && it->action != AuditAction::Noted) {
            who = it->moderatorName;
            break;
        }
    }
    // Sentences one after the other, as the language writes them (no space in Japanese).
    auto then = [](const QString &first, const QString &next) -> QString {
        //: Two sentences one after the other (Japanese writes them with no space between).
        return first.isEmpty() ? next : tr("%1 %2", "sentences").arg(first, next);
    };
    //: Said when another moderator decided a report before this moderator's action arrived.
    const QString first = who.isEmpty() ? QString() : tr("%1 acted first.").arg(who);
    return u"<b>%1</b><br>%2"_s.arg(
        escaped(tr("Your action “%1” was not applied.").arg(Labels::outboxKind(refused.kind))),
        escaped(then(then(OutboxModel::errorOf(refused), first), state)));
}

QString ModerationHtml::detail(const Detail &d, const Colors &colors)
{
    const ModerationEntry &entry = d.entry;
    const ModerationItem &item = entry.item;
    QString html = u"<style>h3{margin:6px 0 2px 0} .meta{color:%1} .post{margin:4px 0 8px 0}"
                   " td{padding:1px 8px 1px 0}</style>"_s.arg(colors.mutedText().name());
    const QString title = d.thread ? d.thread->thread.title : entry.threadTitle;
    html +=
        u"<h2>%1</h2>"_s.arg(escaped(title.isEmpty() ? tr("(thread not in the cache)") : title));
    QStringList path;
    if (d.thread) {
        for (const Category &c : d.thread->categoryPath)
            path.append(c.name);
    }
    html += u"<p class='meta'>%1 · %2 · %3</p>"_s.arg(escaped(path.join(u" › "_s)),
                                                      escaped(item.targetKind == EntityKind::Answer
                                                                  ? tr("Reported answer")
                                                                  : tr("Reported question")),
                                                      escaped(d.status));

    // The post in its thread: the question, and the reported answer highlighted.
    if (item.targetKind == EntityKind::Thread) {
        html += post(tr("Question"), tr("by %1").arg(entry.authorName), entry.postText,
                     colors.reportedPost());
    } else {
        html +=
            u"<h3>%1</h3><p class='meta'>%2</p><p class='post' style='white-space: pre-wrap;'>"
            "%3</p>"_s.arg(
                escaped(tr("Question")),
                escaped(tr("by %1").arg(d.thread ? d.thread->authorName : QString())),
                PostHtml::fromPlainText(d.thread ? d.thread->thread.body.left(600) : QString()));
        html += post(tr("Reported answer"), tr("by %1").arg(entry.authorName), entry.postText,
                     colors.reportedPost());
    }

    // Every report on it.
    html += u"<h3>%1</h3><table>"_s.arg(escaped(tr("Reports (%1)").arg(item.reports.size())));
    for (const ReportEntry &r : item.reports) {
        const QString who =
            r.reporterId == 0
                //: Who filed a report: the server's automatic contact check.
                ? tr("Automatic contact check")
                : entry.reporterNames.value(r.reporterId, tr("User %1").arg(r.reporterId));
        html += u"<tr><td class='meta'>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>"_s.arg(
            escaped(Labels::dateTime(r.at)), escaped(Labels::reportReason(r.reason)), escaped(who),
            escaped(Labels::reportNote(r)));
    }
    html += u"</table>"_s;

    // The author's earlier moderation history.
    const AuthorHistory &h = item.authorHistory;
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(
        escaped(tr("The author's history")),
        escaped(h.hidden + h.dismissed + h.warnings == 0
                    ? tr("No earlier reports decided, no warnings.")
                    //: The author's earlier record: counts of posts hidden, of reports on
                    //: their posts dismissed, and of warnings.
                    : tr("Posts hidden: %L1 · Reports dismissed: %L2 · Warnings: %L3")
                          .arg(h.hidden)
                          .arg(h.dismissed)
                          .arg(h.warnings)));

    // The audit timeline, with what was done here and not sent yet.
    html += u"<h3>%1</h3><table>"_s.arg(escaped(tr("Timeline")));
    for (const AuditEntry &a : item.audit) {
        const QString who = a.moderatorName.isEmpty() ? tr("Server") : a.moderatorName;
        html += u"<tr><td class='meta'>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>"_s.arg(
            escaped(Labels::dateTime(a.at)), escaped(who), escaped(Labels::auditAction(a.action)),
            escaped(Labels::auditDetail(a)));
    }
    if (entry.local == LocalState::Waiting && entry.localAction) {
        html += u"<tr><td class='meta'>%1</td><td>%2</td><td><b>%3</b></td><td></td></tr>"_s.arg(
            escaped(tr("not sent yet")), escaped(tr("You")),
            escaped(Labels::auditAction(*entry.localAction)));
    }
    html += u"</table>"_s;
    if (item.status == ModerationStatus::Claimed && item.claimedUntil > d.now) {
        html += u"<p class='meta'>%1</p>"_s.arg(
            escaped(tr("Claimed by %1 until %2.")
                        .arg(item.claimedByName, Labels::dateTime(item.claimedUntil))));
    }
    return html;
}

} // namespace Soudan
