#include "domain/rules.h"

namespace Soudan::Rules {

Refusal mayAnswer(const Thread &thread, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (thread.status != ThreadStatus::Open)
        return Refusal::ThreadNotOpen;
    return Refusal::None;
}

Refusal mayChooseBestAnswer(const Thread &thread, const Answer &answer, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (thread.authorId != userId)
        return Refusal::NotAsker;
    if (answer.threadId != thread.id || answer.hidden)
        return Refusal::NotInThread;
    if (answer.authorId == userId)
        return Refusal::OwnAnswer;
    if (thread.status != ThreadStatus::Open)
        return Refusal::ThreadNotOpen;
    return Refusal::None;
}

Refusal mayThank(const Thread &thread, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (thread.authorId != userId)
        return Refusal::NotAsker;
    if (thread.bestAnswerId.isNull())
        return Refusal::NoBestAnswer;
    if (thread.thanks)
        return Refusal::ThanksWritten;
    return Refusal::None;
}

Refusal mayReport(qint64 authorId, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (authorId == userId)
        return Refusal::OwnPost;
    return Refusal::None;
}

Refusal mayEditQuestion(const Thread &thread, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (thread.authorId != userId)
        return Refusal::NotAuthor;
    if (thread.status == ThreadStatus::Resolved)
        return Refusal::Settled;
    return Refusal::None;
}

Refusal mayEditAnswer(const Thread &thread, const Answer &answer, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (answer.authorId != userId)
        return Refusal::NotAuthor;
    if (answer.threadId != thread.id)
        return Refusal::NotInThread;
    if (thread.bestAnswerId == answer.id)
        return Refusal::Settled;
    return Refusal::None;
}

} // namespace Soudan::Rules
