#include "domain/apicodec.h"

#include "domain/jsoncodec.h"
#include "domain/jsonreader.h"
#include "domain/limits.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Soudan::ApiCodec {

namespace {

constexpr int MaxChangesPerPage = 10000;

// Parses body as a JSON object and hands a reader over it to read; the result is read's value
// or the first problem found.
template<typename T, typename Read>
Result<T> decodeObject(const QByteArray &body, Read read)
{
    const Result<QJsonValue> value = JsonCodec::parse(body);
    if (!value)
        return Result<T>::failure(value.error());
    JsonReader r(value.value(), QString());
    T result = read(r);
    if (!r.ok())
        return Result<T>::failure(r.error());
    return result;
}

EntityKind kindFrom(JsonReader &r)
{
    return r.enumeration<EntityKind>("kind"_L1);
}

QString decodeChange(const QJsonValue &value, const QString &path, ChangeSet &changes)
{
    JsonReader r(value, path);
    const EntityKind kind = kindFrom(r);
    const QString op = r.string("op"_L1, 16);
    if (r.ok() && op != u"upsert"_s && op != u"delete"_s)
        r.fail("op"_L1, JsonReader::tr("unknown value \"%1\"").arg(op));
    const bool upsert = op == u"upsert"_s;
    if (!r.ok())
        return r.error();
    if (!upsert) {
        Tombstone t{kind, r.string("id"_L1, 64)};
        if (r.ok() && t.id.isEmpty())
            r.fail("id"_L1, JsonReader::tr("must not be empty"));
        if (r.ok())
            changes.tombstones.append(t);
        return r.error();
    }
    const QJsonValue data = value.toObject().value(u"data"_s);
    const QString dataPath = path + u".data"_s;
    // Decodes data with decode and appends it to list.
    auto add = [&](auto &list, auto decode) {
        auto row = decode(data, dataPath);
        if (row)
            list.append(row.value());
        return row.error();
    };
    switch (kind) {
    case EntityKind::Category:
        return add(changes.categories, &JsonCodec::decodeCategory);
    case EntityKind::User:
        return add(changes.users, &JsonCodec::decodeUser);
    case EntityKind::Thread:
        return add(changes.threads, &JsonCodec::decodeThread);
    case EntityKind::Answer:
        return add(changes.answers, &JsonCodec::decodeAnswer);
    case EntityKind::ModerationItem:
        return add(changes.moderationItems, &JsonCodec::decodeModerationItem);
    case EntityKind::Notification:
        return add(changes.notifications, &JsonCodec::decodeNotification);
    case EntityKind::ThreadState:
        return add(changes.threadStates, &JsonCodec::decodeThreadState);
    case EntityKind::CategoryState:
        return add(changes.categoryStates, &JsonCodec::decodeCategoryState);
    }
    return {};
}

QJsonObject upsert(EntityKind kind, const QJsonObject &data)
{
    return {{u"kind"_s, Wire::name(kind)}, {u"op"_s, u"upsert"_s}, {u"data"_s, data}};
}

// A question's title and body, as asked or edited.
void checkQuestion(JsonReader &r, const QString &title, const QString &body)
{
    if (r.ok() && title.trimmed().isEmpty())
        r.fail("title"_L1, JsonReader::tr("must not be empty"));
    if (r.ok() && title.contains(u'\n'))
        r.fail("title"_L1, JsonReader::tr("must be a single line"));
    if (r.ok() && body.trimmed().isEmpty())
        r.fail("body"_L1, JsonReader::tr("must not be empty"));
}

} // namespace

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject encode(const Credentials &credentials)
{
    return {{u"user"_s, credentials.user}, {u"password"_s, credentials.password}};
}

Result<Credentials> decodeCredentials(const QByteArray &body)
{
    return decodeObject<Credentials>(body, [](JsonReader &r) {
        r.allowOnly({"user"_L1, "password"_L1});
        return Credentials{r.string("user"_L1, Limits::LoginNameMax),
                           r.string("password"_L1, Limits::PasswordMax)};
    });
}

