#pragma once

#include <QStringList>

// The subcommands of soudan-server; each returns the process exit code (0 done, 1 failed,
// 2 wrong usage).
namespace Soudan::Server::Commands {

int run(const QStringList &arguments);

} // namespace Soudan::Server::Commands
