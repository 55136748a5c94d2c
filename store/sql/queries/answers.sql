-- name: upsert
INSERT INTO answers (id, thread_id, author_id, body, created_ms, version, hidden)
VALUES (:id, :thread_id, :author_id, :body, :created_ms, :version, :hidden)
ON CONFLICT (id) DO UPDATE SET
    thread_id = excluded.thread_id,
    author_id = excluded.author_id,
    body = excluded.body,
    created_ms = excluded.created_ms,
    version = excluded.version,
    hidden = excluded.hidden,
    pending = {{local.synced}}

-- name: of_thread
SELECT a.id, a.thread_id, a.author_id, a.body, a.created_ms, a.version, a.hidden,
       u.display_name AS author_name, a.pending
FROM answers a LEFT JOIN users u ON u.id = a.author_id
WHERE a.thread_id = :thread_id AND a.hidden = 0
ORDER BY a.created_ms, a.id

-- name: thread_of
SELECT thread_id FROM answers WHERE id = :id

-- name: delete
DELETE FROM answers WHERE id = :id

-- name: delete_of_thread
DELETE FROM answers WHERE thread_id = :thread_id
