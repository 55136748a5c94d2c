-- name: insert
INSERT INTO outbox (id, kind, thread_id, target_id, payload, state, attempts, created_ms, updated_ms)
VALUES (:id, :kind, :thread_id, :target_id, :payload, 0, 0, :now, :now2)

-- name: get
SELECT seq, id, kind, thread_id, target_id, payload, state, attempts, error_code, last_error,
       created_ms, updated_ms
FROM outbox WHERE id = :id

-- name: list
SELECT seq, id, kind, thread_id, target_id, payload, state, attempts, error_code, last_error,
       created_ms, updated_ms
FROM outbox
WHERE kind <> 5 AND (state <> 1 OR updated_ms >= :sent_since)
ORDER BY seq DESC
LIMIT :limit

-- name: next_waiting
SELECT seq, id, kind, thread_id, target_id, payload, state, attempts, error_code, last_error,
       created_ms, updated_ms
FROM outbox WHERE state = 0 ORDER BY seq LIMIT 1

-- name: count_in_state
-- Views are bookkeeping, not something the user wrote: not counted.
SELECT COUNT(*) FROM outbox WHERE state = :state AND kind <> 5

-- name: set_state
UPDATE outbox
SET state = :state, error_code = :code, last_error = :error, updated_ms = :now
WHERE id = :id

-- name: attempted
UPDATE outbox SET attempts = attempts + 1, last_error = :error, updated_ms = :now WHERE id = :id

-- name: reset_attempts
UPDATE outbox SET state = 0, attempts = 0, error_code = NULL, last_error = NULL, updated_ms = :now
WHERE id = :id

-- name: set_payload
UPDATE outbox SET payload = :payload, updated_ms = :now WHERE id = :id

-- name: delete
DELETE FROM outbox WHERE id = :id

-- name: viewed_since
SELECT EXISTS (SELECT 1 FROM outbox WHERE kind = 5 AND thread_id = :thread_id AND created_ms >= :since)

-- name: local_thread
INSERT INTO threads (id, category_id, author_id, title, body, created_ms, last_activity_ms, status,
                     urgent, view_count, answer_count, best_answer_id, thanks_body, thanks_ms,
                     version, hidden, pending)
VALUES (:id, :category_id, :author_id, :title, :body, :now, :now2, 0, :urgent, 0, 0, NULL, NULL,
        NULL, 0, 0, 1)

-- name: local_thread_edit
UPDATE threads SET category_id = :category_id, title = :title, body = :body, urgent = :urgent
WHERE id = :id AND pending <> 0

-- name: local_answer
INSERT INTO answers (id, thread_id, author_id, body, created_ms, version, hidden, pending)
VALUES (:id, :thread_id, :author_id, :body, :now, 0, 0, 1)

-- name: local_answer_edit
UPDATE answers SET body = :body WHERE id = :id AND pending <> 0

-- name: thread_pending
UPDATE threads SET pending = :pending WHERE id = :id AND pending <> 0

-- name: answer_pending
UPDATE answers SET pending = :pending WHERE id = :id AND pending <> 0

-- name: local_thread_delete
DELETE FROM threads WHERE id = :id AND pending <> 0

-- name: local_answer_delete
DELETE FROM answers WHERE id = :id AND pending <> 0

-- name: local_best_answer
UPDATE threads SET local_best_answer_id = :answer_id WHERE id = :id

-- name: local_thanks
UPDATE threads SET local_thanks_body = :body, local_thanks_ms = :now WHERE id = :id
