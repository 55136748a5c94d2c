#pragma once

#include "domain/activity.h"
#include "domain/apitypes.h"
#include "domain/moderation.h"
#include "domain/report.h"
#include "domain/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// JSON of the API's requests and responses. Requests are decoded strictly: unknown fields are
// refused, so a client never believes the server took something it ignored.
namespace Soudan::ApiCodec {

// A request's body as it goes out: compact JSON.
QByteArray body(const QJsonObject &object);

QJsonObject encode(const Credentials &credentials);
Result<Credentials> decodeCredentials(const QByteArray &body);

QJsonObject encode(const Session &session);
Result<Session> decodeSession(const QByteArray &body);

QJsonObject encode(const QuestionInput &question);
Result<QuestionInput> decodeQuestion(const QByteArray &body);

QJsonObject encode(const AnswerInput &answer);
Result<AnswerInput> decodeAnswerInput(const QByteArray &body);

QJsonObject encode(const BestAnswerInput &choice);
Result<BestAnswerInput> decodeBestAnswer(const QByteArray &body);

QJsonObject encode(const ThanksInput &thanks);
Result<ThanksInput> decodeThanks(const QByteArray &body);

QJsonObject encode(const QuestionEdit &edit);
Result<QuestionEdit> decodeQuestionEdit(const QByteArray &body);
QJsonObject encode(const AnswerEdit &edit);
Result<AnswerEdit> decodeAnswerEdit(const QByteArray &body);
QJsonObject encode(const SupplementInput &supplement);
Result<SupplementInput> decodeSupplement(const QByteArray &body);
QJsonObject encode(const RestrictionInput &restriction);
Result<RestrictionInput> decodeRestriction(const QByteArray &body);
QJsonObject encode(const Restriction &restriction);
QJsonObject encode(const AppealInput &appeal);
Result<AppealInput> decodeAppeal(const QByteArray &body);
// {"revisions":[…]}, oldest first.
QJsonObject encodeRevisions(const QList<Revision> &revisions);
Result<QList<Revision>> decodeRevisions(const QByteArray &body);

QJsonObject encode(const ReportInput &report);
Result<ReportInput> decodeReport(const QByteArray &body);

QJsonObject encode(const ClaimInput &claim);
Result<ClaimInput> decodeClaim(const QByteArray &body);
QJsonObject encode(const ResolveInput &resolve);
Result<ResolveInput> decodeResolve(const QByteArray &body);
QJsonObject encode(const RestoreInput &restore);
Result<RestoreInput> decodeRestore(const QByteArray &body);
QJsonObject encode(const NoteInput &note);
Result<NoteInput> decodeNote(const QByteArray &body);
QJsonObject encode(const WarnInput &warn);
Result<WarnInput> decodeWarn(const QByteArray &body);

// A field that is absent is left as it is; "level": null goes back to the category's level.
QJsonObject encode(const ThreadStateInput &state);
Result<ThreadStateInput> decodeThreadState(const QByteArray &body);
QJsonObject encode(const CategoryStateInput &state);
Result<CategoryStateInput> decodeCategoryState(const QByteArray &body);

QJsonObject encode(const ChangesPage &page);
Result<ChangesPage> decodeChangesPage(const QByteArray &body);
// The same in two steps, so that a client can ask for the next page before it reads this one's
// changes: decodeChangesHead reads where the page leads (its changes left empty) and hands back
// its list of changes, checked to hold at most as many as a page may; decodeChanges reads that
// list into `into` and returns the first problem, or an empty string.
Result<ChangesPage> decodeChangesHead(const QByteArray &body, QJsonArray *changes);
QString decodeChanges(const QJsonArray &changes, ChangeSet &into);

QJsonObject encodeError(const QString &code, const QString &message);
// The error of a response body, when it is one.
std::optional<ApiError> decodeError(const QByteArray &body);

} // namespace Soudan::ApiCodec
