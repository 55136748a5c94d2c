-- name: save
INSERT INTO drafts (key, content, updated_ms) VALUES (:key, :content, :now)
ON CONFLICT (key) DO UPDATE SET content = excluded.content, updated_ms = excluded.updated_ms

-- name: get
SELECT content FROM drafts WHERE key = :key

-- name: remove
DELETE FROM drafts WHERE key = :key

-- name: all
-- With the thread an answer's or thanks' draft is for ("answer:<thread>").
SELECT d.key, d.content, d.updated_ms, t.id AS thread_id, t.title AS thread_title
FROM drafts d
LEFT JOIN threads t ON t.id = substr(d.key, instr(d.key, ':') + 1) AND instr(d.key, ':') > 0
ORDER BY d.updated_ms DESC, d.rowid DESC
