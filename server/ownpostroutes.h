#pragma once

#include "server/apisupport.h"
#include "server/board.h"

// The routes of a member's own posts (docs/protocol.md, "Own posts").
namespace Soudan::Server::OwnPostRoutes {

// POST /api/v1/threads/{tid}/edit
Http::Reply editQuestion(const Board &board, const Http::Context &c);
// POST /api/v1/threads/{tid}/answers/{aid}/edit
Http::Reply editAnswer(const Board &board, const Http::Context &c);
// PUT /api/v1/threads/{tid}/supplements/{uuid}
Http::Reply supplement(const Board &board, const Http::Context &c);
// POST /api/v1/threads/{tid}/withdraw
Http::Reply withdrawQuestion(const Board &board, const Http::Context &c);
// POST /api/v1/threads/{tid}/answers/{aid}/withdraw
Http::Reply withdrawAnswer(const Board &board, const Http::Context &c);
// POST /api/v1/threads/{tid}/close
Http::Reply close(const Board &board, const Http::Context &c);
// POST /api/v1/users/{id}/restriction (moderators)
Http::Reply restrict(const Board &board, const Http::Context &c);
// POST /api/v1/reports/{postId}/appeal
Http::Reply appeal(const Board &board, const Http::Context &c);
// GET /api/v1/threads/{tid}/revisions, GET /api/v1/threads/{tid}/answers/{aid}/revisions
Http::Reply questionRevisions(const Board &board, const Http::Context &c);
Http::Reply answerRevisions(const Board &board, const Http::Context &c);

} // namespace Soudan::Server::OwnPostRoutes
