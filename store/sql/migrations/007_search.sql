-- Search: every visible question and answer as the tokens of domain/searchtext (CJK bigrams and
-- words, space-separated) in an FTS5 table. A document's id orders posts by time (its creation in
-- milliseconds times 1024, plus a number that makes it unique), so the newest matches come first
-- without sorting them all. text_hash lets an unchanged post skip indexing on the next upsert.
CREATE TABLE search_docs (
    docid      INTEGER PRIMARY KEY,
    post_id    TEXT NOT NULL UNIQUE,
    thread_id  TEXT NOT NULL,
    kind       INTEGER NOT NULL,   -- 2 question, 3 answer
    text_hash  INTEGER NOT NULL
);
-- step
CREATE INDEX search_docs_by_thread ON search_docs(thread_id);
-- step
CREATE VIRTUAL TABLE search_index USING fts5(tokens, tokenize = 'ascii', detail = 'full', prefix = '1');
-- step
-- Posts cached before this version are indexed when the cache is next opened.
INSERT INTO sync_state (key, value) VALUES ('search_rebuild', '1')
ON CONFLICT (key) DO UPDATE SET value = excluded.value;
