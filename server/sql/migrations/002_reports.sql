-- Violation reports (違反報告): from members, and from the server itself when a post carries
-- contact details (reporter_id NULL). Moderators work through them (later routes).
CREATE TABLE reports (
    id           TEXT PRIMARY KEY,
    target_kind  INTEGER NOT NULL,          -- 2 thread, 3 answer
    target_id    TEXT NOT NULL,
    thread_id    TEXT NOT NULL,
    reporter_id  {{integer}},                    -- NULL: the contact guard
    reason       TEXT NOT NULL,
    note         TEXT NOT NULL,
    created_ms   {{integer}} NOT NULL,
    status       INTEGER NOT NULL,          -- 0 new
    version      {{integer}} NOT NULL
);
-- step
CREATE INDEX reports_by_target ON reports(target_kind, target_id);
-- step
-- The first response to each Idempotency-Key, replayed when the same request comes again.
CREATE TABLE idempotency (
    key           TEXT NOT NULL,
    user_id       {{integer}} NOT NULL,
    request_hash  TEXT NOT NULL,
    status        INTEGER NOT NULL,
    body          TEXT NOT NULL,
    created_ms    {{integer}} NOT NULL,
    PRIMARY KEY (user_id, key)
);
