#pragma once

#include "server/outcome.h"

#include <QStringList>

namespace Soudan::Server::Config {

// A command's settings from a config file and the environment, as options placed before the
// command line's own, so that the last value of an option wins: the command line over the
// environment over the file.
//
// The file is `--config FILE` (or $SOUDAN_CONFIG): `name = value` lines, `#` comments, the names
// of the command's long options without their dashes (`listen = 127.0.0.1:8080`). The
// environment's SOUDAN_<NAME> (upper case, `-` as `_`: SOUDAN_RATE_LIMIT) sets an option too.
// One file serves every command: a setting of the service (`serviceNames`: serve's options and
// db) that this command does not take is passed over; any other name is an error naming the
// file and line.
Outcome<QStringList> withSettings(const QStringList &arguments, const QStringList &optionNames,
                                  const QStringList &serviceNames);

} // namespace Soudan::Server::Config
