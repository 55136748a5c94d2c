#include "store/sqltext.h"

#include "domain/namedsql.h"

#include <QFile>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace Soudan::SqlText {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Soudan: missing SQL resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString get(const QString &file, const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> files;
    QMutexLocker lock(&mutex);
    auto it = files.find(file);
    if (it == files.end()) {
        it = files.insert(file, NamedSql::parseStatements(
                                    readResource(u":/soudan/sql/queries/"_s + file + u".sql"_s)));
    }
    const QString statement = it->value(name);
    if (statement.isEmpty())
        qFatal("Soudan: no statement %s in %s.sql", qPrintable(name), qPrintable(file));
    return statement;
}

QStringList migrationSteps(const QString &resourcePath)
{
    return NamedSql::splitSteps(readResource(resourcePath));
}

} // namespace Soudan::SqlText