QJsonObject encode(const Session &session)
{
    return {{u"token"_s, session.token},
            {u"expiresAt"_s, JsonCodec::wireTime(session.expiresAt)},
            {u"user"_s, JsonCodec::encode(session.user)}};
}

Result<Session> decodeSession(const QByteArray &body)
{
    const Result<QJsonValue> value = JsonCodec::parse(body);
    if (!value)
        return Result<Session>::failure(value.error());
    JsonReader r(value.value(), QString());
    Session s;
    s.token = r.string("token"_L1, 256);
    s.expiresAt = r.dateTime("expiresAt"_L1);
    if (!r.ok())
        return Result<Session>::failure(r.error());
    const Result<User> user =
        JsonCodec::decodeUser(value.value().toObject().value(u"user"_s), u"user"_s);
    if (!user)
        return Result<Session>::failure(user.error());
    s.user = user.value();
    return s;
}

QJsonObject encode(const QuestionInput &q)
{
    return {{u"categoryId"_s, q.categoryId},
            {u"title"_s, q.title},
            {u"body"_s, q.body},
            {u"urgency"_s, Wire::name(q.urgency)}};
}

Result<QuestionInput> decodeQuestion(const QByteArray &body)
{
    return decodeObject<QuestionInput>(body, [](JsonReader &r) {
        r.allowOnly({"categoryId"_L1, "title"_L1, "body"_L1, "urgency"_L1});
        QuestionInput q;
        q.categoryId = r.integer("categoryId"_L1, 1, Limits::JsonIntegerMax);
        q.title = r.line("title"_L1, Limits::TitleMax);
        q.body = r.text("body"_L1, Limits::BodyMax);
        q.urgency = r.enumeration<Urgency>("urgency"_L1);
        checkQuestion(r, q.title, q.body);
        return q;
    });
}

QJsonObject encode(const QuestionEdit &e)
{
    return {{u"revision"_s, e.revision},
            {u"title"_s, e.title},
            {u"body"_s, e.body},
            {u"urgency"_s, Wire::name(e.urgency)}};
}

Result<QuestionEdit> decodeQuestionEdit(const QByteArray &body)
{
    return decodeObject<QuestionEdit>(body, [](JsonReader &r) {
        r.allowOnly({"revision"_L1, "title"_L1, "body"_L1, "urgency"_L1});
        QuestionEdit e;
        e.revision = int(r.integer("revision"_L1, 1, Limits::RevisionMax));
        e.title = r.line("title"_L1, Limits::TitleMax);
        e.body = r.text("body"_L1, Limits::BodyMax);
        e.urgency = r.enumeration<Urgency>("urgency"_L1);
        checkQuestion(r, e.title, e.body);
        return e;
    });
}

QJsonObject encode(const AnswerEdit &e)
{
    return {{u"revision"_s, e.revision}, {u"body"_s, e.body}};
}

Result<AnswerEdit> decodeAnswerEdit(const QByteArray &body)
{
    return decodeObject<AnswerEdit>(body, [](JsonReader &r) {
        r.allowOnly({"revision"_L1, "body"_L1});
        AnswerEdit e;
        e.revision = int(r.integer("revision"_L1, 1, Limits::RevisionMax));
        e.body = r.text("body"_L1, Limits::BodyMax);
        if (r.ok() && e.body.trimmed().isEmpty())
            r.fail("body"_L1, JsonReader::tr("must not be empty"));
        return e;
    });
}

QJsonObject encode(const SupplementInput &s)
{
    return {{u"body"_s, s.body}};
}

Result<SupplementInput> decodeSupplement(const QByteArray &body)
{
    return decodeObject<SupplementInput>(body, [](JsonReader &r) {
        r.allowOnly({"body"_L1});
        SupplementInput s{r.text("body"_L1, Limits::SupplementMax)};
        if (r.ok() && s.body.trimmed().isEmpty())
            r.fail("body"_L1, JsonReader::tr("must not be empty"));
        return s;
    });
}

