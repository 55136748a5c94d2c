#pragma once

namespace Soudan {

struct Options;

// soudan --sync-once: signs in if asked to, pulls until the cache is up to date with the server,
// prints a summary and returns 0; or prints why not and returns non-zero.
int syncOnce(const Options &options);

} // namespace Soudan
