#include "domain/vocabulary.h"

namespace Soudan::Wire {

namespace {

// "{{prefix.name}}" → the value's number, for every value of E.
template<typename E>
void addNumbers(QHash<QString, QString> &words, const QString &prefix)
{
    for (const auto &[value, name] : Names<E>::table)
        words.insert(prefix + u'.' + QString(name), QString::number(int(value)));
}

// "{{prefix.name}}" → the value's name, for every value of E.
template<typename E>
void addNames(QHash<QString, QString> &words, const QString &prefix)
{
    for (const auto &[value, name] : Names<E>::table) {
        if (!name.isEmpty())
            words.insert(prefix + u'.' + QString(name), QString(name));
    }
}

} // namespace

QHash<QString, QString> sqlWords()
{
    QHash<QString, QString> words;
    addNumbers<ThreadStatus>(words, u"thread_status"_s);
    addNumbers<EntityKind>(words, u"entity"_s);
    addNumbers<ModerationStatus>(words, u"moderation_status"_s);
    addNumbers<Side>(words, u"side"_s);
    addNumbers<Role>(words, u"role"_s);
    addNames<Resolution>(words, u"resolution"_s);
    addNames<AuditAction>(words, u"audit"_s);
    addNames<ReportReason>(words, u"reason"_s);
    addNames<FollowLevel>(words, u"level"_s);
    addNames<NotificationKind>(words, u"notification"_s);
    return words;
}

} // namespace Soudan::Wire

namespace Soudan {

NotificationKind kindOf(const Notification &notification)
{
    return Wire::parse<NotificationKind>(notification.kind).value_or(NotificationKind::Other);
}

} // namespace Soudan
