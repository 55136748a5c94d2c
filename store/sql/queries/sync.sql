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
       OR EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM answers) AS any_rows

-- name: sweep_answers
DELETE FROM answers
WHERE pending = {{local.synced}}
  AND NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = {{entity.answer}} AND s.id = answers.id)

-- name: sweep_threads
DELETE FROM threads
WHERE pending = {{local.synced}}
  AND NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = {{entity.thread}} AND s.id = threads.id)

-- name: sweep_users
DELETE FROM users
WHERE NOT EXISTS (SELECT 1 FROM resync_seen s
                  WHERE s.kind = {{entity.user}} AND s.id = CAST(users.id AS TEXT))

-- name: sweep_categories
DELETE FROM categories
WHERE NOT EXISTS (SELECT 1 FROM resync_seen s
                  WHERE s.kind = {{entity.category}} AND s.id = CAST(categories.id AS TEXT))

-- name: totals
SELECT (SELECT COUNT(*) FROM categories) AS categories, (SELECT COUNT(*) FROM users) AS users,
       (SELECT COUNT(*) FROM threads WHERE hidden = 0) AS threads,
       (SELECT COUNT(*) FROM answers WHERE hidden = 0) AS answers

-- name: sweep_mod_items
DELETE FROM mod_items
WHERE local_state = {{local.synced}}
  AND NOT EXISTS (SELECT 1 FROM resync_seen s WHERE s.kind = {{entity.report}} AND s.id = mod_items.id)
