-- The board as the server keeps it (SQLite). Statements are separated by "-- step" lines; a
-- migration runs in one transaction.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT UNIQUE,              -- NULL: a member without a login (imported)
    display_name  TEXT NOT NULL,
    role          INTEGER NOT NULL,         -- 0 member, 1 moderator
    password_hash TEXT,                     -- Argon2id, libsodium's string format
    created_ms    INTEGER NOT NULL
);
-- step
CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,           -- SHA-256 of the token, hex; the token is never stored
    user_id     INTEGER NOT NULL REFERENCES users(id),
    created_ms  INTEGER NOT NULL,
    expires_ms  INTEGER NOT NULL
);
-- step
CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER,
    name        TEXT NOT NULL,
    side        INTEGER NOT NULL,
    sort_order  INTEGER NOT NULL
);
-- step
CREATE TABLE threads (
    id                TEXT PRIMARY KEY,
    category_id       INTEGER NOT NULL REFERENCES categories(id),
    author_id         INTEGER NOT NULL REFERENCES users(id),
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    created_ms        INTEGER NOT NULL,
    last_activity_ms  INTEGER NOT NULL,
    status            INTEGER NOT NULL,
    urgent            INTEGER NOT NULL,
    view_count        INTEGER NOT NULL,
    answer_count      INTEGER NOT NULL,
    best_answer_id    TEXT,
    thanks_body       TEXT,
    thanks_ms         INTEGER,
    version           INTEGER NOT NULL,
    hidden            INTEGER NOT NULL,
    hidden_reason     TEXT,
    hidden_ms         INTEGER
);
-- step
CREATE TABLE answers (
    id            TEXT PRIMARY KEY,
    thread_id     TEXT NOT NULL REFERENCES threads(id),
    author_id     INTEGER NOT NULL REFERENCES users(id),
    body          TEXT NOT NULL,
    created_ms    INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    hidden        INTEGER NOT NULL,
    hidden_reason TEXT,
    hidden_ms     INTEGER
);
-- step
CREATE INDEX answers_by_thread ON answers(thread_id, created_ms);
-- step
CREATE TABLE views (
    thread_id  TEXT NOT NULL,
    user_id    INTEGER NOT NULL,
    day        INTEGER NOT NULL,               -- days since the epoch, UTC
    PRIMARY KEY (thread_id, user_id, day)
);
-- step
-- The changes feed: one row per row of the board that changed, at the sequence number of its
-- latest change. Writers take the lock on feed_state first and hold it to commit, so sequence
-- numbers become visible in order and a reader never skips one.
CREATE TABLE feed (
    seq         INTEGER PRIMARY KEY,
    kind        INTEGER NOT NULL,              -- 0 category, 1 user, 2 thread, 3 answer
    entity_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL,
    changed_ms  INTEGER NOT NULL,
    UNIQUE (kind, entity_id)
);
-- step
CREATE TABLE feed_state (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq  INTEGER NOT NULL,
    horizon   INTEGER NOT NULL                 -- cursors below this are too old: 410
);
-- step
INSERT INTO feed_state (id, last_seq, horizon) VALUES (1, 0, 0);
