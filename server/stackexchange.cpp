#include "server/stackexchange.h"

#include "domain/limits.h"
#include "server/htmltext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

namespace {

// The namespace of the UUIDs given to imported posts.
const QUuid ImportNamespace = QUuid::fromString(u"8b1d3c62-6f0e-4d8e-9a55-2f7c0c6b1e43"_s);

QDateTime dumpTime(const QString &text)
{
    // Dumps write UTC without a zone: "2018-02-06T20:19:50.957".
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString clipped(QString text, int max)
{
    if (text.size() <= max)
        return text;
    text.truncate(max - 1);
    return text + u'…';
}

// Logins of imported members, made from the site's folder name and the dump's user id (or,
// for owners known only by name, a digest of the name): unique on the board and the same at
// every import of the site, whatever the display names. Spaces are left out, as in any login.
class Logins final
{
public:
    explicit Logins(const QString &site)
        : m_site(QString(site).replace(u' ', u'_').left(40))
    {}
    QString ofId(qint64 id) const { return m_site + u'#' + QString::number(id); }
    QString ofName(const QString &name) const
    {
        const QByteArray digest =
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
        return m_site + u"#name:"_s + QString::fromLatin1(digest.toHex().left(16));
    }

private:
    QString m_site;
};

// Calls row(attributes) for every <row> of a dump file. A missing file is no error when
// optional; the byte-order mark the dumps start with is skipped by the reader.
std::optional<QString> readRows(const QString &path, bool optional,
                                const std::function<void(const QXmlStreamAttributes &)> &row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (optional && !file.exists())
            return std::nullopt;
        return StackExchangeDump::tr("Cannot read %1: %2").arg(path, file.errorString());
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"row"_s)
            row(xml.attributes());
    }
    if (xml.hasError()) {
        return StackExchangeDump::tr("%1 is not a valid dump file (line %2: %3)")
            .arg(path)
            .arg(xml.lineNumber())
            .arg(xml.errorString());
    }
    return std::nullopt;
}

} // namespace

