#include "server/serverlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Soudan::Server::Log {

namespace {

std::atomic<Format> g_format{Format::Text};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void write(std::FILE *to, const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), to);
    std::fflush(to);
}

} // namespace

void setFormat(Format format)
{
    g_format = format;
}

void request(const RequestLine &r)
{
    if (g_format == Format::Json) {
        QJsonObject o{{u"time"_s, now()},      {u"remote"_s, r.remote},
                      {u"method"_s, r.method}, {u"path"_s, r.path},
                      {u"status"_s, r.status}, {u"ms"_s, qRound(r.ms * 10) / 10.0},
                      {u"user"_s, r.user}};
        if (!r.refused.isEmpty())
            o.insert(u"refused"_s, r.refused);
        write(stderr, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    // One arg() call: a path's "%1" (or "%0A") must not become a placeholder.
    QString line = u"%1 %2 %3 %4 %5 %6ms user=%7"_s.arg(
        now(), r.remote, r.method.isEmpty() ? u"-"_s : r.method, r.path, QString::number(r.status),
        QString::number(r.ms, 'f', 1), QString::number(r.user));
    if (!r.refused.isEmpty())
        line += u" refused="_s + r.refused;
    write(stderr, line);
}

void event(const QString &event, const QString &text, const QString &url)
{
    if (g_format == Format::Json) {
        QJsonObject o{{u"time"_s, now()}, {u"event"_s, event}, {u"message"_s, text}};
        if (!url.isEmpty())
            o.insert(u"url"_s, url);
        write(stdout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    write(stdout, text);
}

} // namespace Soudan::Server::Log
