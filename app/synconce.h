#pragma once

namespace Soudan {

struct Options;

// soudan --sync-once: signs in if asked to, pulls until the cache is up to date with the server,
// prints a summary and returns 0; or prints why not and returns non-zero.
int syncOnce(const Options &options);

// soudan --search QUERY: prints the matching threads of the cache, newest first, one a line
// (id, title, category, status, tab-separated); a query that cannot be done is an error (2).
// soudan --rebuild-search-index: indexes every cached post again.
int searchOnce(const Options &options);

// soudan --notifications: prints the unread notifications of the cache, newest first, one a
// line (kind, thread id, thread title, time in ISO 8601 UTC, tab-separated).
int notificationsOnce(const Options &options);

} // namespace Soudan
