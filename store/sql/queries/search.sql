-- name: question_doc
SELECT search_docid AS docid, search_hash AS text_hash FROM threads WHERE id = :post_id

-- name: answer_doc
SELECT search_docid AS docid, search_hash AS text_hash FROM answers WHERE id = :post_id

-- name: doc_taken
SELECT 1 FROM search_index_docsize WHERE id = :docid

-- name: last_doc_in
-- Every document the index has, also those no post points at any more; of one length's bucket
-- (SearchRank).
SELECT MAX(id) AS docid FROM search_index_docsize
WHERE id BETWEEN :low AND :high AND id % :buckets = :bucket

-- name: set_question_doc
UPDATE threads SET search_docid = :docid, search_hash = :text_hash WHERE id = :post_id

-- name: set_answer_doc
UPDATE answers SET search_docid = :docid, search_hash = :text_hash WHERE id = :post_id

-- name: set_question_doc_at_row
-- The same for a post found by its row (the backlog and a rebuild read posts in row order).
UPDATE threads SET search_docid = :docid, search_hash = :text_hash WHERE rowid = :row_id

-- name: set_answer_doc_at_row
UPDATE answers SET search_docid = :docid, search_hash = :text_hash WHERE rowid = :row_id

-- name: insert_tokens
INSERT INTO search_index (rowid, tokens) VALUES (:docid, :tokens)

-- name: unlink_question
UPDATE threads SET search_docid = NULL, search_hash = NULL
WHERE id = :post_id AND search_docid IS NOT NULL

-- name: unlink_answer
UPDATE answers SET search_docid = NULL, search_hash = NULL
WHERE id = :post_id AND search_docid IS NOT NULL

