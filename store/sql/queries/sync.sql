-- name: get
SELECT value FROM sync_state WHERE key = :key

-- name: set
INSERT INTO sync_state (key, value) VALUES (:key, :value)
ON CONFLICT (key) DO UPDATE SET value = excluded.value

-- name: seen
INSERT INTO resync_seen (kind, id) VALUES (:kind, :id) ON CONFLICT DO NOTHING

-- name: seen_clear
DELETE FROM resync_seen

-- name: any_rows
SELECT EXISTS (SELECT 1 FROM threads) OR EXISTS (SELECT 1 FROM categories)
       OR EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM answers)

-- name: sweep_answers
DELETE FROM answers
WHERE pending = 0
  AND NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = 3 AND s.id = answers.id)

-- name: sweep_threads
DELETE FROM threads
WHERE pending = 0
  AND NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = 2 AND s.id = threads.id)

-- name: sweep_users
DELETE FROM users
WHERE NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = 1 AND s.id = CAST(users.id AS TEXT))

-- name: sweep_categories
DELETE FROM categories
WHERE NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = 0 AND s.id = CAST(categories.id AS TEXT))

-- name: totals
SELECT (SELECT COUNT(*) FROM categories), (SELECT COUNT(*) FROM users),
       (SELECT COUNT(*) FROM threads WHERE hidden = 0), (SELECT COUNT(*) FROM answers WHERE hidden = 0)

-- name: sweep_mod_items
DELETE FROM mod_items
WHERE local_state = 0
  AND NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = 4 AND s.id = mod_items.id)
