#include "domain/servererrors.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// The field a message of invalid_field names ("title: longer than 100 characters" → "title"),
// when it looks like one.
QString fieldOf(const QString &message)
{
    static const QRegularExpression field(uR"(^([A-Za-z][A-Za-z0-9_.\[\]]{0,63}):)"_s);
    const QRegularExpressionMatch m = field.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString ServerErrors::describe(const QString &code, const QString &serverMessage)
{
    if (code == u"invalid_field"_s) {
        const QString field = fieldOf(serverMessage);
        //: The server refused a value of a request; %1 names the field (title, body, …).
        return field.isEmpty() ? tr("The server did not accept what was sent.")
                               : tr("The server did not accept the value of \"%1\".").arg(field);
    }
    // A restricted member's post: until when and why, as the server writes them
    // ("until <ISO 8601 or never>: <reason>").
    if (code == u"suspended"_s || code == u"read_only"_s) {
        static const QRegularExpression form(uR"(^until (\S+): (.*)$)"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = form.match(serverMessage);
        const QDateTime until = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
        const QString reason = m.captured(2).trimmed();
        if (code == u"suspended"_s && until.isValid()) {
            //: A suspended member's post was refused; it stays in the outbox. %1 is when the
            //: suspension ends (a date and time), %2 the moderators' reason.
            return tr("The moderators suspended your posting until %1 (%2). What you wrote "
                      "stays in the outbox: send it again after that.")
                .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat), reason);
        }
        //: A read-only member's post was refused; it stays in the outbox. %1 is the
        //: moderators' reason.
        return tr("The moderators made your account read-only (%1). What you wrote stays in the "
                  "outbox.")
            .arg(reason);
    }
    static const QHash<QString, const char *> texts = {
        {u"invalid_json"_s, QT_TR_NOOP("The server could not read the request.")},
        {u"invalid_id"_s, QT_TR_NOOP("The server did not recognise the id in the request.")},
        {u"invalid_cursor"_s, QT_TR_NOOP("The server did not recognise where to continue from.")},
        {u"invalid_limit"_s, QT_TR_NOOP("The server did not accept the page size.")},
        {u"invalid_status"_s, QT_TR_NOOP("The server did not accept the status asked for.")},
        {u"invalid_idempotency_key"_s, QT_TR_NOOP("The server did not accept the request's key.")},
        {u"bad_request"_s, QT_TR_NOOP("The server did not accept the request.")},
        {u"unauthorized"_s, QT_TR_NOOP("Sign in to do this.")},
        {u"invalid_token"_s, QT_TR_NOOP("The sign-in has expired: sign in again.")},
        {u"invalid_credentials"_s, QT_TR_NOOP("Wrong user name or password.")},
        {u"not_asker"_s,
         QT_TR_NOOP("Only the asker can choose the best answer or write the thanks.")},
        {u"forbidden"_s, QT_TR_NOOP("This is for moderators only.")},
        {u"not_found"_s,
         QT_TR_NOOP("It is not on the board (any more): it may have been hidden or removed.")},
        {u"id_in_use"_s, QT_TR_NOOP("Something else was already sent under the same id.")},
        {u"idempotency_key_reused"_s,
         QT_TR_NOOP("Something else was already sent under the same key.")},
        {u"thread_not_open"_s, QT_TR_NOOP("The question is no longer taking answers.")},
        {u"thread_hidden"_s,
         QT_TR_NOOP("A moderator hid this question: it takes no more answers or thanks.")},
        {u"no_best_answer"_s, QT_TR_NOOP("Thanks can be written after a best answer is chosen.")},
        {u"thanks_exists"_s, QT_TR_NOOP("Thanks were already written for this question.")},
        {u"stale"_s, QT_TR_NOOP("The report changed meanwhile: look at it again.")},
        {u"claimed"_s, QT_TR_NOOP("Another moderator is handling this report.")},
        {u"resolved"_s, QT_TR_NOOP("The report was already decided.")},
        {u"not_hidden"_s, QT_TR_NOOP("The post is not hidden.")},
        {u"cursor_expired"_s, QT_TR_NOOP("The server asks to sync again from the start.")},
        {u"payload_too_large"_s, QT_TR_NOOP("It is too long for the server.")},
        {u"unknown_category"_s, QT_TR_NOOP("The category is not on the board (any more).")},
        {u"unknown_answer"_s, QT_TR_NOOP("The answer is not in this thread (any more).")},
        {u"own_answer"_s, QT_TR_NOOP("Your own answer cannot be the best answer.")},
        {u"too_many_requests"_s, QT_TR_NOOP("The server is busy: Soudan tries again shortly.")},
        {u"too_many_reports"_s,
         QT_TR_NOOP("You have sent many reports in the last hour: send this one again later.")},
        {u"timeout"_s, QT_TR_NOOP("The request took too long to reach the server.")},
        {u"length_required"_s, QT_TR_NOOP("The server did not accept the request.")},
        {u"unsupported_encoding"_s, QT_TR_NOOP("The server did not accept the request.")},
        {u"uri_too_long"_s, QT_TR_NOOP("The server did not accept the request.")},
        {u"headers_too_large"_s, QT_TR_NOOP("The server did not accept the request.")},
        {u"sign_in_delayed"_s,
         QT_TR_NOOP("Too many wrong passwords for this account: wait a little before trying "
                    "again.")},
        {u"internal"_s, QT_TR_NOOP("The server had a problem: Soudan tries again later.")},
        {u"not_author"_s, QT_TR_NOOP("Only its author can change a post or see its history.")},
        {u"settled"_s,
         QT_TR_NOOP("A resolved or closed question and a best answer can no longer be edited; "
                    "you can still add a supplement to your question.")},
        {u"edit_conflict"_s,
         QT_TR_NOOP("The post was changed elsewhere (on another device, or a moderator acted) "
                    "since you began this edit. The thread shows it as it is now; edit your "
                    "text again or discard it.")},
        {u"withdrawn"_s, QT_TR_NOOP("The post was withdrawn by its author.")},
        {u"has_answers"_s,
         QT_TR_NOOP("A question that has answers cannot be withdrawn; you can close it "
                    "instead.")},
        {u"post_hidden"_s, QT_TR_NOOP("A moderator hid this post.")},
        {u"too_many_supplements"_s, QT_TR_NOOP("A question takes at most ten supplements.")},
        {u"malformed_response"_s, QT_TR_NOOP("The server's answer could not be read.")},
        {u"appeal_exists"_s,
         QT_TR_NOOP("You already appealed this decision; the moderators are looking at it.")},
        {u"nothing_to_appeal"_s,
         QT_TR_NOOP("There is no moderator's decision on this post to appeal (any more).")},
    };
    if (const char *text = texts.value(code))
        return tr(text);
    //: An error from the server that this version of Soudan does not know.
    return tr("The server refused it.");
}

} // namespace Soudan
