#include "ui/threadhtml.h"

#include "domain/rules.h"
#include "models/labels.h"
#include "ui/posthtml.h"

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

using Post = ThreadDetailModel::Post;
using PostKind = ThreadDetailModel::PostKind;

QString pill(const QString &text, const QColor &background)
{
    return u"<span style=\"background-color:%1; color:%2; font-weight:600;\">&nbsp;%3&nbsp;</span>"_s
        .arg(background.name(), Colors::tagText().name(), text.toHtmlEscaped());
}

QString action(const QString &href, const QString &text)
{
    // Kept on one line: Japanese wraps between any two characters.
    return u"&nbsp;&nbsp;<a href=\"%1\" style=\"font-weight: normal; white-space: nowrap;\">"
           u"%2</a>"_s.arg(href, text.toHtmlEscaped());
}

QString body(const QString &text)
{
    return u"<p style=\"white-space: pre-wrap; margin-top: 6px;\">"_s +
           PostHtml::fromPlainText(text) + u"</p>"_s;
}

} // namespace

QString ThreadHtml::home(const Colors &colors, const QList<News> &news, int unread)
{
    const QString muted = colors.mutedText().name();
    auto para = [](const QString &text) -> QString {
        return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    };
    auto link = [](const QString &href, const QString &text) -> QString {
        return u"<li><a href=\"%1\">%2</a></li>"_s.arg(href, text.toHtmlEscaped());
    };
    QString fresh;
    if (!news.isEmpty()) {
        //: The board home: the newest unread notifications; %n is how many are unread in all.
        fresh =
            u"<h3>"_s + tr("New for you (%n unread)", "", unread).toHtmlEscaped() + u"</h3><ul>"_s;
        for (const News &n : news) {
            fresh += u"<li><a href=\"soudan:open/%1/%2\">%3</a> <span style=\"color:%4;\">"
                     "%5 · %6</span></li>"_s.arg(n.threadId.toString(QUuid::WithoutBraces),
                                                 n.postId.toString(QUuid::WithoutBraces),
                                                 n.what.toHtmlEscaped(), muted,
                                                 n.where.toHtmlEscaped(), n.when.toHtmlEscaped());
        }
        fresh += u"</ul>"_s;
    }
    //: The board home's heading, shown while no thread is chosen.
    return u"<h2>"_s + tr("The consultation board").toHtmlEscaped() + u"</h2>"_s + fresh +
           para(tr("Freelancers and clients ask each other about prices, schedules, contracts "
                   "and money, and answer from experience. The asker chooses the best answer "
                   "and thanks the one who helped.")) +
           para(tr("Keep contact and payment on the board until the work is done: a contract "
                   "is an amount proposed, agreed by both, and paid in advance by the client. "
                   "Asking for LINE, e-mail or a phone number before that is against the "
                   "rules.")) +
           u"<ul>"_s +
           link(u"soudan:faq/forbidden-work"_s, tr("FAQ: what work is forbidden (違反のお仕事)")) +
           link(u"soudan:faq/reports"_s, tr("FAQ: what a violation report is (違反報告)")) +
           u"</ul><p style=\"color:%1;\">"_s.arg(muted) +
           tr("Choose a category and a thread to read the question and its answers. Ctrl+K "
              "searches everything, also offline; Ctrl+N asks a question.")
               .toHtmlEscaped() +
           u"</p>"_s;
}

QString ThreadHtml::anchor(const QUuid &postId)
{
    return u"post-"_s + postId.toString(QUuid::WithoutBraces);
}

