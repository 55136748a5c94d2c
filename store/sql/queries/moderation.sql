-- name: upsert
-- The server's item; what was done here and not yet confirmed stays.
INSERT INTO mod_items (id, thread_id, status, version, last_reported_ms, data)
VALUES (:id, :thread_id, :status, :version, :last_reported_ms, :data)
ON CONFLICT (id) DO UPDATE SET
    thread_id = excluded.thread_id,
    status = excluded.status,
    version = excluded.version,
    last_reported_ms = excluded.last_reported_ms,
    data = excluded.data

-- name: delete
DELETE FROM mod_items WHERE id = :id

-- name: list
-- Each item with what the queue shows of its post: the thread (its category and title, the
-- question's text) and, for an answer, the answer's text, with the author's name.
SELECT m.id, m.data, m.local_action, m.local_state, t.category_id, t.title,
       COALESCE(a.body, t.body) AS post_text,
       COALESCE(ua.display_name, ut.display_name) AS author_name
FROM mod_items m
LEFT JOIN threads t ON t.id = m.thread_id
LEFT JOIN answers a ON a.id = m.id
LEFT JOIN users ut ON ut.id = t.author_id
LEFT JOIN users ua ON ua.id = a.author_id
{where}
ORDER BY m.last_reported_ms DESC, m.id

-- name: version
SELECT version, thread_id FROM mod_items WHERE id = :id

-- name: local_action
UPDATE mod_items SET local_action = :action, local_state = :state WHERE id = :id

-- name: settled
-- An action the server confirmed: the item shows the server's state again, unless more of this
-- moderator's actions on it wait.
UPDATE mod_items SET local_action = NULL, local_state = {{local.synced}}
WHERE id = :id
  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.target_id = :id2 AND o.kind >= {{outbox.moderation_claim}}
                  AND o.state <> {{outbox_state.sent}})

-- name: waiting_for
-- This moderator's waiting actions on an item that name the version they were decided on.
SELECT id, payload FROM outbox
WHERE target_id = :id
  AND kind IN ({{outbox.moderation_claim}}, {{outbox.moderation_resolve}},
               {{outbox.moderation_restore}})
  AND state = {{outbox_state.waiting}}
ORDER BY seq

-- name: users_with_names
SELECT id, display_name FROM users WHERE id IN ({ids})
