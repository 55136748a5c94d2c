#pragma once

#include <httplib.h>

namespace Soudan::Server {

class Board;
class Metrics;

// The operator's routes, beside API v1: /health (the process answers), /ready (and its
// database does: 503 when not) and /metrics (Prometheus text; only to this machine, as nginx
// in front does not pass it on).
namespace OpsRoutes {

void install(httplib::Server &server, const Board &board, const Metrics &metrics);

} // namespace OpsRoutes

} // namespace Soudan::Server
