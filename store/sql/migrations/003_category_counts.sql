-- Thread counts per category, kept by triggers, so that the category tree does not count a
-- million rows at start-up.
CREATE TABLE category_counts (
    category_id   INTEGER PRIMARY KEY,
    threads       INTEGER NOT NULL DEFAULT 0,
    open_threads  INTEGER NOT NULL DEFAULT 0
);
-- step
INSERT INTO category_counts (category_id, threads, open_threads)
SELECT category_id, COUNT(*), SUM(status = 0)
FROM threads
WHERE hidden = 0
GROUP BY category_id;
-- step
CREATE TRIGGER threads_counted_on_insert AFTER INSERT ON threads
WHEN NEW.hidden = 0
BEGIN
    -- Not INSERT OR IGNORE: an upsert that fires this trigger imposes its own conflict handling.
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
    -- Not INSERT OR IGNORE: an upsert that fires this trigger imposes its own conflict handling.
    INSERT INTO category_counts (category_id)
    SELECT NEW.category_id
    WHERE NOT EXISTS (SELECT 1 FROM category_counts WHERE category_id = NEW.category_id);
    UPDATE category_counts
    SET threads = threads + 1, open_threads = open_threads + (NEW.status = 0)
    WHERE category_id = NEW.category_id AND NEW.hidden = 0;
END;
