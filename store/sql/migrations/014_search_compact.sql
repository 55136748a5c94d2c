-- A smaller search index. The index keeps no copy of its token text (contentless), has no
-- separate prefix index (a 1-character query reads the terms it starts), and a post's document
-- id lives on the post itself. Document ids are small and close together (the post's second
-- since 2000 times 4, plus a free slot), which shrinks every list of documents in the index.
-- An edited or hidden post leaves its old entries behind: they point at no post, so no search
-- finds them, and they are counted (sync_state search_orphans) until a rebuild drops them.
DROP TABLE search_index;
-- step
DROP TABLE search_docs;
-- step
ALTER TABLE threads ADD COLUMN search_docid INTEGER;
-- step
ALTER TABLE threads ADD COLUMN search_hash INTEGER;
-- step
ALTER TABLE answers ADD COLUMN search_docid INTEGER;
-- step
ALTER TABLE answers ADD COLUMN search_hash INTEGER;
-- step
-- From a document to its post and thread without reading the post's row (and its text).
CREATE INDEX threads_by_search_docid ON threads(search_docid, id)
    WHERE search_docid IS NOT NULL;
-- step
CREATE INDEX answers_by_search_docid ON answers(search_docid, thread_id)
    WHERE search_docid IS NOT NULL;
-- step
CREATE VIRTUAL TABLE search_index USING fts5(
    tokens, content = '', tokenize = 'ascii', detail = 'full');
-- step
INSERT INTO sync_state (key, value) VALUES ('search_rebuild', '1')
ON CONFLICT (key) DO UPDATE SET value = excluded.value;
