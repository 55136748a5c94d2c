#pragma once

#include "store/migrator.h"

#include <QCoreApplication>
#include <QString>

namespace Soudan {

// File operations on the cache file itself.
class CacheFile final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::CacheFile)

public:
    // Renames path, with its -wal and -shm companions, to a name beside it that says why and
    // when ("soudan.damaged-20261128-125030.sqlite"), so that the file and its write-ahead log
    // stay a pair that SQLite can still open. Returns the new path of the main file, or an
    // empty string when the rename failed. Nothing is ever deleted.
    static QString moveAside(const QString &path, Migrator::Problem why);
};

} // namespace Soudan
