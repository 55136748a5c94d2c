#pragma once

#include "tests/support/http.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Soudan::Test {

// The changes feed read from a cursor to its end through the server's API, as a client reads
// it: the rows by kind and id as they now are, and the tombstones.
struct FeedRead
{
    QHash<QString, QHash<QString, QJsonObject>> rows; // kind → id → data
    QSet<QString> gone;                               // "kind:id" of tombstones
    QString cursor;
    int pages = 0;
    bool failed = false;

    QHash<QString, QJsonObject> of(const QString &kind) const { return rows.value(kind); }
    qsizetype count(const QString &kind) const { return rows.value(kind).size(); }
};

// The id a row of kind is known by in the feed: "id", or for a member's state rows the thread's
// or category's id.
QString feedIdOf(const QString &kind, const QJsonObject &data);

FeedRead readFeed(Http &http, const QString &from = {}, int limit = 1000);

} // namespace Soudan::Test