QJsonObject encode(const RestrictionInput &r)
{
    QJsonObject o{{u"kind"_s, Wire::name(r.kind)}, {u"reason"_s, r.reason}};
    if (r.kind == RestrictionKind::Suspended)
        o.insert(u"days"_s, r.days);
    return o;
}

Result<RestrictionInput> decodeRestriction(const QByteArray &body)
{
    return decodeObject<RestrictionInput>(body, [](JsonReader &r) {
        r.allowOnly({"kind"_L1, "days"_L1, "reason"_L1});
        RestrictionInput in;
        in.kind = r.enumeration<RestrictionKind>("kind"_L1);
        // Lifting a restriction needs no reason; a restriction says why.
        in.reason =
            r.text("reason"_L1, Limits::ReportNoteMax,
                   in.kind == RestrictionKind::None ? JsonReader::Optional : JsonReader::Required);
        if (in.kind == RestrictionKind::Suspended)
            in.days = int(r.integer("days"_L1, 1, 365));
        else if (r.ok() && r.present("days"_L1))
            r.fail("days"_L1, JsonReader::tr("is only for a suspension"));
        if (r.ok() && in.kind != RestrictionKind::None && in.reason.trimmed().isEmpty())
            r.fail("reason"_L1, JsonReader::tr("must not be empty"));
        return in;
    });
}

QJsonObject encode(const Restriction &r)
{
    return {{u"userId"_s, r.userId},
            {u"kind"_s, Wire::name(r.kind)},
            {u"until"_s, JsonCodec::wireTimeOrNull(r.until)},
            {u"reason"_s, r.reason}};
}

QJsonObject encode(const AppealInput &a)
{
    return {{u"text"_s, a.text}};
}

Result<AppealInput> decodeAppeal(const QByteArray &body)
{
    return decodeObject<AppealInput>(body, [](JsonReader &r) {
        r.allowOnly({"text"_L1});
        AppealInput a{r.text("text"_L1, Limits::ReportNoteMax)};
        if (r.ok() && a.text.trimmed().isEmpty())
            r.fail("text"_L1, JsonReader::tr("must not be empty"));
        return a;
    });
}

QJsonObject encodeRevisions(const QList<Revision> &revisions)
{
    QJsonArray list;
    for (const Revision &v : revisions) {
        QJsonObject o{
            {u"revision"_s, v.revision}, {u"body"_s, v.body}, {u"at"_s, JsonCodec::wireTime(v.at)}};
        if (v.urgency) {
            o.insert(u"title"_s, v.title);
            o.insert(u"urgency"_s, Wire::name(*v.urgency));
        }
        list.append(o);
    }
    return {{u"revisions"_s, list}};
}

Result<QList<Revision>> decodeRevisions(const QByteArray &body)
{
    const Result<QJsonValue> value = JsonCodec::parse(body);
    if (!value)
        return Result<QList<Revision>>::failure(value.error());
    JsonReader r(value.value(), QString());
    QList<Revision> revisions;
    r.array("revisions"_L1, Limits::RevisionMax, [&](const QJsonValue &v, const QString &path) {
        JsonReader e(v, path);
        Revision rev;
        rev.revision = int(e.integer("revision"_L1, 1, Limits::RevisionMax));
        rev.body = e.string("body"_L1, Limits::BodyMax);
        rev.at = e.dateTime("at"_L1);
        if (e.has("urgency"_L1)) {
            rev.title = e.string("title"_L1, Limits::TitleMax);
            rev.urgency = e.enumeration<Urgency>("urgency"_L1);
        }
        revisions.append(rev);
        return e.error();
    });
    if (!r.ok())
        return Result<QList<Revision>>::failure(r.error());
    return revisions;
}

