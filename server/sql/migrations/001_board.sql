-- The board as the server keeps it, for SQLite and PostgreSQL alike: the words integer and
-- identity in double braces are filled in with the dialect's types (server/database.cpp).
-- Statements are separated by "-- step" lines; a migration runs in one transaction.
CREATE TABLE users (
    id            {{identity}},
    login         TEXT UNIQUE,              -- NULL: a member without a login (imported)
    display_name  TEXT NOT NULL,
    role          {{integer}} NOT NULL,         -- 0 member, 1 moderator
    password_hash TEXT,                     -- Argon2id, libsodium's string format
    created_ms    {{integer}} NOT NULL
);
-- step
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,           -- SHA-256 of the token, hex; the token is never stored
    user_id     {{integer}} NOT NULL REFERENCES users(id),
    created_ms  {{integer}} NOT NULL,
    expires_ms  {{integer}} NOT NULL
);
-- step
CREATE TABLE categories (
    id          {{integer}} PRIMARY KEY,
    parent_id   {{integer}},
    name        TEXT NOT NULL,
    side        {{integer}} NOT NULL,
    sort_order  {{integer}} NOT NULL
);
-- step
CREATE TABLE threads (
    id                TEXT PRIMARY KEY,
    category_id       {{integer}} NOT NULL REFERENCES categories(id),
    author_id         {{integer}} NOT NULL REFERENCES users(id),
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    created_ms        {{integer}} NOT NULL,
    last_activity_ms  {{integer}} NOT NULL,
    status            {{integer}} NOT NULL,
    urgent            {{integer}} NOT NULL,
    view_count        {{integer}} NOT NULL,
    answer_count      {{integer}} NOT NULL,
    best_answer_id    TEXT,
    thanks_body       TEXT,
    thanks_ms         {{integer}},
    version           {{integer}} NOT NULL,
    hidden            {{integer}} NOT NULL,
    hidden_reason     TEXT,
    hidden_ms         {{integer}}
);
-- step
CREATE TABLE answers (
    id            TEXT PRIMARY KEY,
    thread_id     TEXT NOT NULL REFERENCES threads(id),
    author_id     {{integer}} NOT NULL REFERENCES users(id),
    body          TEXT NOT NULL,
    created_ms    {{integer}} NOT NULL,
    version       {{integer}} NOT NULL,
    hidden        {{integer}} NOT NULL,
    hidden_reason TEXT,
    hidden_ms     {{integer}}
);
-- step
CREATE INDEX answers_by_thread ON answers(thread_id, created_ms);
-- step
CREATE TABLE views (
    thread_id  TEXT NOT NULL,
    user_id    {{integer}} NOT NULL,
    day        {{integer}} NOT NULL,               -- days since the epoch, UTC
    PRIMARY KEY (thread_id, user_id, day)
);
-- step
-- The changes feed: one row per row of the board that changed, at the sequence number of its
-- latest change. Writers take the lock on feed_state first and hold it to commit, so sequence
-- numbers become visible in order and a reader never skips one.
CREATE TABLE feed (
    seq         {{integer}} PRIMARY KEY,
    kind        {{integer}} NOT NULL,              -- 0 category, 1 user, 2 thread, 3 answer
    entity_id   TEXT NOT NULL,
    deleted     {{integer}} NOT NULL,
    changed_ms  {{integer}} NOT NULL,
    UNIQUE (kind, entity_id)
);
-- step
CREATE TABLE feed_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  {{integer}} NOT NULL,
    horizon   {{integer}} NOT NULL                 -- cursors below this are too old: 410
);
-- step
INSERT INTO feed_state (id, last_seq, horizon) VALUES (1, 0, 0);
