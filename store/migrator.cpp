#include "store/migrator.h"

#include "db/rowreader.h"
#include "store/sqltext.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString sql(const QString &name)
{
    return SqlText::get(u"migrations"_s, name);
}

struct VersionState
{
    int version = 0;
    int stepsDone = 0;
    bool completed = false;
};

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

const QList<Migrator::Migration> &Migrator::migrations()
{
    static const QList<Migration> all = [] {
        static const QRegularExpression fileName(u"^(\\d{3})_([a-z0-9_]+)\\.sql$"_s);
        QList<Migration> list;
        const QDir dir(u":/soudan/sql/migrations"_s);
        for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch m = fileName.match(entry);
            if (!m.hasMatch())
                continue;
            list.append({m.captured(1).toInt(), m.captured(2),
                         SqlText::migrationSteps(dir.filePath(entry))});
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].version != i + 1)
                qFatal("Soudan: migrations must be numbered 001, 002, … without gaps");
        }
        return list;
    }();
    return all;
}

int Migrator::latestVersion()
{
    return int(migrations().size());
}

Migrator::Outcome Migrator::fail(Problem problem, const QString &message) const
{
    return {problem, message, currentVersion()};
}

int Migrator::currentVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql(u"state"_s)))
        return 0;
    int version = 0;
    const Db::RowReader row(q);
    while (q.next()) {
        if (row.flag("completed"_L1))
            version = int(row.integer("version"_L1));
    }
    return version;
}

Migrator::Outcome Migrator::migrate(int targetVersion, int maxSteps)
{
    QSqlQuery q(m_db);
    if (!q.exec(SqlText::get(u"connection"_s, u"probe"_s))) {
        return {Problem::NotADatabase,
                tr("The file is not a Soudan cache or is damaged (%1).").arg(q.lastError().text()),
                0};
    }
    if (!q.exec(sql(u"create_table"_s)))
        return fail(Problem::StepFailed, q.lastError().text());

    QList<VersionState> states;
    if (!q.exec(sql(u"state"_s)))
        return fail(Problem::StepFailed, q.lastError().text());
    const Db::RowReader row(q);
    while (q.next()) {
        states.append({int(row.integer("version"_L1)), int(row.integer("steps_done"_L1)),
                       row.flag("completed"_L1)});
    }
    q.finish();
    for (const VersionState &s : states) {
        if (s.version > latestVersion()) {
            return fail(Problem::NewerVersion,
                        tr("The cache was written by a newer version of Soudan (schema %1; this "
                           "version knows up to %2).")
                            .arg(s.version)
                            .arg(latestVersion()));
        }
    }

    int stepsRun = 0;
    for (const Migration &m : migrations()) {
        if (m.version > targetVersion)
            break;
        int done = 0;
        for (const VersionState &s : states) {
            if (s.version == m.version)
                done = s.completed ? int(m.steps.size()) : s.stepsDone;
        }
        if (done == m.steps.size())
            continue;
        q.prepare(sql(u"begin"_s));
        q.bindValue(u":version"_s, m.version);
        q.bindValue(u":name"_s, m.name);
        q.bindValue(u":total"_s, int(m.steps.size()));
        q.bindValue(u":now"_s, now());
        if (!q.exec())
            return fail(Problem::StepFailed, q.lastError().text());

        for (int step = done; step < m.steps.size(); ++step) {
            if (maxSteps >= 0 && stepsRun >= maxSteps)
                return {Problem::None, QString(), currentVersion()};
            if (!m_db.transaction())
                return fail(Problem::StepFailed, m_db.lastError().text());
            QSqlQuery stepQuery(m_db);
            const bool stepOk = stepQuery.exec(m.steps.at(step));
            const QString stepError = stepQuery.lastError().text();
            stepQuery.finish();
            q.prepare(sql(u"step_done"_s));
            q.bindValue(u":done"_s, step + 1);
            q.bindValue(u":done2"_s, step + 1);
            q.bindValue(u":now"_s, now());
            q.bindValue(u":version"_s, m.version);
            if (!stepOk || !q.exec() || !m_db.commit()) {
                const QString error = stepOk ? q.lastError().text() : stepError;
                m_db.rollback();
                return fail(Problem::StepFailed,
                            tr("Updating the cache to schema %1 (%2) failed at step %3: %4")
                                .arg(m.version)
                                .arg(m.name)
                                .arg(step + 1)
                                .arg(error));
            }
            ++stepsRun;
        }
        if (!q.exec(SqlText::get(u"connection"_s, u"set_user_version"_s).arg(m.version)))
            return fail(Problem::StepFailed, q.lastError().text());
    }
    return {Problem::None, QString(), currentVersion()};
}

} // namespace Soudan
