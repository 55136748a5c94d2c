#pragma once

#include "domain/apitypes.h"
#include "domain/report.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Soudan::Server {

// Who is asking: a signed-in user, or nobody (read-only, as a member).
struct AuthUser
{
    qint64 id = 0;
    QString displayName;
    Role role = Role::Member;
};

template<typename T>
struct Written
{
    T value;
    bool created = false; // false: the same request was already done, and is answered again
};

struct StoredReport
{
    QUuid id;
    ReportInput input;
    qint64 reporterId = 0; // 0: the contact guard
    QDateTime createdAt;
};

// The first response to a request with an Idempotency-Key.
struct StoredResponse
{
    QString requestHash;
    int status = 0; // 0: done, the response not yet added
    QByteArray body;
    qint64 createdMs = 0;
};

struct ImportSummary
{
    int categories = 0;
    int users = 0;
    int threads = 0;
    int answers = 0;
    int resolved = 0;
    int closed = 0;
    int unchanged = 0; // rows the board had already as the import brought them: not written
};

struct PruneSummary
{
    int threads = 0;
    int answers = 0;
    int tombstones = 0;
    qint64 horizon = 0;
};

} // namespace Soudan::Server
