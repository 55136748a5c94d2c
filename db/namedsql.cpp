#include "db/namedsql.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Soudan::NamedSql {

QHash<QString, QString> parseStatements(const QString &text, const Words &words)
{
    static const QRegularExpression nameLine(u"^-- name: *([a-z0-9_]+) *$"_s,
                                             QRegularExpression::MultilineOption);
    QHash<QString, QString> statements;
    QString currentName;
    qsizetype currentStart = -1;
    auto close = [&](qsizetype end) {
        if (currentName.isEmpty())
            return;
        QStringList lines;
        for (const QString &line : text.mid(currentStart, end - currentStart).split(u'\n')) {
            if (!line.trimmed().startsWith(u"--"_s))
                lines.append(line);
        }
        statements.insert(currentName, fillIn(lines.join(u'\n').trimmed(), words));
    };
    QRegularExpressionMatchIterator it = nameLine.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        close(m.capturedStart());
        currentName = m.captured(1);
        currentStart = m.capturedEnd();
    }
    close(text.size());
    return statements;
}

QStringList splitSteps(const QString &text, const Words &words)
{
    static const QRegularExpression stepLine(u"^-- step *$"_s, QRegularExpression::MultilineOption);
    QStringList steps;
    for (const QString &step : text.split(stepLine)) {
        if (!step.trimmed().isEmpty())
            steps.append(fillIn(step.trimmed(), words));
    }
    return steps;
}

QString fillIn(const QString &text, const Words &words)
{
    static const QRegularExpression word(u"\\{\\{([a-z0-9_.]+)\\}\\}"_s);
    if (!text.contains(u"{{"_s))
        return text;
    QString filled;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto found = words.constFind(m.captured(1));
        if (found == words.constEnd())
            qFatal("Soudan: the SQL word {{%s}} is not defined", qPrintable(m.captured(1)));
        filled += QStringView(text).mid(last, m.capturedStart() - last);
        filled += *found;
        last = m.capturedEnd();
    }
    filled += QStringView(text).mid(last);
    return filled;
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Soudan: missing SQL resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace Soudan::NamedSql
