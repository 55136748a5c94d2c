#pragma once

#include "domain/tombstone.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Soudan {

// Why a post is reported (違反報告).
enum class ReportReason
{
    ContactOutside, // moving contact or payment outside the platform
    Spam,           // spam or advertising
    Harassment,
    ForbiddenWork, // 違反のお仕事
    PersonalInformation,
    Other,
};

// PUT /api/v1/reports/{uuid}
struct ReportInput
{
    EntityKind targetKind = EntityKind::Thread; // a thread or an answer
    QUuid targetId;
    ReportReason reason = ReportReason::Other;
    QString note;

    friend bool operator==(const ReportInput &, const ReportInput &) = default;
};

} // namespace Soudan
