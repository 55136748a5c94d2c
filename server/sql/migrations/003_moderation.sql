-- Moderation: one item per reported post, with its claim, its decision and a version that makes
-- a stale action fail; an audit timeline of every action; warnings kept with the account.
CREATE TABLE moderation_items (
    target_id          TEXT PRIMARY KEY,       -- the reported post, also the item's id
    target_kind        INTEGER NOT NULL,       -- 2 thread, 3 answer
    thread_id          TEXT NOT NULL,
    author_id          {{integer}} NOT NULL,
    status             INTEGER NOT NULL,       -- 0 new, 1 claimed (until claimed_until_ms), 2 resolved
    claimed_by         {{integer}},
    claimed_until_ms   {{integer}},
    resolution         TEXT,                   -- hidden, dismissed, restored
    resolution_reason  TEXT,
    version            {{integer}} NOT NULL,
    first_reported_ms  {{integer}} NOT NULL,
    last_reported_ms   {{integer}} NOT NULL,
    updated_ms         {{integer}} NOT NULL
);
-- step
CREATE INDEX moderation_items_by_status ON moderation_items(status, last_reported_ms);
-- step
CREATE TABLE moderation_audit (
    id            {{identity}},
    target_id     TEXT NOT NULL,
    moderator_id  {{integer}},                      -- NULL: the server itself
    action        TEXT NOT NULL,               -- reported, claimed, hidden, dismissed, restored, note, warned, reopened
    detail        TEXT NOT NULL,
    at_ms         {{integer}} NOT NULL
);
-- step
CREATE INDEX moderation_audit_by_target ON moderation_audit(target_id, at_ms);
-- step
CREATE TABLE user_warnings (
    id            {{identity}},
    user_id       {{integer}} NOT NULL,
    moderator_id  {{integer}} NOT NULL,
    target_id     TEXT NOT NULL,
    message       TEXT NOT NULL,
    at_ms         {{integer}} NOT NULL
);
-- step
CREATE INDEX user_warnings_by_user ON user_warnings(user_id);
-- step
-- Reports filed before this migration become items.
INSERT INTO moderation_items (target_id, target_kind, thread_id, author_id, status, version,
                              first_reported_ms, last_reported_ms, updated_ms)
SELECT r.target_id, MIN(r.target_kind), MIN(r.thread_id),
       COALESCE((SELECT t.author_id FROM threads t WHERE t.id = r.target_id),
                (SELECT a.author_id FROM answers a WHERE a.id = r.target_id), 0),
       0, 1, MIN(r.created_ms), MAX(r.created_ms), MAX(r.created_ms)
FROM reports r
GROUP BY r.target_id;
