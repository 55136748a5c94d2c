#include "domain/jsoncodec.h"

#include "domain/apicodec.h"
#include "domain/jsonreader.h"
#include "domain/limits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Soudan::JsonCodec {

namespace {

constexpr qint64 IdMax = Limits::JsonIntegerMax;
constexpr int MaxItemsPerList = 100000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::JsonCodec)
};

QJsonValue orNull(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
}

// A post's revision, last edit and withdrawal; absent (a server before them) as first written.
void readOwnChanges(JsonReader &r, int &revision, QDateTime &editedAt, bool &withdrawn)
{
    if (r.present("revision"_L1))
        revision = int(r.integer("revision"_L1, 1, Limits::RevisionMax));
    if (r.has("editedAt"_L1))
        editedAt = r.dateTime("editedAt"_L1);
    if (r.present("withdrawn"_L1))
        withdrawn = r.boolean("withdrawn"_L1);
}

template<typename T>
Result<T> finish(const JsonReader &r, T value)
{
    if (!r.ok())
        return Result<T>::failure(r.error());
    return value;
}

} // namespace

QString wireTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue wireTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(wireTime(time)) : QJsonValue();
}

QJsonObject encode(const Category &c)
{
    return {{u"id"_s, c.id},
            {u"parentId"_s, c.parentId ? QJsonValue(*c.parentId) : QJsonValue()},
            {u"name"_s, c.name},
            {u"side"_s, Wire::name(c.side)},
            {u"order"_s, c.order}};
}

QJsonObject encode(const User &u)
{
    return {{u"id"_s, u.id}, {u"displayName"_s, u.displayName}, {u"role"_s, Wire::name(u.role)}};
}

QJsonObject encode(const Thread &t)
{
    QJsonValue thanks;
    if (t.thanks)
        thanks = QJsonObject{{u"body"_s, t.thanks->body}, {u"at"_s, wireTime(t.thanks->at)}};
    QJsonArray supplements;
    for (const Supplement &s : t.supplements) {
        supplements.append(QJsonObject{{u"id"_s, s.id.toString(QUuid::WithoutBraces)},
                                       {u"body"_s, s.body},
                                       {u"at"_s, wireTime(s.at)}});
    }
    return {{u"id"_s, t.id.toString(QUuid::WithoutBraces)},
            {u"categoryId"_s, t.categoryId},
            {u"authorId"_s, t.authorId},
            {u"title"_s, t.title},
            {u"body"_s, t.body},
            {u"createdAt"_s, wireTime(t.createdAt)},
            {u"lastActivityAt"_s, wireTime(t.lastActivityAt)},
            {u"status"_s, Wire::name(t.status)},
            {u"urgency"_s, Wire::name(t.urgency)},
            {u"viewCount"_s, t.viewCount},
            {u"answerCount"_s, t.answerCount},
            {u"bestAnswerId"_s, orNull(t.bestAnswerId)},
            {u"thanks"_s, thanks},
            {u"version"_s, t.version},
            {u"hidden"_s, t.hidden},
            {u"hiddenReason"_s, t.hiddenReason.isEmpty() ? QJsonValue() : t.hiddenReason},
            {u"revision"_s, t.revision},
            {u"editedAt"_s, wireTimeOrNull(t.editedAt)},
            {u"supplements"_s, supplements},
            {u"withdrawn"_s, t.withdrawn}};
}

QJsonObject encode(const Answer &a)
{
    return {{u"id"_s, a.id.toString(QUuid::WithoutBraces)},
            {u"threadId"_s, a.threadId.toString(QUuid::WithoutBraces)},
            {u"authorId"_s, a.authorId},
            {u"body"_s, a.body},
            {u"createdAt"_s, wireTime(a.createdAt)},
            {u"version"_s, a.version},
            {u"hidden"_s, a.hidden},
            {u"hiddenReason"_s, a.hiddenReason.isEmpty() ? QJsonValue() : a.hiddenReason},
            {u"revision"_s, a.revision},
            {u"editedAt"_s, wireTimeOrNull(a.editedAt)},
            {u"withdrawn"_s, a.withdrawn}};
}

QJsonObject encode(const ChangeSet &changes)
{
    QJsonArray categories, users, threads, answers;
    for (const Category &c : changes.categories)
        categories.append(encode(c));
    for (const User &u : changes.users)
        users.append(encode(u));
    for (const Thread &t : changes.threads)
        threads.append(encode(t));
    for (const Answer &a : changes.answers)
        answers.append(encode(a));
    return {{u"categories"_s, categories},
            {u"users"_s, users},
            {u"threads"_s, threads},
            {u"answers"_s, answers}};
}

