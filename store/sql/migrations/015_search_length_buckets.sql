-- A document's id now carries its length's bucket in its last three bits (SearchRank), so "best
-- match" need not read the length of every match. Every post gets a new document: the index is
-- emptied, and every visible post waits to be indexed again, a batch at a time, as after a
-- first sync (Search::indexBacklog); search says meanwhile that it does not cover everything.
UPDATE threads SET search_docid = NULL, search_hash = NULL WHERE search_docid IS NOT NULL;
-- step
UPDATE answers SET search_docid = NULL, search_hash = NULL WHERE search_docid IS NOT NULL;
-- step
INSERT INTO search_index (search_index) VALUES ('delete-all');
-- step
DELETE FROM sync_state
WHERE key IN ('search_orphans', 'search_rebuild', 'search_backlog', 'search_backlog_after');
-- step
INSERT INTO sync_state (key, value)
SELECT 'search_backlog', CAST(posts AS TEXT)
FROM (SELECT (SELECT COUNT(*) FROM threads WHERE hidden = 0)
           + (SELECT COUNT(*) FROM answers WHERE hidden = 0) AS posts)
WHERE posts > 0;
-- step
INSERT INTO sync_state (key, value)
SELECT 'search_backlog_after', '0,0' FROM sync_state WHERE key = 'search_backlog';