Outcome<StackExchangeDump::Contents> StackExchangeDump::read(const QString &dirPath,
                                                             qint64 categoryId)
{
    const QDir dir(dirPath);
    if (!QFileInfo::exists(dir.filePath(u"Posts.xml"_s))) {
        return Failure{2, u"not_a_dump"_s,
                       tr("%1 has no Posts.xml: not a Stack Exchange dump.").arg(dirPath)};
    }
    const QString site = QFileInfo(dir.absolutePath()).fileName();
    Contents contents;
    ChangeSet &c = contents.changes;
    const Logins logins(site);

    QHash<qint64, qsizetype> userIndex;
    auto addUser = [&](qint64 id, const QString &name, const QString &login) {
        if (!userIndex.contains(id)) {
            userIndex.insert(id, c.users.size());
            contents.logins.insert(id, login);
            c.users.append({id,
                            clipped(name.trimmed().isEmpty() ? tr("(unnamed user)") : name,
                                    Limits::DisplayNameMax),
                            Role::Member});
        }
        return id;
    };
    if (auto problem =
            readRows(dir.filePath(u"Users.xml"_s), true, [&](const QXmlStreamAttributes &a) {
                const qint64 id = a.value(u"Id"_s).toLongLong();
                addUser(id, a.value(u"DisplayName"_s).toString(), logins.ofId(id));
            })) {
        return Failure{2, u"bad_dump"_s, *problem};
    }
    // Owners known only by name, or not at all, get made-up ids below any real one.
    qint64 nextMadeUp = -1000000;
    QHash<QString, qint64> byName;
    auto ownerOf = [&](const QXmlStreamAttributes &a) {
        if (a.hasAttribute(u"OwnerUserId"_s)) {
            const qint64 id = a.value(u"OwnerUserId"_s).toLongLong();
            return userIndex.contains(id) ? id
                                          : addUser(id, tr("user %1").arg(id), logins.ofId(id));
        }
        const QString name = a.hasAttribute(u"OwnerDisplayName"_s)
                                 ? a.value(u"OwnerDisplayName"_s).toString()
                                 : tr("(unknown user)");
        if (!byName.contains(name))
            byName.insert(name, addUser(nextMadeUp--, name, logins.ofName(name)));
        return byName.value(name);
    };
    auto uuidOf = [&](const QString &postId) {
        return QUuid::createUuidV5(ImportNamespace, u"stackexchange/"_s + site + u"/"_s + postId);
    };

    QHash<QString, qsizetype> threadIndex;
    QHash<QString, QString> acceptedAnswer;    // question id -> answer id
    QList<std::pair<QString, Answer>> answers; // question id, answer
    const auto problem =
        readRows(dir.filePath(u"Posts.xml"_s), false, [&](const QXmlStreamAttributes &a) {
            const QString id = a.value(u"Id"_s).toString();
            const QString type = a.value(u"PostTypeId"_s).toString();
            const QString body = HtmlText::toPlainText(a.value(u"Body"_s).toString());
            const QDateTime created = dumpTime(a.value(u"CreationDate"_s).toString());
            if (id.isEmpty() || !created.isValid()) {
                ++contents.skipped;
                return;
            }
            if (type == u"1"_s) {
                Thread t;
                t.id = uuidOf(id);
                t.categoryId = categoryId;
                t.authorId = ownerOf(a);
                const QString title = a.value(u"Title"_s).toString().simplified();
                t.title = clipped(title.isEmpty() ? tr("(untitled)") : title, Limits::TitleMax);
                // The close is said in the body too: a resolved thread has no other place for it.
                const bool closed = a.hasAttribute(u"ClosedDate"_s);
                const QDate closedOn = dumpTime(a.value(u"ClosedDate"_s).toString()).date();
                const QString closeNote = !closed ? QString()
                                          : closedOn.isValid()
                                              ? u"\n\n"_s + tr("(Closed on Stack Exchange on %1.)")
                                                                .arg(closedOn.toString(Qt::ISODate))
                                              : u"\n\n"_s + tr("(Closed on Stack Exchange.)");
                t.body = clipped(body.isEmpty() ? tr("(empty)") : body,
                                 Limits::BodyMax - int(closeNote.size())) +
                         closeNote;
                t.createdAt = created;
                t.lastActivityAt =
                    qMax(created, dumpTime(a.value(u"LastActivityDate"_s).toString()));
                t.viewCount = qMax(0LL, a.value(u"ViewCount"_s).toLongLong());
                if (closed)
                    t.status = ThreadStatus::Closed;
                if (a.hasAttribute(u"AcceptedAnswerId"_s))
                    acceptedAnswer.insert(id, a.value(u"AcceptedAnswerId"_s).toString());
                threadIndex.insert(id, c.threads.size());
                c.threads.append(t);
            } else if (type == u"2"_s) {
                Answer answer;
                answer.id = uuidOf(id);
                answer.authorId = ownerOf(a);
                answer.body = clipped(body.isEmpty() ? tr("(empty)") : body, Limits::BodyMax);
                answer.createdAt = created;
                answers.append({a.value(u"ParentId"_s).toString(), answer});
            } else {
                ++contents.skipped; // tag wikis and other post types
            }
        });
    if (problem)
        return Failure{2, u"bad_dump"_s, *problem};

    for (auto &[questionId, answer] : answers) {
        const qsizetype index = threadIndex.value(questionId, -1);
        if (index < 0) {
            ++contents.skipped;
            continue;
        }
        Thread &t = c.threads[index];
        answer.threadId = t.id;
        t.answerCount += 1;
        t.lastActivityAt = qMax(t.lastActivityAt, answer.createdAt);
        c.answers.append(answer);
    }
    for (auto it = acceptedAnswer.cbegin(); it != acceptedAnswer.cend(); ++it) {
        const qsizetype index = threadIndex.value(it.key(), -1);
        const QUuid best = uuidOf(it.value());
        const bool present = std::any_of(c.answers.cbegin(), c.answers.cend(),
                                         [&](const Answer &a) { return a.id == best; });
        if (index >= 0 && present) {
            contents.closedAndResolved += c.threads[index].status == ThreadStatus::Closed;
            c.threads[index].bestAnswerId = best;
            c.threads[index].status = ThreadStatus::Resolved;
        }
    }
    return contents;
}

} // namespace Soudan::Server
