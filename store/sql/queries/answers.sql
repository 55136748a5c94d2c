-- name: upsert
INSERT INTO answers (id, thread_id, author_id, body, created_ms, version, hidden, revision,
                     edited_ms, withdrawn, hidden_reason)
VALUES (:id, :thread_id, :author_id, :body, :created_ms, :version, :hidden, :revision,
        :edited_ms, :withdrawn, :hidden_reason)
ON CONFLICT (id) DO UPDATE SET
    thread_id = excluded.thread_id,
    author_id = excluded.author_id,
    body = excluded.body,
    created_ms = excluded.created_ms,
    version = excluded.version,
    hidden = excluded.hidden,
    pending = {{local.synced}},
    revision = excluded.revision,
    edited_ms = excluded.edited_ms,
    withdrawn = excluded.withdrawn,
    hidden_reason = excluded.hidden_reason,
    -- The user's edit shows until the server has a later revision; a withdrawal until it has it.
    local_body = CASE WHEN excluded.revision <= answers.local_edit_base AND excluded.withdrawn = 0
                      THEN answers.local_body END,
    local_edit_base = CASE WHEN excluded.revision <= answers.local_edit_base
                                AND excluded.withdrawn = 0
                           THEN answers.local_edit_base END,
    local_withdrawn = CASE WHEN excluded.withdrawn = 0 THEN answers.local_withdrawn ELSE 0 END

-- name: of_thread
SELECT a.id, a.thread_id, a.author_id,
       CASE WHEN a.local_withdrawn = 1 THEN '' ELSE COALESCE(a.local_body, a.body) END AS body,
       a.created_ms, a.version, a.hidden, u.display_name AS author_name, a.pending,
       a.revision, a.edited_ms, MAX(a.withdrawn, a.local_withdrawn) AS withdrawn, a.hidden_reason,
       a.local_edit_base IS NOT NULL OR a.local_withdrawn = 1 AS edit_waiting
FROM answers a LEFT JOIN users u ON u.id = a.author_id
-- A hidden answer stays in its author's view (the server sends it to them and moderators only).
WHERE a.thread_id = :thread_id
  AND (a.hidden = 0
       OR a.author_id = (SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'me_id'))
ORDER BY a.created_ms, a.id

-- name: thread_of
SELECT thread_id FROM answers WHERE id = :id

-- name: delete
DELETE FROM answers WHERE id = :id

-- name: delete_of_thread
DELETE FROM answers WHERE thread_id = :thread_id
