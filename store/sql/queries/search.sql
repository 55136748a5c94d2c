-- name: doc_of
SELECT docid, text_hash FROM search_docs WHERE post_id = :post_id

-- name: last_doc_in
SELECT MAX(docid) AS docid FROM search_docs WHERE docid BETWEEN :low AND :high

-- name: insert_doc
INSERT INTO search_docs (docid, post_id, thread_id, kind, text_hash)
VALUES (:docid, :post_id, :thread_id, :kind, :text_hash)

-- name: insert_tokens
INSERT INTO search_index (rowid, tokens) VALUES (:docid, :tokens)

-- name: delete_tokens
DELETE FROM search_index WHERE rowid = :docid

-- name: delete_doc
DELETE FROM search_docs WHERE docid = :docid

-- name: docs_of_thread
SELECT docid FROM search_docs WHERE thread_id = :thread_id

-- name: orphan_tokens
-- After a resync's sweep: documents whose post is gone.
DELETE FROM search_index WHERE rowid IN (
    SELECT d.docid FROM search_docs d
    WHERE NOT EXISTS (SELECT 1 FROM threads t WHERE t.id = d.post_id AND t.hidden = 0)
      AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.id = d.post_id AND a.hidden = 0))

-- name: orphan_docs
DELETE FROM search_docs
WHERE NOT EXISTS (SELECT 1 FROM threads t WHERE t.id = search_docs.post_id AND t.hidden = 0)
  AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.id = search_docs.post_id AND a.hidden = 0)

-- name: clear_tokens
DELETE FROM search_index

-- name: clear_docs
DELETE FROM search_docs

-- name: all_questions
-- A question is indexed with the asker's thanks (お礼コメント): its words find the thread too.
SELECT id AS post_id, id AS thread_id, title, body, COALESCE(thanks_body, local_thanks_body, '') AS thanks,
       created_ms
FROM threads WHERE hidden = 0

-- name: question_for_index
-- One question as it is indexed, with the thanks written here or on the server.
SELECT title, body, COALESCE(thanks_body, local_thanks_body, '') AS thanks, created_ms
FROM threads WHERE id = :id

-- name: all_answers
SELECT id AS post_id, thread_id, '' AS title, body, '' AS thanks, created_ms
FROM answers WHERE hidden = 0

-- name: match_newest
-- The newest matching posts of visible threads, from before :below (a document id).
SELECT d.thread_id, d.post_id, d.kind, s.rowid AS docid
FROM search_index s
JOIN search_docs d ON d.docid = s.rowid
JOIN threads t ON t.id = d.thread_id
WHERE search_index MATCH :match AND s.rowid < :below AND t.hidden = 0 {filters}
ORDER BY s.rowid DESC
LIMIT :limit

-- name: match_relevant
SELECT d.thread_id, d.post_id, d.kind, s.rowid AS docid
FROM search_index s
JOIN search_docs d ON d.docid = s.rowid
JOIN threads t ON t.id = d.thread_id
WHERE search_index MATCH :match AND t.hidden = 0 {filters}
ORDER BY s.rank
LIMIT :limit

-- name: match_across
-- Threads whose posts together have every word, newest first: the threads of the rarest word
-- (:first), newest first, each kept when its posts have the others too ({across}: one
-- "AND EXISTS (…)" for each). The words' posts are sets of document ids, made once; "+" keeps
-- SQLite from probing the thread's index once for every id in them.
WITH first AS MATERIALIZED (
    SELECT DISTINCT d.thread_id AS id FROM search_docs d
    WHERE d.docid IN (SELECT rowid FROM search_index WHERE search_index MATCH :first))
SELECT s.thread_id, s.thread_id AS post_id, {{entity.thread}} AS kind, s.created_ms AS docid
FROM (SELECT t.id AS thread_id, t.created_ms
      FROM first JOIN threads t ON t.id = first.id
      WHERE t.hidden = 0 {filters}
      ORDER BY t.created_ms DESC, t.id
      LIMIT -1) s
WHERE 1 {across}
LIMIT :limit

-- name: match_count
-- How many posts have a word, counted up to a bound: to start from the rarest.
SELECT COUNT(*) AS posts
FROM (SELECT 1 FROM search_index WHERE search_index MATCH :match LIMIT 20000)

-- name: filter_only
SELECT t.id AS thread_id, t.id AS post_id, {{entity.thread}} AS kind, t.created_ms AS docid
FROM threads t
WHERE t.hidden = 0 {filters}
ORDER BY t.created_ms DESC, t.id
LIMIT :limit

-- name: hit_thread
SELECT t.title, t.body, COALESCE(t.thanks_body, t.local_thanks_body, '') AS thanks, t.category_id,
       t.status, t.urgent, t.created_ms, t.answer_count, COALESCE(u.display_name, '') AS author_name
FROM threads t LEFT JOIN users u ON u.id = t.author_id
WHERE t.id = :id

-- name: hit_answer
SELECT a.body, a.created_ms, COALESCE(u.display_name, '') AS author_name
FROM answers a LEFT JOIN users u ON u.id = a.author_id
WHERE a.id = :id