QJsonObject encode(const AnswerInput &a)
{
    return {{u"body"_s, a.body}};
}

Result<AnswerInput> decodeAnswerInput(const QByteArray &body)
{
    return decodeObject<AnswerInput>(body, [](JsonReader &r) {
        r.allowOnly({"body"_L1});
        AnswerInput a{r.text("body"_L1, Limits::BodyMax)};
        if (r.ok() && a.body.trimmed().isEmpty())
            r.fail("body"_L1, JsonReader::tr("must not be empty"));
        return a;
    });
}

QJsonObject encode(const BestAnswerInput &choice)
{
    return {{u"answerId"_s, choice.answerId.toString(QUuid::WithoutBraces)}};
}

Result<BestAnswerInput> decodeBestAnswer(const QByteArray &body)
{
    return decodeObject<BestAnswerInput>(body, [](JsonReader &r) {
        r.allowOnly({"answerId"_L1});
        return BestAnswerInput{r.uuid("answerId"_L1)};
    });
}

QJsonObject encode(const ThanksInput &thanks)
{
    return {{u"body"_s, thanks.body}};
}

Result<ThanksInput> decodeThanks(const QByteArray &body)
{
    return decodeObject<ThanksInput>(body, [](JsonReader &r) {
        r.allowOnly({"body"_L1});
        ThanksInput t{r.text("body"_L1, Limits::ThanksMax)};
        if (r.ok() && t.body.trimmed().isEmpty())
            r.fail("body"_L1, JsonReader::tr("must not be empty"));
        return t;
    });
}

QJsonObject encode(const ThreadStateInput &state)
{
    QJsonObject o;
    if (state.setLevel)
        o.insert(u"level"_s, state.level ? QJsonValue(Wire::name(*state.level)) : QJsonValue());
    if (state.readUpTo.isValid())
        o.insert(u"readUpTo"_s, JsonCodec::wireTime(state.readUpTo));
    return o;
}

Result<ThreadStateInput> decodeThreadState(const QByteArray &body)
{
    return decodeObject<ThreadStateInput>(body, [](JsonReader &r) {
        r.allowOnly({"level"_L1, "readUpTo"_L1});
        ThreadStateInput in;
        in.setLevel = r.present("level"_L1);
        in.level = r.optionalEnumeration<FollowLevel>("level"_L1);
        in.readUpTo = r.dateTime("readUpTo"_L1, JsonReader::Optional);
        if (r.ok() && !in.setLevel && !in.readUpTo.isValid())
            r.fail({}, JsonReader::tr("give a level, readUpTo, or both"));
        return in;
    });
}

QJsonObject encode(const CategoryStateInput &state)
{
    QJsonObject o;
    if (state.setLevel)
        o.insert(u"level"_s, state.level ? QJsonValue(Wire::name(*state.level)) : QJsonValue());
    if (state.seenAt.isValid())
        o.insert(u"seenAt"_s, JsonCodec::wireTime(state.seenAt));
    if (state.readUpTo.isValid())
        o.insert(u"readUpTo"_s, JsonCodec::wireTime(state.readUpTo));
    return o;
}

Result<CategoryStateInput> decodeCategoryState(const QByteArray &body)
{
    return decodeObject<CategoryStateInput>(body, [](JsonReader &r) {
        r.allowOnly({"level"_L1, "seenAt"_L1, "readUpTo"_L1});
        CategoryStateInput in;
        in.setLevel = r.present("level"_L1);
        in.level = r.optionalEnumeration<FollowLevel>("level"_L1);
        in.seenAt = r.dateTime("seenAt"_L1, JsonReader::Optional);
        in.readUpTo = r.dateTime("readUpTo"_L1, JsonReader::Optional);
        if (r.ok() && !in.setLevel && !in.seenAt.isValid() && !in.readUpTo.isValid())
            r.fail({}, JsonReader::tr("give a level, seenAt, readUpTo, or several"));
        return in;
    });
}

