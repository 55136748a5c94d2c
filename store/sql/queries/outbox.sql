-- name: insert
-- For the account the cache holds the board of; none before any account synced.
INSERT INTO outbox (id, kind, thread_id, target_id, target_number, payload, state, attempts,
                    created_ms, updated_ms, origin)
VALUES (:id, :kind, :thread_id, :target_id, :target_number, :payload, {{outbox_state.waiting}}, 0,
        :now, :now2,
        (SELECT value FROM sync_state WHERE key = 'origin' AND value <> ''))

-- name: get
SELECT seq, id, kind, thread_id, target_id, target_number, payload, state, attempts, error_code, last_error,
       created_ms, updated_ms, origin
FROM outbox WHERE id = :id

-- name: list
SELECT seq, id, kind, thread_id, target_id, target_number, payload, state, attempts, error_code, last_error,
       created_ms, updated_ms, origin
FROM outbox
WHERE kind NOT IN ({{outbox.bookkeeping}})
  AND (state <> {{outbox_state.sent}} OR updated_ms >= :sent_since)
ORDER BY seq DESC
LIMIT :limit

-- name: next_waiting
SELECT seq, id, kind, thread_id, target_id, target_number, payload, state, attempts, error_code, last_error,
       created_ms, updated_ms, origin
FROM outbox
WHERE state = {{outbox_state.waiting}}
  AND (origin IS NULL OR origin = (SELECT value FROM sync_state WHERE key = 'origin'))
ORDER BY seq LIMIT 1

-- name: count_in_state
-- Views and read marks are bookkeeping, not something the user wrote: not counted.
-- Items of another account are counted apart (count_elsewhere).
SELECT COUNT(*) AS count FROM outbox
WHERE state = :state AND kind NOT IN ({{outbox.bookkeeping}})
  AND (origin IS NULL OR origin = (SELECT value FROM sync_state WHERE key = 'origin'))

-- name: count_elsewhere
-- Unsent items written for another server or account than the cache's.
SELECT COUNT(*) AS count FROM outbox
WHERE state <> {{outbox_state.sent}} AND kind NOT IN ({{outbox.bookkeeping}})
  AND origin IS NOT NULL AND origin <> (SELECT value FROM sync_state WHERE key = 'origin')

-- name: insert_salvaged
-- An unsent item from a cache this version could not use, as it was there.
INSERT INTO outbox (id, kind, thread_id, target_id, target_number, payload, state, attempts,
                    error_code, last_error, created_ms, updated_ms, origin)
VALUES (:id, :kind, :thread_id, :target_id, :target_number, :payload, :state, 0, :error_code,
        :last_error, :created_ms, :now, :origin)
ON CONFLICT (id) DO NOTHING

-- name: adopt
-- Items written before any account synced belong to the first one that does.
UPDATE outbox SET origin = :origin WHERE origin IS NULL AND state <> {{outbox_state.sent}}

-- name: set_state
UPDATE outbox
SET state = :state, error_code = :code, last_error = :error, updated_ms = :now
WHERE id = :id

-- name: attempted
UPDATE outbox SET attempts = attempts + 1, last_error = :error, updated_ms = :now WHERE id = :id

-- name: reset_attempts
UPDATE outbox SET state = {{outbox_state.waiting}}, attempts = 0, error_code = NULL, last_error = NULL, updated_ms = :now
WHERE id = :id

-- name: set_payload
UPDATE outbox SET payload = :payload, updated_ms = :now WHERE id = :id

-- name: delete
DELETE FROM outbox WHERE id = :id

-- name: viewed_since
SELECT EXISTS (SELECT 1 FROM outbox
               WHERE kind = {{outbox.view}} AND thread_id = :thread_id AND created_ms >= :since)
       AS viewed

-- name: local_thread
INSERT INTO threads (id, category_id, author_id, title, body, created_ms, last_activity_ms, status,
                     urgent, view_count, answer_count, best_answer_id, thanks_body, thanks_ms,
                     version, hidden, pending)
VALUES (:id, :category_id, :author_id, :title, :body, :now, :now2, {{thread_status.open}}, :urgent,
        0, 0, NULL, NULL, NULL, 0, 0, {{local.waiting}})

-- name: local_thread_edit
UPDATE threads SET category_id = :category_id, title = :title, body = :body, urgent = :urgent
WHERE id = :id AND pending <> {{local.synced}}

-- name: local_answer
INSERT INTO answers (id, thread_id, author_id, body, created_ms, version, hidden, pending)
VALUES (:id, :thread_id, :author_id, :body, :now, 0, 0, {{local.waiting}})

-- name: local_answer_edit
UPDATE answers SET body = :body WHERE id = :id AND pending <> {{local.synced}}

-- name: thread_pending
UPDATE threads SET pending = :pending WHERE id = :id AND pending <> {{local.synced}}

-- name: answer_pending
UPDATE answers SET pending = :pending WHERE id = :id AND pending <> {{local.synced}}

-- name: local_thread_delete
DELETE FROM threads WHERE id = :id AND pending <> {{local.synced}}

-- name: local_answer_delete
DELETE FROM answers WHERE id = :id AND pending <> {{local.synced}}

-- name: local_best_answer
UPDATE threads SET local_best_answer_id = :answer_id WHERE id = :id

-- name: local_thanks
UPDATE threads SET local_thanks_body = :body, local_thanks_ms = :now WHERE id = :id

-- name: local_question_edit
-- The user's edit of their question over revision :base, shown until the server has a later one.
UPDATE threads
SET local_title = :title, local_body = :body, local_urgent = :urgent, local_edit_base = :base
WHERE id = :id AND revision <= :base2

-- name: local_question_edit_undo
UPDATE threads
SET local_title = NULL, local_body = NULL, local_urgent = NULL, local_edit_base = NULL
WHERE id = :id

-- name: local_answer_body_edit
UPDATE answers SET local_body = :body, local_edit_base = :base
WHERE id = :id AND revision <= :base2

-- name: local_answer_body_edit_undo
UPDATE answers SET local_body = NULL, local_edit_base = NULL WHERE id = :id

-- name: local_question_withdrawn
UPDATE threads SET local_withdrawn = :on WHERE id = :id AND withdrawn = 0

-- name: local_answer_withdrawn
UPDATE answers SET local_withdrawn = :on WHERE id = :id AND withdrawn = 0

-- name: local_closed
UPDATE threads SET local_closed = :on WHERE id = :id AND status = {{thread_status.open}}

-- name: question_edit_base
-- The revision the user's next edit is over: the one their waiting edit makes, or the server's.
SELECT COALESCE(local_edit_base + 1, revision) AS base FROM threads WHERE id = :id

-- name: answer_edit_base
SELECT COALESCE(local_edit_base + 1, revision) AS base FROM answers WHERE id = :id

-- name: question_revision
SELECT revision FROM threads WHERE id = :id

-- name: answer_revision
SELECT revision FROM answers WHERE id = :id
