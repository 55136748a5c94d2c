-- The board as the client caches it. Steps are separated by "-- step" lines; each step runs in
-- its own transaction together with the record of its completion, so an interrupted upgrade
-- resumes at the step it stopped at.
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES categories(id),
    name        TEXT NOT NULL,
    side        INTEGER NOT NULL,          -- 0 contractor (受注者), 1 client (発注者)
    sort_order  INTEGER NOT NULL
);
-- step
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    display_name  TEXT NOT NULL,
    role          INTEGER NOT NULL         -- 0 member, 1 moderator
);
-- step
CREATE TABLE threads (
    id                TEXT PRIMARY KEY,    -- UUID, lower case, no braces
    category_id       INTEGER NOT NULL REFERENCES categories(id),
    author_id         INTEGER NOT NULL,    -- a user; the user row may arrive later
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    created_ms        INTEGER NOT NULL,    -- milliseconds since the epoch, UTC
    last_activity_ms  INTEGER NOT NULL,
    status            INTEGER NOT NULL,    -- 0 open (回答受付中), 1 resolved (解決済), 2 closed
    urgent            INTEGER NOT NULL,    -- 1 すぐ知りたい!, 0 時間があるときに
    view_count        INTEGER NOT NULL,
    answer_count      INTEGER NOT NULL,
    best_answer_id    TEXT,
    thanks_body       TEXT,
    thanks_ms         INTEGER,
    version           INTEGER NOT NULL,
    hidden            INTEGER NOT NULL
);
-- step
CREATE TABLE answers (
    id          TEXT PRIMARY KEY,
    thread_id   TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    author_id   INTEGER NOT NULL,
    body        TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    hidden      INTEGER NOT NULL
);
-- step
CREATE INDEX answers_by_thread ON answers(thread_id, created_ms, id);
-- step
CREATE INDEX categories_by_parent ON categories(parent_id, sort_order);
