#include "tests/support/testboard.h"

#include "store/migrator.h"
#include "store/store.h"

#include <QSqlError>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Soudan::TestBoard {

namespace {
const QDateTime Epoch = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
}

ChangeSet skeleton()
{
    ChangeSet c;
    c.categories = {
        {1, std::nullopt, u"受注者からの相談"_s, Side::Contractor, 1},
        {11, 1, u"契約の相談(受注者)"_s, Side::Contractor, 1},
        {12, 1, u"報酬の相談(受注者)"_s, Side::Contractor, 2},
        {2, std::nullopt, u"発注者からの相談"_s, Side::Client, 2},
        {21, 2, u"発注の相談(発注者)"_s, Side::Client, 1},
        {22, 2, u"費用の相談(発注者)"_s, Side::Client, 2},
    };
    c.users = {{1, u"相談者A"_s, Role::Member},
               {2, u"回答者B"_s, Role::Member},
               {3, u"回答者C"_s, Role::Moderator}};
    return c;
}

Thread thread(int n, qint64 categoryId)
{
    Thread t;
    t.id = QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')));
    t.categoryId = categoryId;
    t.authorId = 1;
    t.title = u"相談 %1: 契約と報酬について"_s.arg(n);
    t.body = u"本文 %1"_s.arg(n);
    t.createdAt = Epoch.addSecs(qint64(n) * 60);
    t.lastActivityAt = t.createdAt.addSecs((n % 7) * 3600);
    t.status = n % 3 == 0 ? ThreadStatus::Resolved : ThreadStatus::Open;
    t.urgency = n % 4 == 0 ? Urgency::Urgent : Urgency::Calm;
    t.viewCount = (n * 37) % 50;
    t.answerCount = n % 5;
    return t;
}

Answer answer(int n, const Thread &thread, qint64 authorId)
{
    Answer a;
    a.id = QUuid::fromString(u"00000000-0000-4000-9000-%1"_s.arg(n, 12, 10, QChar(u'0')));
    a.threadId = thread.id;
    a.authorId = authorId;
    a.body = u"回答 %1"_s.arg(n);
    a.createdAt = thread.createdAt.addSecs(600 + qint64(n) * 60);
    return a;
}

QList<Thread> threads(qint64 categoryId, int count, int first)
{
    QList<Thread> list;
    list.reserve(count);
    for (int n = first; n < first + count; ++n)
        list.append(thread(n, categoryId));
    return list;
}

std::unique_ptr<TempStore> openTempStore()
{
    auto temp = std::make_unique<TempStore>();
    Store::Opened opened = Store::open(temp->dir.filePath(u"soudan.sqlite"_s));
    if (!opened.store)
        qFatal("cannot open a test store: %s", qPrintable(opened.error));
    temp->store = std::move(opened.store);
    return temp;
}

RawFile::RawFile(const QString &path)
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    connection.setDatabaseName(path);
    if (!connection.open())
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(connection.lastError().text()));
}

RawFile::~RawFile()
{
    db().close();
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QSqlDatabase RawFile::db() const
{
    return QSqlDatabase::database(u"raw"_s, false);
}

bool writeOldIndexedCache(const QString &path, int schema, qint64 docid)
{
    RawFile raw(path);
    if (!raw.isOpen())
        return false;
    if (Migrator(raw.db()).migrate(schema).problem != Migrator::Problem::None) {
        qWarning("cannot migrate %s to schema %d", qPrintable(path), schema);
        return false;
    }
    QSqlQuery q = raw.query();
    for (const QString &statement :
         {u"INSERT INTO categories VALUES (11, NULL, 'その他', 0, 1)"_s,
          u"INSERT INTO threads (id, category_id, author_id, title, body, created_ms, "
          "last_activity_ms, status, urgent, view_count, answer_count, version, hidden, "
          "search_docid, search_hash) VALUES ('00000000-0000-4000-8000-000000000001', 11, 1, "
          "'見積もり', '契約書', 1000, 1000, 0, 0, 0, 0, 1, 0, %1, 1)"_s.arg(docid),
          u"INSERT INTO search_index (rowid, tokens) VALUES (%1, '見積 積も もり 契約 約書')"_s.arg(
              docid)}) {
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace Soudan::TestBoard
