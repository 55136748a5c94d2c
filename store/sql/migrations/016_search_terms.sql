-- The search index's terms, each once, written with their documents (SearchIndexer::flush): a
-- 1-character query lists the terms it starts from here, where fts5vocab read every posting of
-- them (114 ms for の on a million posts). A term stays when its documents go: it then matches
-- nothing. Filled here from the index as it is, and the index's segments are then merged into
-- one a step at a time in the background (Search::mergeIndex), as after a first sync.
CREATE TABLE search_terms (
    term  TEXT PRIMARY KEY
) WITHOUT ROWID;
-- step
CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_index, 'row');
-- step
INSERT INTO search_terms (term) SELECT term FROM temp.search_vocab;
-- step
DROP TABLE temp.search_vocab;
-- step
INSERT INTO sync_state (key, value)
SELECT 'search_merge', 'start' WHERE EXISTS (SELECT 1 FROM search_index_docsize)
ON CONFLICT (key) DO UPDATE SET value = excluded.value;
