#pragma once

#include "store/migrator.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Soudan {

// The cache file itself: opening it, bringing its schema up to date, and moving an unusable
// one aside.
class CacheFile final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::CacheFile)

public:
    struct Opened
    {
        QString path;           // absolute
        QString connectionName; // the open connection; empty when none could be opened
        QString error;          // why not
        QString movedAsidePath; // set when an unusable file was moved aside
        QString movedAsideReason;
    };

    // Opens or creates the cache at path (a connection of its own, named for it), migrates it,
    // sets it up (WAL, synchronous, foreign keys), then runs finish (which returns an error or
    // nothing). A file that fails any of that is moved aside and a fresh one is made in its
    // place, once.
    static Opened open(const QString &path,
                       const std::function<QString(const QString &connectionName)> &finish);

    // Renames path, with its -wal and -shm companions, to a name beside it that says why and
    // when ("soudan.damaged-20261128-125030.sqlite"), so that the file and its write-ahead log
    // stay a pair that SQLite can still open. Returns the new path of the main file, or an
    // empty string when the rename failed. Nothing is ever deleted.
    static QString moveAside(const QString &path, Migrator::Problem why);
};

} // namespace Soudan
