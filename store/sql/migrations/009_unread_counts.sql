-- The new and unread counts of the whole tree are worked out after each page of a sync; this
-- lets them be read without looking up the threads' rows.
-- The newest threads of a category with their author and state: for the threads new since the
-- user last looked (and, as before, the list's pages, newest first).
DROP INDEX threads_newest;
-- step
CREATE INDEX threads_newest ON threads(category_id, created_ms, id, author_id, pending)
    WHERE hidden = 0;
-- step
-- A followed thread's category while it is visible in the cache (NULL: not there, or hidden),
-- kept by the triggers below.
ALTER TABLE thread_marks ADD COLUMN category_id INTEGER;
-- step
UPDATE thread_marks
SET category_id = (SELECT t.category_id FROM threads t WHERE t.id = thread_marks.thread_id AND t.hidden = 0);
-- step
CREATE TRIGGER thread_marks_category AFTER INSERT ON thread_marks
BEGIN
    UPDATE thread_marks
    SET category_id = (SELECT t.category_id FROM threads t WHERE t.id = NEW.thread_id AND t.hidden = 0)
    WHERE thread_id = NEW.thread_id;
END;
-- step
CREATE TRIGGER threads_category_on_insert AFTER INSERT ON threads
BEGIN
    UPDATE thread_marks SET category_id = CASE WHEN NEW.hidden = 0 THEN NEW.category_id END
    WHERE thread_id = NEW.id;
END;
-- step
CREATE TRIGGER threads_category_on_update AFTER UPDATE OF category_id, hidden ON threads
WHEN OLD.category_id <> NEW.category_id OR OLD.hidden <> NEW.hidden
BEGIN
    UPDATE thread_marks SET category_id = CASE WHEN NEW.hidden = 0 THEN NEW.category_id END
    WHERE thread_id = NEW.id;
END;
-- step
CREATE TRIGGER threads_category_on_delete AFTER DELETE ON threads
BEGIN
    UPDATE thread_marks SET category_id = NULL WHERE thread_id = OLD.id;
END;
-- step
DROP VIEW thread_follow;
-- step
CREATE VIEW thread_follow AS
SELECT thread_id,
       CASE WHEN local_item IS NOT NULL THEN local_level ELSE level END AS own_level,
       MAX(read_ms, local_read_ms) AS read_mark,
       COALESCE(CASE WHEN local_item IS NOT NULL THEN local_level ELSE level END,
                CASE WHEN asked = 1 OR answered = 1 THEN '{{level.watching}}' END)
           = '{{level.watching}}' AS watching,
       asked, answered, last_other_ms, category_id
FROM thread_marks;
