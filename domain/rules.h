#pragma once

#include "domain/answer.h"
#include "domain/thread.h"

// Who may do what on the board. The server decides with these rules and answers with the refusal
// (its error code); the client asks the same rules before it offers an action, so that it never
// shows a button the server would refuse.
namespace Soudan::Rules {

// Why an action is not allowed; None when it is.
enum class Refusal
{
    None,
    NotSignedIn,
    NotAsker,      // only the asker chooses the best answer and writes the thanks
    OwnAnswer,     // the best answer is someone else's
    OwnPost,       // nobody reports their own post
    NotAuthor,     // only the author edits a post
    ThreadNotOpen, // resolved or closed: no more answers, no other best answer
    NoBestAnswer,  // thanks come after the best answer
    ThanksWritten, // once
    NotInThread,   // the answer is not one of the thread's visible answers
    Settled,       // a resolved or closed question or the best answer is no longer edited
    Withdrawn,     // the author withdrew the post
    HasAnswers,    // a question with answers is not withdrawn
};

constexpr bool allowed(Refusal refusal)
{
    return refusal == Refusal::None;
}

// userId 0 is nobody signed in.
Refusal mayAnswer(const Thread &thread, qint64 userId);
Refusal mayChooseBestAnswer(const Thread &thread, const Answer &answer, qint64 userId);
Refusal mayThank(const Thread &thread, qint64 userId);
Refusal mayReport(qint64 authorId, qint64 userId);
// Editing one's own post: a question while it is open, an answer unless it is the best.
Refusal mayEditQuestion(const Thread &thread, qint64 userId);
Refusal mayEditAnswer(const Thread &thread, const Answer &answer, qint64 userId);
// A supplement (補足) to one's own question, open or settled.
Refusal maySupplement(const Thread &thread, qint64 userId);
// Withdrawing one's own question while it has no answers, one's own answer unless it is the best.
Refusal mayWithdrawQuestion(const Thread &thread, qint64 userId);
Refusal mayWithdrawAnswer(const Thread &thread, const Answer &answer, qint64 userId);
// Closing one's own open question without a best answer (締め切り).
Refusal mayClose(const Thread &thread, qint64 userId);

} // namespace Soudan::Rules