QJsonObject encode(const ModerationItem &item)
{
    QJsonArray reports, audit;
    for (const ReportEntry &r : item.reports) {
        reports.append(
            QJsonObject{{u"id"_s, r.id.toString(QUuid::WithoutBraces)},
                        {u"reporterId"_s, r.reporterId ? QJsonValue(r.reporterId) : QJsonValue()},
                        {u"reason"_s, Wire::name(r.reason)},
                        {u"note"_s, r.note},
                        {u"at"_s, wireTime(r.at)}});
    }
    for (const AuditEntry &a : item.audit) {
        audit.append(QJsonObject{
            {u"moderatorId"_s, a.moderatorId ? QJsonValue(a.moderatorId) : QJsonValue()},
            {u"moderatorName"_s, a.moderatorName},
            {u"action"_s, Wire::name(a.action)},
            {u"detail"_s, a.detail},
            {u"at"_s, wireTime(a.at)}});
    }
    return {{u"id"_s, item.id.toString(QUuid::WithoutBraces)},
            {u"targetKind"_s, Wire::name(item.targetKind)},
            {u"threadId"_s, item.threadId.toString(QUuid::WithoutBraces)},
            {u"authorId"_s, item.authorId},
            {u"status"_s, Wire::name(item.status)},
            {u"claimedBy"_s, item.claimedBy ? QJsonValue(item.claimedBy) : QJsonValue()},
            {u"claimedByName"_s, item.claimedByName},
            {u"claimedUntil"_s,
             item.claimedUntil.isValid() ? QJsonValue(wireTime(item.claimedUntil)) : QJsonValue()},
            {u"resolution"_s, item.resolution == Resolution::None
                                  ? QJsonValue()
                                  : QJsonValue(Wire::name(item.resolution))},
            {u"resolutionReason"_s, item.resolutionReason},
            {u"version"_s, item.version},
            {u"firstReportedAt"_s, wireTime(item.firstReportedAt)},
            {u"lastReportedAt"_s, wireTime(item.lastReportedAt)},
            {u"reports"_s, reports},
            {u"audit"_s, audit},
            {u"authorHistory"_s, QJsonObject{{u"hidden"_s, item.authorHistory.hidden},
                                             {u"dismissed"_s, item.authorHistory.dismissed},
                                             {u"warnings"_s, item.authorHistory.warnings}}}};
}

Result<ModerationItem> decodeModerationItem(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ModerationItem item;
    item.id = r.uuid("id"_L1);
    item.targetKind =
        r.enumeration<EntityKind>("targetKind"_L1, {EntityKind::Thread, EntityKind::Answer});
    item.threadId = r.uuid("threadId"_L1);
    item.authorId = r.integer("authorId"_L1, 0, IdMax);
    item.status = r.enumeration<ModerationStatus>("status"_L1);
    item.claimedBy = r.optionalInteger("claimedBy"_L1, 1, IdMax).value_or(0);
    item.claimedByName = r.string("claimedByName"_L1, Limits::DisplayNameMax, JsonReader::Optional);
    if (r.has("claimedUntil"_L1))
        item.claimedUntil = r.dateTime("claimedUntil"_L1);
    if (r.has("resolution"_L1))
        item.resolution = r.enumeration<Resolution>("resolution"_L1);
    item.resolutionReason =
        r.string("resolutionReason"_L1, Limits::ReportNoteMax, JsonReader::Optional);
    item.version = r.integer("version"_L1, 1, IdMax);
    item.firstReportedAt = r.dateTime("firstReportedAt"_L1);
    item.lastReportedAt = r.dateTime("lastReportedAt"_L1);
    r.array("reports"_L1, 10000, [&](const QJsonValue &v, const QString &p) {
        JsonReader e(v, p);
        ReportEntry entry;
        entry.id = e.uuid("id"_L1);
        entry.reporterId = e.optionalInteger("reporterId"_L1, 1, IdMax).value_or(0);
        entry.reason = e.enumeration<ReportReason>("reason"_L1);
        entry.note = e.string("note"_L1, Limits::ReportNoteMax, JsonReader::Optional);
        entry.at = e.dateTime("at"_L1);
        if (e.ok())
            item.reports.append(entry);
        return e.error();
    });
    r.array("audit"_L1, 10000, [&](const QJsonValue &v, const QString &p) {
        JsonReader e(v, p);
        AuditEntry entry;
        entry.moderatorId = e.optionalInteger("moderatorId"_L1, 1, IdMax).value_or(0);
        entry.moderatorName =
            e.string("moderatorName"_L1, Limits::DisplayNameMax, JsonReader::Optional);
        entry.action = e.enumeration<AuditAction>("action"_L1);
        entry.detail = e.string("detail"_L1, Limits::BodyMax, JsonReader::Optional);
        entry.at = e.dateTime("at"_L1);
        if (e.ok())
            item.audit.append(entry);
        return e.error();
    });
    JsonReader history = r.object("authorHistory"_L1);
    item.authorHistory.hidden = int(history.integer("hidden"_L1, 0, 1000000));
    item.authorHistory.dismissed = int(history.integer("dismissed"_L1, 0, 1000000));
    item.authorHistory.warnings = int(history.integer("warnings"_L1, 0, 1000000));
    return finish(r, item);
}

