#pragma once

#include "domain/changeset.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

// The bodies of the board's HTTP API (docs/protocol.md), besides the board's own rows.
namespace Soudan {

struct Credentials
{
    QString user;
    QString password;
};

struct Session
{
    QString token;
    QDateTime expiresAt;
    User user;
};

// PUT /api/v1/threads/{uuid}
struct QuestionInput
{
    qint64 categoryId = 0;
    QString title;
    QString body;
    Urgency urgency = Urgency::Calm;

    friend bool operator==(const QuestionInput &, const QuestionInput &) = default;
};

// PUT /api/v1/threads/{tid}/answers/{uuid}
struct AnswerInput
{
    QString body;
};

// POST /api/v1/threads/{tid}/best-answer
struct BestAnswerInput
{
    QUuid answerId;
};

// PUT /api/v1/threads/{tid}/thanks
struct ThanksInput
{
    QString body;
};

// POST /api/v1/threads/{tid}/edit: the asker's new title, body and urgency, over the revision
// they edited.
struct QuestionEdit
{
    int revision = 1;
    QString title;
    QString body;
    Urgency urgency = Urgency::Calm;

    friend bool operator==(const QuestionEdit &, const QuestionEdit &) = default;
};

// POST /api/v1/threads/{tid}/answers/{aid}/edit
struct AnswerEdit
{
    int revision = 1;
    QString body;

    friend bool operator==(const AnswerEdit &, const AnswerEdit &) = default;
};

// PUT /api/v1/threads/{tid}/supplements/{uuid}
struct SupplementInput
{
    QString body;
};

// POST /api/v1/reports/{postId}/appeal: the author's appeal of a decision on their post (it
// hidden, or them warned), once per decision.
struct AppealInput
{
    QString text;
};

// GET /api/v1/threads/{tid}/revisions (and an answer's): one revision of a post as it was
// written; a question's has a title and urgency.
struct Revision
{
    int revision = 1;
    QString title;
    QString body;
    std::optional<Urgency> urgency;
    QDateTime at;

    friend bool operator==(const Revision &, const Revision &) = default;
};

// GET /api/v1/changes: a page of the changes feed.
struct ChangesPage
{
    ChangeSet changes;
    QString cursor; // where the next page starts
    bool hasMore = false;
    QString latest; // the newest cursor on the server when the page was read
};

struct ApiError
{
    QString code;
    QString message;
};

} // namespace Soudan