QJsonObject encode(const ReportInput &report)
{
    return {{u"targetKind"_s, Wire::name(report.targetKind)},
            {u"targetId"_s, report.targetId.toString(QUuid::WithoutBraces)},
            {u"reason"_s, Wire::name(report.reason)},
            {u"note"_s, report.note}};
}

Result<ReportInput> decodeReport(const QByteArray &body)
{
    return decodeObject<ReportInput>(body, [](JsonReader &r) {
        r.allowOnly({"targetKind"_L1, "targetId"_L1, "reason"_L1, "note"_L1});
        ReportInput report;
        report.targetKind =
            r.enumeration<EntityKind>("targetKind"_L1, {EntityKind::Thread, EntityKind::Answer});
        report.targetId = r.uuid("targetId"_L1);
        report.reason = r.enumeration<ReportReason>("reason"_L1);
        // Optional: without one, the note is empty (never null).
        report.note = r.text("note"_L1, Limits::ReportNoteMax, JsonReader::Optional);
        if (report.note.isNull())
            report.note = u""_s;
        return report;
    });
}

QJsonObject encode(const ClaimInput &claim)
{
    return {{u"version"_s, claim.version}};
}

Result<ClaimInput> decodeClaim(const QByteArray &body)
{
    return decodeObject<ClaimInput>(body, [](JsonReader &r) {
        r.allowOnly({"version"_L1});
        return ClaimInput{r.integer("version"_L1, 1, Limits::JsonIntegerMax)};
    });
}

QJsonObject encode(const ResolveInput &resolve)
{
    return {{u"version"_s, resolve.version},
            {u"action"_s, Wire::name(resolve.action)},
            {u"reason"_s, resolve.reason},
            {u"note"_s, resolve.note}};
}

Result<ResolveInput> decodeResolve(const QByteArray &body)
{
    return decodeObject<ResolveInput>(body, [](JsonReader &r) {
        r.allowOnly({"version"_L1, "action"_L1, "reason"_L1, "note"_L1});
        ResolveInput in;
        in.version = r.integer("version"_L1, 1, Limits::JsonIntegerMax);
        in.action = r.enumeration<ModerationAction>(
            "action"_L1, {ModerationAction::Hide, ModerationAction::Dismiss});
        in.reason = r.line("reason"_L1, 200);
        in.note = r.text("note"_L1, Limits::ReportNoteMax, JsonReader::Optional);
        // A post is hidden for what it breaks (a report's reason); a report is dismissed for
        // one of a few stated reasons.
        const QStringList allowed = in.action == ModerationAction::Hide
                                        ? Wire::allNames<ReportReason>()
                                        : Wire::allNames<DismissReason>();
        if (r.ok() && !allowed.contains(in.reason)) {
            r.fail("reason"_L1,
                   JsonReader::tr("must be one of: %1").arg(allowed.join(QLatin1StringView(", "))));
        }
        return in;
    });
}

QJsonObject encode(const RestoreInput &restore)
{
    return {{u"version"_s, restore.version}, {u"reason"_s, restore.reason}};
}

Result<RestoreInput> decodeRestore(const QByteArray &body)
{
    return decodeObject<RestoreInput>(body, [](JsonReader &r) {
        r.allowOnly({"version"_L1, "reason"_L1});
        return RestoreInput{r.integer("version"_L1, 1, Limits::JsonIntegerMax),
                            r.line("reason"_L1, 200, JsonReader::Optional)};
    });
}

QJsonObject encode(const NoteInput &note)
{
    return {{u"note"_s, note.note}};
}

Result<NoteInput> decodeNote(const QByteArray &body)
{
    return decodeObject<NoteInput>(body, [](JsonReader &r) {
        r.allowOnly({"note"_L1});
        NoteInput in{r.text("note"_L1, Limits::ReportNoteMax)};
        if (r.ok() && in.note.trimmed().isEmpty())
            r.fail("note"_L1, JsonReader::tr("must not be empty"));
        return in;
    });
}

