-- A member's account restricted by a moderator: posting suspended until a time, or read-only
-- until lifted (until_ms NULL). One row per member; lifting deletes it.
CREATE TABLE restrictions (
    user_id       {{integer}} PRIMARY KEY REFERENCES users(id),
    kind          TEXT NOT NULL,          -- suspended, read_only
    until_ms      {{integer}},
    reason        TEXT NOT NULL,
    moderator_id  {{integer}} NOT NULL,
    created_ms    {{integer}} NOT NULL
);
