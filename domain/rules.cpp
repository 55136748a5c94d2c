#include "domain/rules.h"

namespace Soudan::Rules {

namespace {

// The author's own question, not withdrawn.
Refusal asker(const Thread &thread, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (thread.authorId != userId)
        return Refusal::NotAuthor;
    if (thread.withdrawn)
        return Refusal::Withdrawn;
    return Refusal::None;
}

// The author's own answer in the thread, not withdrawn, not the best one.
Refusal answerer(const Thread &thread, const Answer &answer, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (answer.authorId != userId)
        return Refusal::NotAuthor;
    if (answer.threadId != thread.id)
        return Refusal::NotInThread;
    if (answer.withdrawn)
        return Refusal::Withdrawn;
    if (thread.bestAnswerId == answer.id)
        return Refusal::Settled;
    return Refusal::None;
}

} // namespace

Refusal mayAnswer(const Thread &thread, qint64 userId)
{
    if (userId == 0)
        return Refusal::NotSignedIn;
    if (thread.withdrawn)
        return Refusal::Withdrawn;
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
    if (answer.threadId != thread.id || answer.hidden || answer.withdrawn)
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
    if (const Refusal why = asker(thread, userId); !allowed(why))
        return why;
    if (thread.status != ThreadStatus::Open)
        return Refusal::Settled;
    return Refusal::None;
}

Refusal mayEditAnswer(const Thread &thread, const Answer &answer, qint64 userId)
{
    return answerer(thread, answer, userId);
}

Refusal maySupplement(const Thread &thread, qint64 userId)
{
    return asker(thread, userId);
}

Refusal mayWithdrawQuestion(const Thread &thread, qint64 userId)
{
    if (const Refusal why = asker(thread, userId); !allowed(why))
        return why;
    if (thread.answerCount > 0)
        return Refusal::HasAnswers;
    return Refusal::None;
}

Refusal mayWithdrawAnswer(const Thread &thread, const Answer &answer, qint64 userId)
{
    return answerer(thread, answer, userId);
}

Refusal mayClose(const Thread &thread, qint64 userId)
{
    if (const Refusal why = asker(thread, userId); !allowed(why))
        return why;
    if (thread.status != ThreadStatus::Open)
        return Refusal::ThreadNotOpen;
    return Refusal::None;
}

} // namespace Soudan::Rules