-- name: any_post_indexed
-- Whether any post has a document (a first sync's posts have none until they are indexed).
SELECT EXISTS (SELECT 1 FROM threads WHERE search_docid IS NOT NULL)
    OR EXISTS (SELECT 1 FROM answers WHERE search_docid IS NOT NULL)

-- name: unlink_answers_of_thread
UPDATE answers SET search_docid = NULL, search_hash = NULL
WHERE thread_id = :thread_id AND search_docid IS NOT NULL

-- name: orphan_count
-- Documents of the index that no post points at.
SELECT (SELECT COUNT(*) FROM search_index_docsize)
     - (SELECT COUNT(*) FROM threads WHERE search_docid IS NOT NULL)
     - (SELECT COUNT(*) FROM answers WHERE search_docid IS NOT NULL) AS orphans

-- name: clear_tokens
INSERT INTO search_index (search_index) VALUES ('delete-all')

-- name: clear_question_docs
UPDATE threads SET search_docid = NULL, search_hash = NULL WHERE search_docid IS NOT NULL

-- name: clear_answer_docs
UPDATE answers SET search_docid = NULL, search_hash = NULL WHERE search_docid IS NOT NULL

-- name: question_for_index
-- One question as it is indexed, with the thanks written here or on the server.
SELECT title, body, COALESCE(thanks_body, local_thanks_body, '') AS thanks, created_ms
FROM threads WHERE id = :id

-- name: backlog_questions
-- The posts a first sync or a resync left for later (visible, with no document), in the order of
-- their rows, from where the last batch stopped; after the index is cleared, every post. A
-- question is indexed with the asker's thanks (お礼コメント): its words find the thread too.
SELECT rowid AS row_id, title, body,
       COALESCE(thanks_body, local_thanks_body, '') AS thanks, created_ms
FROM threads WHERE rowid > :after AND hidden = 0 AND search_docid IS NULL
ORDER BY rowid LIMIT :limit

-- name: backlog_answers
SELECT rowid AS row_id, '' AS title, body, '' AS thanks, created_ms
FROM answers WHERE rowid > :after AND hidden = 0 AND search_docid IS NULL
ORDER BY rowid LIMIT :limit

-- name: add_backlog
-- More posts left for later: counted, and the pass over them starts again from the first row
-- (a post left for later may be one it had passed).
INSERT INTO sync_state (key, value)
VALUES ('search_backlog', :posts), ('search_backlog_after', '0,0')
ON CONFLICT (key) DO UPDATE
SET value = CASE WHEN excluded.key = 'search_backlog'
                 THEN CAST(CAST(value AS INTEGER) + CAST(excluded.value AS INTEGER) AS TEXT)
                 ELSE excluded.value END

-- name: prefix_terms
-- The index's terms from :low up to :high (not included): those that start with a prefix.
SELECT term FROM search_terms WHERE term >= :low AND term < :high ORDER BY term LIMIT :max

-- name: add_terms
-- The terms of documents about to be written (a JSON array of text), those not there yet.
INSERT OR IGNORE INTO search_terms (term) SELECT value FROM json_each(:terms)

-- name: merge_step
-- FTS5's incremental merge: :pages below zero starts merging every segment into one, above zero
-- goes on with it, at most that many pages a step.
INSERT INTO search_index (search_index, rank) VALUES ('merge', :pages)

-- name: total_changes
SELECT total_changes() AS changes

-- name: match_newest
-- The newest matching posts of visible threads, from before :below (a document id). A document
-- is a question's or an answer's; one no post points at any more is left out.
SELECT COALESCE(a.thread_id, q.id) AS thread_id, COALESCE(a.id, q.id) AS post_id,
       CASE WHEN a.id IS NULL THEN {{entity.thread}} ELSE {{entity.answer}} END AS kind,
       s.rowid AS docid
FROM search_index s
LEFT JOIN answers a ON a.search_docid = s.rowid
LEFT JOIN threads q ON q.search_docid = s.rowid
JOIN threads t ON t.id = COALESCE(a.thread_id, q.id)
WHERE search_index MATCH :match AND s.rowid < :below AND t.hidden = 0 {filters}
ORDER BY s.rowid DESC
LIMIT :limit

-- name: match_relevant
-- The best matching posts of visible threads: the :documents best documents by bm25
-- (soudan_rank, which does not look at the others' lengths: see SearchRank), then their posts.
-- :documents of 0: every match, scored.
WITH best AS MATERIALIZED (
    SELECT rowid AS docid, soudan_rank(search_index, :documents) AS score
    FROM search_index WHERE search_index MATCH :match
    ORDER BY score LIMIT CASE WHEN :documents > 0 THEN :documents ELSE -1 END)
SELECT COALESCE(a.thread_id, q.id) AS thread_id, COALESCE(a.id, q.id) AS post_id,
       CASE WHEN a.id IS NULL THEN {{entity.thread}} ELSE {{entity.answer}} END AS kind,
       s.docid AS docid
FROM best s
LEFT JOIN answers a ON a.search_docid = s.docid
LEFT JOIN threads q ON q.search_docid = s.docid
JOIN threads t ON t.id = COALESCE(a.thread_id, q.id)
WHERE t.hidden = 0 {filters}
ORDER BY s.score
LIMIT :limit

-- name: match_across
-- Threads whose posts together have every word, newest first: the threads of the rarest word
-- (:first), newest first, each kept when its posts have the others too ({across}: one
-- "AND EXISTS (…)" for each). The words' documents are sets, made once; "+" keeps SQLite from
-- probing the thread's answers once for every document in them.
WITH hits AS MATERIALIZED (
    SELECT rowid AS docid FROM search_index WHERE search_index MATCH :first),
first AS MATERIALIZED (
    SELECT a.thread_id AS id FROM hits JOIN answers a ON a.search_docid = hits.docid
    UNION
    SELECT q.id FROM hits JOIN threads q ON q.search_docid = hits.docid)
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

-- name: add_orphans
INSERT INTO sync_state (key, value) VALUES ('search_orphans', :orphans)
ON CONFLICT (key) DO UPDATE
SET value = CAST(CAST(value AS INTEGER) + CAST(excluded.value AS INTEGER) AS TEXT)

-- name: set_orphans
INSERT INTO sync_state (key, value) VALUES ('search_orphans', :orphans)
ON CONFLICT (key) DO UPDATE SET value = excluded.value

-- name: rebuild_when_orphaned
-- Past a bound, the index is rebuilt when the cache is next opened.
INSERT INTO sync_state (key, value)
SELECT 'search_rebuild', '1' FROM sync_state
WHERE key = 'search_orphans' AND CAST(value AS INTEGER) > :bound
ON CONFLICT (key) DO UPDATE SET value = excluded.value