Result<Category> decodeCategory(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Category c;
    c.id = r.integer("id"_L1, 1, IdMax);
    if (auto parent = r.optionalInteger("parentId"_L1, 1, IdMax))
        c.parentId = *parent;
    c.name = r.string("name"_L1, Limits::CategoryNameMax);
    c.side = r.enumeration<Side>("side"_L1);
    c.order = int(r.integer("order"_L1, 0, 1000000));
    if (r.ok() && c.name.trimmed().isEmpty())
        r.fail("name"_L1, JsonReader::tr("must not be empty"));
    if (r.ok() && c.parentId == c.id)
        r.fail("parentId"_L1, JsonReader::tr("a category cannot be its own parent"));
    return finish(r, c);
}

Result<User> decodeUser(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    User u;
    u.id = r.integer("id"_L1, 1, IdMax);
    u.displayName = r.string("displayName"_L1, Limits::DisplayNameMax);
    u.role = r.enumeration<Role>("role"_L1);
    return finish(r, u);
}

Result<Thread> decodeThread(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Thread t;
    t.id = r.uuid("id"_L1);
    t.categoryId = r.integer("categoryId"_L1, 1, IdMax);
    t.authorId = r.integer("authorId"_L1, 1, IdMax);
    t.title = r.string("title"_L1, Limits::TitleMax);
    t.body = r.string("body"_L1, Limits::BodyMax);
    t.createdAt = r.dateTime("createdAt"_L1);
    t.lastActivityAt = r.dateTime("lastActivityAt"_L1);
    t.status = r.enumeration<ThreadStatus>("status"_L1);
    t.urgency = r.enumeration<Urgency>("urgency"_L1);
    t.viewCount = r.integer("viewCount"_L1, 0, IdMax);
    t.answerCount = int(r.integer("answerCount"_L1, 0, 1000000));
    t.bestAnswerId = r.uuid("bestAnswerId"_L1, JsonReader::Optional);
    if (r.has("thanks"_L1)) {
        JsonReader thanks = r.object("thanks"_L1);
        Thanks th;
        th.body = thanks.string("body"_L1, Limits::ThanksMax);
        th.at = thanks.dateTime("at"_L1);
        t.thanks = th;
    }
    t.version = r.integer("version"_L1, 1, IdMax);
    t.hidden = r.boolean("hidden"_L1);
    t.hiddenReason = r.string("hiddenReason"_L1, 64, JsonReader::Optional);
    readOwnChanges(r, t.revision, t.editedAt, t.withdrawn);
    if (r.present("supplements"_L1)) {
        r.array("supplements"_L1, Limits::SupplementsMax,
                [&](const QJsonValue &v, const QString &p) {
                    JsonReader e(v, p);
                    Supplement s;
                    s.id = e.uuid("id"_L1);
                    s.body = e.string("body"_L1, Limits::SupplementMax);
                    s.at = e.dateTime("at"_L1);
                    t.supplements.append(s);
                    return e.error();
                });
    }
    // A withdrawn question is a tombstone: no title, no body.
    if (t.withdrawn)
        return finish(r, t);
    if (r.ok() && t.title.trimmed().isEmpty())
        r.fail("title"_L1, JsonReader::tr("must not be empty"));
    if (r.ok() && t.title.contains(u'\n'))
        r.fail("title"_L1, JsonReader::tr("must be a single line"));
    if (r.ok() && t.lastActivityAt < t.createdAt)
        r.fail("lastActivityAt"_L1, JsonReader::tr("is earlier than createdAt"));
    return finish(r, t);
}

Result<Answer> decodeAnswer(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Answer a;
    a.id = r.uuid("id"_L1);
    a.threadId = r.uuid("threadId"_L1);
    a.authorId = r.integer("authorId"_L1, 1, IdMax);
    a.body = r.string("body"_L1, Limits::BodyMax);
    a.createdAt = r.dateTime("createdAt"_L1);
    a.version = r.integer("version"_L1, 1, IdMax);
    a.hidden = r.boolean("hidden"_L1);
    a.hiddenReason = r.string("hiddenReason"_L1, 64, JsonReader::Optional);
    readOwnChanges(r, a.revision, a.editedAt, a.withdrawn);
    if (r.ok() && !a.withdrawn && a.body.trimmed().isEmpty())
        r.fail("body"_L1, JsonReader::tr("must not be empty"));
    return finish(r, a);
}

