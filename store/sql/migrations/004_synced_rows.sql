-- Rows pulled from the server arrive in the order of their latest change, so a child (an
-- answer, a subcategory) can come before its parent: the synced tables drop their foreign keys.
-- Also the state of the sync (cursor, resync in progress) and the rows a full resync has seen.
CREATE TABLE answers_new (
    id          TEXT PRIMARY KEY,
    thread_id   TEXT NOT NULL,
    author_id   INTEGER NOT NULL,
    body        TEXT NOT NULL,
    created_ms  INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    hidden      INTEGER NOT NULL
);
-- step
INSERT INTO answers_new SELECT id, thread_id, author_id, body, created_ms, version, hidden FROM answers;
-- step
DROP TABLE answers;
-- step
ALTER TABLE answers_new RENAME TO answers;
-- step
CREATE INDEX answers_by_thread ON answers(thread_id, created_ms, id);
-- step
CREATE TABLE threads_new (
    id                TEXT PRIMARY KEY,
    category_id       INTEGER NOT NULL,
    author_id         INTEGER NOT NULL,
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
    hidden            INTEGER NOT NULL
);
-- step
INSERT INTO threads_new
SELECT id, category_id, author_id, title, body, created_ms, last_activity_ms, status, urgent,
       view_count, answer_count, best_answer_id, thanks_body, thanks_ms, version, hidden
FROM threads;
-- step
DROP TABLE threads;
-- step
ALTER TABLE threads_new RENAME TO threads;
-- step
CREATE INDEX threads_newest ON threads(category_id, created_ms, id) WHERE hidden = 0;
-- step
CREATE INDEX threads_active ON threads(category_id, last_activity_ms, id) WHERE hidden = 0;
-- step
CREATE INDEX threads_viewed ON threads(category_id, view_count, id) WHERE hidden = 0;
-- step
CREATE INDEX threads_answered ON threads(category_id, answer_count, id) WHERE hidden = 0;
-- step
CREATE TRIGGER threads_counted_on_insert AFTER INSERT ON threads
WHEN NEW.hidden = 0
BEGIN
    INSERT INTO category_counts (category_id)
    SELECT NEW.category_id
    WHERE NOT EXISTS (SELECT 1 FROM category_counts WHERE category_id = NEW.category_id);
    UPDATE category_counts
    SET threads = threads + 1, open_threads = open_threads + (NEW.status = 0)
    WHERE category_id = NEW.category_id;
END;
-- step
CREATE TRIGGER threads_counted_on_delete AFTER DELETE ON threads
WHEN OLD.hidden = 0
BEGIN
    UPDATE category_counts
    SET threads = threads - 1, open_threads = open_threads - (OLD.status = 0)
    WHERE category_id = OLD.category_id;
END;
-- step
CREATE TRIGGER threads_counted_on_update AFTER UPDATE OF category_id, status, hidden ON threads
BEGIN
    UPDATE category_counts
    SET threads = threads - 1, open_threads = open_threads - (OLD.status = 0)
    WHERE category_id = OLD.category_id AND OLD.hidden = 0;
    INSERT INTO category_counts (category_id)
    SELECT NEW.category_id
    WHERE NOT EXISTS (SELECT 1 FROM category_counts WHERE category_id = NEW.category_id);
    UPDATE category_counts
    SET threads = threads + 1, open_threads = open_threads + (NEW.status = 0)
    WHERE category_id = NEW.category_id AND NEW.hidden = 0;
END;
-- step
CREATE TABLE categories_new (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER,
    name        TEXT NOT NULL,
    side        INTEGER NOT NULL,
    sort_order  INTEGER NOT NULL
);
-- step
INSERT INTO categories_new SELECT id, parent_id, name, side, sort_order FROM categories;
-- step
DROP TABLE categories;
-- step
ALTER TABLE categories_new RENAME TO categories;
-- step
CREATE INDEX categories_by_parent ON categories(parent_id, sort_order);
-- step
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
-- step
-- During a full resync: every row the server sent, so that the rest can go at its end.
CREATE TABLE resync_seen (
    kind  INTEGER NOT NULL,
    id    TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
