-- name: save
INSERT INTO drafts (key, content, updated_ms) VALUES (:key, :content, :now)
ON CONFLICT (key) DO UPDATE SET content = excluded.content, updated_ms = excluded.updated_ms

-- name: get
SELECT content FROM drafts WHERE key = :key

-- name: remove
DELETE FROM drafts WHERE key = :key

-- name: all
SELECT key, content, updated_ms FROM drafts ORDER BY updated_ms DESC
