#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Soudan {

// Brings a cache file's schema up to date from the numbered migrations in
// store/sql/migrations/. Each step of a migration commits together with the record that it
// was done (table schema_migrations), so an upgrade interrupted by a crash or a kill resumes
// at the step where it stopped.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QStringList steps;
    };

    enum class Problem
    {
        None,
        NotADatabase, // the file is not SQLite, or is damaged
        NewerVersion, // written by a newer Soudan
        StepFailed,   // a migration step failed
    };

    struct Outcome
    {
        Problem problem = Problem::None;
        QString message;
        int version = 0; // the schema version the file is at afterwards
    };

    explicit Migrator(QSqlDatabase db);

    static const QList<Migration> &migrations();
    static int latestVersion();

    // Applies every missing step up to targetVersion. maxSteps limits how many steps run in
    // this call (a negative value: no limit); it lets tests stop an upgrade half-way, as a
    // crash would.
    Outcome migrate(int targetVersion = latestVersion(), int maxSteps = -1);

    // The version of the last completed migration; 0 for a new file.
    int currentVersion() const;

private:
    Outcome fail(Problem problem, const QString &message) const;

    QSqlDatabase m_db;
};

} // namespace Soudan
