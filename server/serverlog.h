#pragma once

#include <QString>

namespace Soudan::Server::Log {

// The server's log on standard error: one line per request and per event, as text (the
// default; under systemd the journal keeps it) or as JSON lines for a log collector
// (`--log-format json`). Never a token, a body or a password.
enum class Format
{
    Text,
    Json
};
void setFormat(Format format);

struct RequestLine
{
    QString remote;
    QString method;
    QString path; // as loggable: no query string, control characters escaped
    int status = 0;
    double ms = 0;
    qint64 user = 0;
    QString refused; // why the front door turned the connection away, or empty
};
void request(const RequestLine &line);

// "listening", "stopped": on standard output, where the tests and operators look for the URL.
void event(const QString &event, const QString &text, const QString &url = {});

} // namespace Soudan::Server::Log
