#include "store/sqltext.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

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

QHash<QString, QString> parseNamed(const QString &text)
{
    static const QRegularExpression nameLine(u"^-- name: *([a-z0-9_]+) *$"_s,
                                             QRegularExpression::MultilineOption);
    QHash<QString, QString> statements;
    QRegularExpressionMatchIterator it = nameLine.globalMatch(text);
    QString currentName;
    qsizetype currentStart = -1;
    auto close = [&](qsizetype end) {
        if (currentName.isEmpty())
            return;
        // Comment lines go: Qt scans statements for placeholders and would take an apostrophe
        // in a comment for the start of a string.
        QStringList lines;
        for (const QString &line : text.mid(currentStart, end - currentStart).split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                lines.append(line);
        }
        statements.insert(currentName, lines.join(u'\n').trimmed());
    };
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        close(m.capturedStart());
        currentName = m.captured(1);
        currentStart = m.capturedEnd();
    }
    close(text.size());
    return statements;
}

} // namespace

QString get(const QString &file, const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> files;
    QMutexLocker lock(&mutex);
    auto it = files.find(file);
    if (it == files.end())
        it = files.insert(file,
                          parseNamed(readResource(u":/soudan/sql/queries/"_s + file + u".sql"_s)));
    const QString statement = it->value(name);
    if (statement.isEmpty())
        qFatal("Soudan: no statement %s in %s.sql", qPrintable(name), qPrintable(file));
    return statement;
}

QStringList migrationSteps(const QString &resourcePath)
{
    static const QRegularExpression stepLine(u"^-- step *$"_s, QRegularExpression::MultilineOption);
    QStringList steps;
    for (const QString &step : readResource(resourcePath).split(stepLine)) {
        if (!step.trimmed().isEmpty())
            steps.append(step.trimmed());
    }
    return steps;
}

} // namespace Soudan::SqlText