QJsonObject encode(const WarnInput &warn)
{
    return {{u"message"_s, warn.message}};
}

Result<WarnInput> decodeWarn(const QByteArray &body)
{
    return decodeObject<WarnInput>(body, [](JsonReader &r) {
        r.allowOnly({"message"_L1});
        WarnInput in{r.text("message"_L1, Limits::ReportNoteMax)};
        if (r.ok() && in.message.trimmed().isEmpty())
            r.fail("message"_L1, JsonReader::tr("must not be empty"));
        return in;
    });
}

QJsonObject encode(const ChangesPage &page)
{
    QJsonArray changes;
    for (const Category &c : page.changes.categories)
        changes.append(upsert(EntityKind::Category, JsonCodec::encode(c)));
    for (const User &u : page.changes.users)
        changes.append(upsert(EntityKind::User, JsonCodec::encode(u)));
    for (const Thread &t : page.changes.threads)
        changes.append(upsert(EntityKind::Thread, JsonCodec::encode(t)));
    for (const Answer &a : page.changes.answers)
        changes.append(upsert(EntityKind::Answer, JsonCodec::encode(a)));
    for (const ModerationItem &m : page.changes.moderationItems)
        changes.append(upsert(EntityKind::ModerationItem, JsonCodec::encode(m)));
    for (const Notification &n : page.changes.notifications)
        changes.append(upsert(EntityKind::Notification, JsonCodec::encode(n)));
    for (const ThreadState &t : page.changes.threadStates)
        changes.append(upsert(EntityKind::ThreadState, JsonCodec::encode(t)));
    for (const CategoryState &c : page.changes.categoryStates)
        changes.append(upsert(EntityKind::CategoryState, JsonCodec::encode(c)));
    for (const Tombstone &t : page.changes.tombstones) {
        changes.append(
            QJsonObject{{u"kind"_s, Wire::name(t.kind)}, {u"op"_s, u"delete"_s}, {u"id"_s, t.id}});
    }
    return {{u"changes"_s, changes},
            {u"cursor"_s, page.cursor},
            {u"hasMore"_s, page.hasMore},
            {u"latest"_s, page.latest}};
}

Result<ChangesPage> decodeChangesPage(const QByteArray &body)
{
    QJsonArray changes;
    const Result<ChangesPage> head = decodeChangesHead(body, &changes);
    if (!head)
        return head;
    ChangesPage page = head.value();
    const QString problem = decodeChanges(changes, page.changes);
    if (!problem.isEmpty())
        return Result<ChangesPage>::failure(problem);
    return page;
}

Result<ChangesPage> decodeChangesHead(const QByteArray &body, QJsonArray *changes)
{
    return decodeObject<ChangesPage>(body, [&](JsonReader &r) {
        ChangesPage page;
        *changes = r.list("changes"_L1, MaxChangesPerPage);
        page.cursor = r.string("cursor"_L1, 64);
        page.hasMore = r.boolean("hasMore"_L1);
        page.latest = r.string("latest"_L1, 64);
        return page;
    });
}

QString decodeChanges(const QJsonArray &changes, ChangeSet &into)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString problem =
            decodeChange(changes.at(i), u"changes["_s + QString::number(i) + u']', into);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QJsonObject encodeError(const QString &code, const QString &message)
{
    return {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
}

std::optional<ApiError> decodeError(const QByteArray &body)
{
    const Result<QJsonValue> value = JsonCodec::parse(body);
    if (!value)
        return std::nullopt;
    JsonReader r(value.value(), QString());
    if (!r.has("error"_L1))
        return std::nullopt;
    JsonReader e = r.object("error"_L1);
    ApiError error{e.string("code"_L1, 64), e.string("message"_L1, 2000)};
    if (!r.ok())
        return std::nullopt;
    return error;
}

} // namespace Soudan::ApiCodec
