#pragma once

#include "server/apisupport.h"
#include "server/board.h"

// The routes of a member's own activity (docs/protocol.md, "What is new for me").
namespace Soudan::Server::ActivityRoutes {

// PUT /api/v1/threads/{tid}/state
Http::Reply threadState(const Board &board, const Http::Context &c);
// PUT /api/v1/categories/{cid}/state
Http::Reply categoryState(const Board &board, const Http::Context &c);
// PUT /api/v1/notifications/{id}/read
Http::Reply notificationRead(const Board &board, const Http::Context &c);

} // namespace Soudan::Server::ActivityRoutes
