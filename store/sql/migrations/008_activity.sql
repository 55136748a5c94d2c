-- What is new for the user of this cache: the notifications the server made for them, and their
-- follow levels and read marks: the server's (level, read_ms, …) and what was set here and not
-- yet confirmed (local_*: local_item is the outbox item that set local_level, until the server's
-- row has it). Read marks are times of a thread's last activity and only move forward.
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    thread_id  TEXT,
    post_id    TEXT,
    actor_id   INTEGER,
    detail     TEXT NOT NULL,
    at_ms      INTEGER NOT NULL,
    is_read    INTEGER NOT NULL,             -- the server's
    read_here  INTEGER NOT NULL DEFAULT 0,   -- read here, or covered by a read mark
    shown      INTEGER NOT NULL DEFAULT 0    -- shown on the desktop already
);
-- step
CREATE INDEX notifications_newest ON notifications(at_ms, id);
-- step
CREATE INDEX notifications_by_thread ON notifications(thread_id, at_ms);
-- step
CREATE INDEX notifications_unread ON notifications(at_ms) WHERE is_read = 0 AND read_here = 0;
-- step
-- One row per thread the user set a level or read mark for, asked, or answered. last_other_ms is
-- the time of the newest visible answer by someone else, kept by the triggers below.
CREATE TABLE thread_marks (
    thread_id      TEXT PRIMARY KEY,
    level          TEXT,
    read_ms        INTEGER NOT NULL DEFAULT 0,
    local_item     TEXT,
    local_level    TEXT,
    local_read_ms  INTEGER NOT NULL DEFAULT 0,
    asked          INTEGER NOT NULL DEFAULT 0,
    answered       INTEGER NOT NULL DEFAULT 0,
    last_other_ms  INTEGER NOT NULL DEFAULT 0
);
-- step
-- Category 0 is the whole board.
CREATE TABLE category_marks (
    category_id    INTEGER PRIMARY KEY,
    level          TEXT,
    seen_ms        INTEGER NOT NULL DEFAULT 0,
    read_ms        INTEGER NOT NULL DEFAULT 0,
    local_item     TEXT,
    local_level    TEXT,
    local_seen_ms  INTEGER NOT NULL DEFAULT 0,
    local_read_ms  INTEGER NOT NULL DEFAULT 0
);
-- step
-- What the marks of a category, its parents and the whole board add up to, per category:
-- rewritten by the store whenever categories or their marks change.
CREATE TABLE category_effective (
    category_id   INTEGER PRIMARY KEY,
    level         TEXT,                      -- the nearest level set, NULL for none
    level_from    INTEGER,                   -- the category it was set on
    new_since_ms  INTEGER NOT NULL,          -- threads created later are new
    read_ms       INTEGER NOT NULL           -- threads are read up to this
);
-- step
-- The user's own level of a thread, their read mark, and whether they follow it: watching by
-- their own choice, or by asking or answering it when they chose nothing.
CREATE VIEW thread_follow AS
SELECT thread_id,
       CASE WHEN local_item IS NOT NULL THEN local_level ELSE level END AS own_level,
       MAX(read_ms, local_read_ms) AS read_mark,
       COALESCE(CASE WHEN local_item IS NOT NULL THEN local_level ELSE level END,
                CASE WHEN asked = 1 OR answered = 1 THEN '{{level.watching}}' END)
           = '{{level.watching}}' AS watching,
       asked, answered, last_other_ms
FROM thread_marks;
-- step
CREATE TRIGGER threads_mine_on_insert AFTER INSERT ON threads
WHEN NEW.author_id = CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)
BEGIN
    -- Not INSERT OR IGNORE: an upsert that fires this trigger imposes its own conflict handling.
    INSERT INTO thread_marks (thread_id)
    SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM thread_marks WHERE thread_id = NEW.id);
    UPDATE thread_marks SET asked = 1 WHERE thread_id = NEW.id;
END;
-- step
CREATE TRIGGER threads_mine_on_update AFTER UPDATE OF author_id ON threads
WHEN NEW.author_id = CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)
BEGIN
    INSERT INTO thread_marks (thread_id)
    SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM thread_marks WHERE thread_id = NEW.id);
    UPDATE thread_marks SET asked = 1 WHERE thread_id = NEW.id;
END;
-- step
CREATE TRIGGER answers_marked_on_insert AFTER INSERT ON answers
BEGIN
    INSERT INTO thread_marks (thread_id)
    SELECT NEW.thread_id
    WHERE NEW.author_id = CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)
      AND NOT EXISTS (SELECT 1 FROM thread_marks WHERE thread_id = NEW.thread_id);
    UPDATE thread_marks
    SET answered = CASE WHEN NEW.author_id = CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)
                        THEN 1 ELSE answered END,
        last_other_ms = CASE WHEN NEW.hidden = 0 AND NEW.author_id <> CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)
                             THEN MAX(last_other_ms, NEW.created_ms) ELSE last_other_ms END
    WHERE thread_id = NEW.thread_id;
END;
-- step
CREATE TRIGGER answers_marked_on_update AFTER UPDATE OF author_id, created_ms, hidden ON answers
WHEN OLD.author_id <> NEW.author_id OR OLD.created_ms <> NEW.created_ms OR OLD.hidden <> NEW.hidden
BEGIN
    INSERT INTO thread_marks (thread_id)
    SELECT NEW.thread_id
    WHERE NEW.author_id = CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)
      AND NOT EXISTS (SELECT 1 FROM thread_marks WHERE thread_id = NEW.thread_id);
    UPDATE thread_marks
    SET answered = CASE WHEN NEW.author_id = CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)
                        THEN 1 ELSE answered END,
        last_other_ms = COALESCE((SELECT MAX(a.created_ms) FROM answers a
                                  WHERE a.thread_id = NEW.thread_id AND a.hidden = 0
                                    AND a.author_id <> CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)), 0)
    WHERE thread_id = NEW.thread_id;
END;
-- step
CREATE TRIGGER answers_marked_on_delete AFTER DELETE ON answers
BEGIN
    UPDATE thread_marks
    SET last_other_ms = COALESCE((SELECT MAX(a.created_ms) FROM answers a
                                  WHERE a.thread_id = OLD.thread_id AND a.hidden = 0
                                    AND a.author_id <> CAST((SELECT value FROM sync_state WHERE key = 'me_id') AS INTEGER)), 0)
    WHERE thread_id = OLD.thread_id;
END;
-- step
-- The category or notification an outbox item of the user's own state is about.
ALTER TABLE outbox ADD COLUMN target_number INTEGER;
