#include "models/labels.h"

#include <QLocale>

namespace Soudan {

QString Labels::status(ThreadStatus status)
{
    switch (status) {
    case ThreadStatus::Open:
        //: Thread status: the asker is still accepting answers (回答受付中).
        return tr("Open");
    case ThreadStatus::Resolved:
        //: Thread status: the asker chose a best answer (解決済).
        return tr("Resolved");
    case ThreadStatus::Closed:
        //: Thread status: closed without a best answer; no more answers are accepted.
        return tr("Closed");
    }
    return {};
}

QString Labels::urgency(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Urgent:
        //: Urgency tag the asker sets on a question (すぐ知りたい!).
        return tr("Urgent!");
    case Urgency::Calm:
        //: Urgency tag the asker sets on a question (時間があるときに).
        return tr("When you have time");
    }
    return {};
}

QString Labels::date(qint64 msSinceEpoch)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date();
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString Labels::dateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString Labels::number(qint64 value)
{
    return QLocale().toString(value);
}

QString Labels::categorySummary(const QString &name, int threads, int open)
{
    //: A category (%1, its name or path) with its number of threads and of those still open.
    return tr("%1: %n thread(s), %2 open", "", threads).arg(name, number(open));
}

} // namespace Soudan
