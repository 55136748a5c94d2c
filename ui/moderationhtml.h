#pragma once

#include "store/storetypes.h"
#include "ui/colors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Soudan {

// The moderation window's detail as HTML: the reported post in its thread, every report on it,
// the author's earlier record and the audit timeline; and the banner over it when the
// moderator's action was refused. Pure: everything it shows comes in, and every text from a post
// or a user is escaped.
class ModerationHtml final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::ModerationHtml)

public:
    struct Detail
    {
        const ModerationEntry &entry;
        const std::optional<ThreadDetail> &thread; // the post's thread, when cached
        QString status;                            // as the queue shows it
        QDateTime now;
    };

    static QString detail(const Detail &detail, const Colors &colors);
    // What the pane says with no item to show.
    static QString empty(bool queueIsEmpty, const Colors &colors);
    // The banner of an action the server refused: what the moderator did, why it failed, who
    // acted first and how the item is now.
    static QString conflict(const ModerationItem &now, const OutboxItem &refused);
};

} // namespace Soudan