QJsonObject encode(const Notification &n)
{
    return {{u"id"_s, n.id},
            {u"kind"_s, n.kind},
            {u"threadId"_s, orNull(n.threadId)},
            {u"postId"_s, orNull(n.postId)},
            {u"actorId"_s, n.actorId ? QJsonValue(n.actorId) : QJsonValue()},
            {u"detail"_s, n.detail},
            {u"at"_s, wireTime(n.at)},
            {u"read"_s, n.read}};
}

QJsonObject encode(const ThreadState &s)
{
    return {{u"threadId"_s, s.threadId.toString(QUuid::WithoutBraces)},
            {u"level"_s, s.level ? QJsonValue(Wire::name(*s.level)) : QJsonValue()},
            {u"readUpTo"_s, wireTimeOrNull(s.readUpTo)}};
}

QJsonObject encode(const CategoryState &s)
{
    return {{u"categoryId"_s, s.categoryId},
            {u"level"_s, s.level ? QJsonValue(Wire::name(*s.level)) : QJsonValue()},
            {u"seenAt"_s, wireTimeOrNull(s.seenAt)},
            {u"readUpTo"_s, wireTimeOrNull(s.readUpTo)}};
}

Result<Notification> decodeNotification(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    Notification n;
    n.id = r.integer("id"_L1, 1, IdMax);
    n.kind = r.string("kind"_L1, 64);
    n.threadId = r.uuid("threadId"_L1, JsonReader::Optional);
    n.postId = r.uuid("postId"_L1, JsonReader::Optional);
    n.actorId = r.optionalInteger("actorId"_L1, 1, IdMax).value_or(0);
    n.detail = r.string("detail"_L1, Limits::BodyMax, JsonReader::Optional);
    n.at = r.dateTime("at"_L1);
    n.read = r.boolean("read"_L1);
    if (r.ok() && n.kind.isEmpty())
        r.fail("kind"_L1, JsonReader::tr("must not be empty"));
    return finish(r, n);
}

Result<ThreadState> decodeThreadState(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ThreadState s;
    s.threadId = r.uuid("threadId"_L1);
    s.level = r.optionalEnumeration<FollowLevel>("level"_L1);
    s.readUpTo = r.dateTime("readUpTo"_L1, JsonReader::Optional);
    return finish(r, s);
}

Result<CategoryState> decodeCategoryState(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    CategoryState s;
    s.categoryId = r.integer("categoryId"_L1, 0, IdMax);
    s.level = r.optionalEnumeration<FollowLevel>("level"_L1);
    s.seenAt = r.dateTime("seenAt"_L1, JsonReader::Optional);
    s.readUpTo = r.dateTime("readUpTo"_L1, JsonReader::Optional);
    if (r.ok() && s.categoryId == 0 && s.level)
        r.fail("level"_L1, JsonReader::tr("the whole board has no level"));
    return finish(r, s);
}

Result<ChangeSet> decodeChangeSet(const QJsonValue &value, const QString &path)
{
    JsonReader r(value, path);
    ChangeSet changes;
    r.array("categories"_L1, MaxItemsPerList, [&](const QJsonValue &v, const QString &p) {
        auto c = decodeCategory(v, p);
        if (c)
            changes.categories.append(c.value());
        return c.error();
    });
    r.array("users"_L1, MaxItemsPerList, [&](const QJsonValue &v, const QString &p) {
        auto u = decodeUser(v, p);
        if (u)
            changes.users.append(u.value());
        return u.error();
    });
    r.array("threads"_L1, MaxItemsPerList, [&](const QJsonValue &v, const QString &p) {
        auto t = decodeThread(v, p);
        if (t)
            changes.threads.append(t.value());
        return t.error();
    });
    r.array("answers"_L1, MaxItemsPerList, [&](const QJsonValue &v, const QString &p) {
        auto a = decodeAnswer(v, p);
        if (a)
            changes.answers.append(a.value());
        return a.error();
    });
    return finish(r, changes);
}

Result<QJsonValue> parse(const QByteArray &bytes)
{
    // QJsonDocument accepts some malformed UTF-8 in strings; check the whole input first.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString unused = utf8.decode(bytes);
    if (utf8.hasError())
        return Result<QJsonValue>::failure(Tr::tr("The document is not valid UTF-8."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return Result<QJsonValue>::failure(Tr::tr("The document is not valid JSON: %1 at byte %2.")
                                               .arg(error.errorString())
                                               .arg(error.offset));
    }
    if (doc.isObject())
        return QJsonValue(doc.object());
    return QJsonValue(doc.array());
}

Result<ChangeSet> decodeChangeSet(const QByteArray &bytes)
{
    const Result<QJsonValue> value = parse(bytes);
    if (!value)
        return Result<ChangeSet>::failure(value.error());
    return decodeChangeSet(value.value());
}

} // namespace Soudan::JsonCodec