QString ThreadHtml::render(const ThreadDetail &detail, const QList<Post> &posts, qint64 reader,
                           const Colors &colors, bool moderator)
{
    const Thread &t = detail.thread;
    const QString muted = colors.mutedText().name();
    auto author = [](const QString &name) { return name.isEmpty() ? tr("(unknown user)") : name; };
    auto meta = [&](const QString &text) {
        return u"<p style=\"color:%1;\">%2</p>"_s.arg(muted, text.toHtmlEscaped());
    };
    auto tombstone = [&](const QString &text) {
        return u"<p style=\"color:%1;\"><i>%2</i></p>"_s.arg(muted, text.toHtmlEscaped());
    };

    QStringList path;
    for (const Category &c : detail.categoryPath)
        path.append(c.name.toHtmlEscaped());
    QString html = u"<p style=\"color:%1;\">%2</p>"_s.arg(muted, path.join(u" › "_s));
    //: The title of a question its asker withdrew (取り消された質問).
    html += u"<h2>"_s + (t.withdrawn ? tr("(Withdrawn question)") : t.title).toHtmlEscaped() +
            u"</h2>"_s;

    QStringList facts;
    facts.append(pill(Labels::status(t.status), Colors::tag(t.status)));
    //: Thread header: number of answers (回答数). %Ln is the number.
    facts.append(tr("%Ln answer(s)", "", t.answerCount).toHtmlEscaped());
    //: Thread header: number of views (閲覧回数). %Ln is the number.
    facts.append(tr("%Ln view(s)", "", int(qMin<qint64>(t.viewCount, INT_MAX))).toHtmlEscaped());
    facts.append(t.urgency == Urgency::Urgent
                     ? pill(Labels::urgency(t.urgency), Colors::tag(Colors::Tag::Urgent))
                     : Labels::urgency(t.urgency).toHtmlEscaped());
    html += u"<p>"_s + facts.join(u" &nbsp;·&nbsp; "_s) + u"</p>"_s;

    QString question, supplements, best, thanks, answers;
    for (const Post &p : posts) {
        const QString name = author(p.author);
        const QString when = Labels::dateTime(p.created);
        const QString postText = p.id.toString(QUuid::WithoutBraces);
        const QString kindText = p.kind == PostKind::Question ? u"thread"_s : u"answer"_s;
        // Written here and not on the server yet, or refused: marked, with the way to the outbox.
        QString mark;
        if (p.local == LocalState::Waiting)
            mark = u" "_s + pill(tr("Not sent yet"), Colors::tag(Colors::Tag::Waiting));
        else if (p.local == LocalState::NeedsAttention)
            mark = u" "_s + pill(tr("Needs attention"), Colors::tag(Colors::Tag::Urgent)) +
                   action(u"soudan:outbox/"_s + postText, tr("Open the outbox"));
        //: Marks a post whose edit, withdrawal or closing by the user is not on the server yet.
        if (p.editWaiting)
            mark += u" "_s + pill(tr("Change not sent yet"), Colors::tag(Colors::Tag::Waiting));
        const bool synced = p.local == LocalState::Synced;
        //: Link next to a post: report it to the moderators (verb).
        // Reported already: said so, and reporting again edits that report (one per post).
        const QString reportLink = u"soudan:report/%1/%2"_s.arg(kindText, postText);
        const QString report =
            !synced || p.withdrawn || !Rules::allowed(Rules::mayReport(p.authorId, reader))
                ? QString()
            : p.reported
                //: Marks a post the user reported (違反報告済み); the link changes the report.
                ? u" "_s + pill(tr("Reported"), Colors::tag(Colors::Tag::Waiting)) +
                      action(reportLink, tr("Change my report"))
                : action(reportLink, tr("Report", "verb: report a post"));
        // Edited: when, for everyone; what it said before, for its author and moderators.
        QString edited;
        if (p.edited.isValid()) {
            //: After a post's date: its author edited it (編集済み); %1 is when.
            edited = u" · "_s + tr("edited %1").arg(Labels::dateTime(p.edited)).toHtmlEscaped();
            if (moderator || (reader != 0 && reader == p.authorId)) {
                //: Link after "edited": the post's earlier versions (編集履歴).
                edited += action(u"soudan:history/%1/%2"_s.arg(kindText, postText), tr("History"));
            }
        }
        // The user's own post a moderator hid: why, where the rules are, and the appeal.
        QString hidden;
        if (p.hidden) {
            //: Marks the user's own post that a moderator hid (非表示); others no longer see it.
            hidden =
                u"<p>"_s + pill(tr("Hidden by a moderator"), Colors::tag(Colors::Tag::Urgent)) +
                u" "_s +
                //: Under the user's hidden post: %1 is why it was hidden (a rule).
                tr("Others no longer see this post. Reason: %1.")
                    .arg(Labels::decisionReason(ModerationAction::Hide, p.hiddenReason))
                    .toHtmlEscaped() +
                action(u"soudan:faq/forbidden-work"_s, tr("The board's rules")) +
                (p.appealed
                     //: Marks a hidden post whose author appealed the decision.
                     ? u" "_s + pill(tr("Appealed"), Colors::tag(Colors::Tag::Waiting))
                     //: Link under the user's hidden post: ask the moderators to look again.
                     : action(u"soudan:appeal/%1/%2"_s.arg(kindText, postText), tr("Appeal"))) +
                u"</p>"_s;
        }
        // A moderator takes any post to the moderation window (hide, warn, suspend its author).
        QString moderate;
        if (moderator && synced && !p.withdrawn && p.kind != PostKind::Supplement &&
            p.kind != PostKind::Thanks && p.kind != PostKind::BestAnswer) {
            //: Links next to a post, for moderators: open it in the moderation window; hide it;
            //: warn or suspend its author (each through the moderation window).
            moderate = action(u"soudan:moderate/%1/%2"_s.arg(kindText, postText), tr("Moderate")) +
                       action(u"soudan:hide/%1/%2"_s.arg(kindText, postText), tr("Hide")) +
                       action(u"soudan:warn/%1/%2"_s.arg(kindText, postText), tr("Warn…")) +
                       action(u"soudan:suspend/%1/%2"_s.arg(kindText, postText), tr("Suspend…"));
        }
        // The author's own actions on a post the server has.
        Answer answer;
        answer.id = p.id;
        answer.threadId = t.id;
        answer.authorId = p.authorId;
        answer.withdrawn = p.withdrawn;
        QString own;
        auto offer = [&](Rules::Refusal why, const QString &href, const QString &text) {
            if (synced && !p.editWaiting && !p.hidden && Rules::allowed(why))
                own += action(href, text);
        };
        //: Heading over an answer: who wrote it (〇〇さんからの回答).
        const QString from = tr("Answer from %1").arg(name).toHtmlEscaped();
        switch (p.kind) {
        case PostKind::Question:
            //: Link under one's own question: edit it.
            offer(Rules::mayEditQuestion(t, reader), u"soudan:edit/thread/"_s + postText,
                  tr("Edit"));
            //: Link under one's own question: add a dated supplement (補足する).
            offer(Rules::maySupplement(t, reader), u"soudan:supplement/"_s + postText,
                  tr("Add a supplement"));
            //: Link under one's own question: close it without a best answer (締め切る).
            offer(Rules::mayClose(t, reader), u"soudan:close/"_s + postText,
                  tr("Close the question"));
            //: Link under one's own question or answer: withdraw it (取り消す).
            offer(Rules::mayWithdrawQuestion(t, reader), u"soudan:withdraw/thread/"_s + postText,
                  tr("Withdraw"));
            //: Under the question: who asked and when.
            question =
                (p.withdrawn ? tombstone(tr("The asker withdrew this question.")) : body(p.body)) +
                u"<p style=\"color:%1;\">"_s.arg(muted) +
                tr("Asked by %1 on %2").arg(name, when).toHtmlEscaped() + edited + mark + report +
                own + moderate + u"</p>"_s + hidden;
            break;
        case PostKind::Supplement:
            //: Heading of a supplement the asker added to their question (補足); %1 is when.
            supplements += u"<h4>"_s + tr("Supplement (%1)").arg(when).toHtmlEscaped() + mark +
                           u"</h4>"_s + body(p.body);
            break;
        case PostKind::BestAnswer:
            // The heading says it once; the pill stays on the answer in the list of all.
            //: Heading of the best answer section (ベストアンサーに選ばれた回答).
            best = u"<h3>"_s + tr("Chosen as the best answer").toHtmlEscaped() + mark +
                   u"</h3><p><b>"_s + from + u"</b></p>"_s + body(p.body) + meta(when);
            break;
        case PostKind::Thanks:
            //: Heading of the asker's thank-you comment (相談者からのお礼コメント).
            thanks = u"<h3>"_s + tr("Thanks from the asker").toHtmlEscaped() + mark + u"</h3>"_s +
                     body(p.body) + meta(when);
            break;
        case PostKind::Answer: {
            answers +=
                u"<hr/><a name=\"%1\"></a><p><b>"_s.arg(anchor(p.id)) + from + u"</b>"_s + mark;
            if (p.best)
                answers += u" "_s + pill(tr("Best answer"), Colors::tag(Colors::Tag::BestAnswer));
            if (synced && Rules::allowed(Rules::mayChooseBestAnswer(t, answer, reader)))
                answers += action(u"soudan:best/"_s + postText, tr("Choose as the best answer"));
            offer(Rules::mayEditAnswer(t, answer, reader), u"soudan:edit/answer/"_s + postText,
                  tr("Edit"));
            offer(Rules::mayWithdrawAnswer(t, answer, reader),
                  u"soudan:withdraw/answer/"_s + postText, tr("Withdraw"));
            answers +=
                report + own + moderate + u"</p>"_s + hidden +
                (p.withdrawn ? tombstone(tr("The author withdrew this answer.")) : body(p.body)) +
                u"<p style=\"color:%1;\">"_s.arg(muted) + when.toHtmlEscaped() + edited + u"</p>"_s;
            break;
        }
        }
    }
    html += question + supplements;
    if (!best.isEmpty() || !thanks.isEmpty()) {
        html +=
            u"<table width=\"100%\" cellpadding=\"12\" style=\"background-color:%1;\"><tr><td>"_s
                .arg(colors.panel().name()) +
            best + thanks + u"</td></tr></table>"_s;
    }
    if (answers.isEmpty()) {
        html += u"<h3>"_s + tr("No answers yet.").toHtmlEscaped() + u"</h3>"_s;
    } else {
        //: Heading of the list of every answer (すべての回答).
        html += u"<h3>"_s +
                tr("All answers (%Ln)", "", int(detail.answers.size())).toHtmlEscaped() +
                u"</h3>"_s + answers;
    }
    return html;
}

} // namespace Soudan
