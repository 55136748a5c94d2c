-- The index also holds the parts of Latin words (WordPress → word press, 80km → 80 km): posts
-- cached before this version are indexed again when the cache is next opened.
INSERT INTO sync_state (key, value) VALUES ('search_rebuild', '1')
ON CONFLICT (key) DO UPDATE SET value = excluded.value;
