-- Moderators' cache: each reported post's moderation item as the server last sent it (its JSON,
-- with the columns the queue sorts and sweeps by), and the action a moderator took here that the
-- server has not confirmed yet. Members never receive items, so their table stays empty.
-- local_state: 0 none, 1 waiting in the outbox, 2 refused (needs attention).
CREATE TABLE mod_items (
    id                TEXT PRIMARY KEY,
    thread_id         TEXT NOT NULL,
    status            INTEGER NOT NULL,
    version           INTEGER NOT NULL,
    last_reported_ms  INTEGER NOT NULL,
    data              TEXT NOT NULL,
    local_action      TEXT,
    local_state       INTEGER NOT NULL DEFAULT 0
);
