#include "domain/namedsql.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Soudan::NamedSql {

QHash<QString, QString> parseStatements(const QString &text)
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
        statements.insert(currentName, lines.join(u'\n').trimmed());
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

QStringList splitSteps(const QString &text)
{
    static const QRegularExpression stepLine(u"^-- step *$"_s, QRegularExpression::MultilineOption);
    QStringList steps;
    for (const QString &step : text.split(stepLine)) {
        if (!step.trimmed().isEmpty())
            steps.append(step.trimmed());
    }
    return steps;
}

} // namespace Soudan::NamedSql
