#include "store/cachefile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Soudan {

QString CacheFile::moveAside(const QString &path, Migrator::Problem why)
{
    QString reason;
    switch (why) {
    case Migrator::Problem::NewerVersion:
        reason = u"newer"_s;
        break;
    case Migrator::Problem::StepFailed:
        reason = u"failed-upgrade"_s;
        break;
    case Migrator::Problem::NotADatabase:
    case Migrator::Problem::None:
        reason = u"damaged"_s;
        break;
    }
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base =
        info.absolutePath() + u'/' + info.completeBaseName() + u'.' + reason + u'-' + stamp;
    QString target = base + u'.' + info.suffix();
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n)
        target = base + u'-' + QString::number(n) + u'.' + info.suffix();

    if (!QFile::rename(path, target))
        return {};
    for (const QString &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + companion))
            QFile::rename(path + companion, target + companion);
    }
    return target;
}

} // namespace Soudan
