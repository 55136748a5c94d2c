-- name: any
SELECT EXISTS (SELECT 1 FROM threads) AS any_threads

-- name: upsert
INSERT INTO threads (id, category_id, author_id, title, body, created_ms, last_activity_ms,
                     status, urgent, view_count, answer_count, best_answer_id, thanks_body,
                     thanks_ms, version, hidden, revision, edited_ms, withdrawn, supplements,
                     hidden_reason)
VALUES (:id, :category_id, :author_id, :title, :body, :created_ms, :last_activity_ms,
        :status, :urgent, :view_count, :answer_count, :best_answer_id, :thanks_body,
        :thanks_ms, :version, :hidden, :revision, :edited_ms, :withdrawn, :supplements,
        :hidden_reason)
ON CONFLICT (id) DO UPDATE SET
    category_id = excluded.category_id,
    author_id = excluded.author_id,
    title = excluded.title,
    body = excluded.body,
    created_ms = excluded.created_ms,
    last_activity_ms = excluded.last_activity_ms,
    status = excluded.status,
    urgent = excluded.urgent,
    view_count = excluded.view_count,
    answer_count = excluded.answer_count,
    best_answer_id = excluded.best_answer_id,
    thanks_body = excluded.thanks_body,
    thanks_ms = excluded.thanks_ms,
    version = excluded.version,
    hidden = excluded.hidden,
    pending = {{local.synced}},
    -- What the user did here stays shown until the server has something for it.
    local_best_answer_id = CASE WHEN excluded.best_answer_id IS NULL
                                THEN threads.local_best_answer_id END,
    local_thanks_body = CASE WHEN excluded.thanks_body IS NULL THEN threads.local_thanks_body END,
    local_thanks_ms = CASE WHEN excluded.thanks_body IS NULL THEN threads.local_thanks_ms END,
    revision = excluded.revision,
    edited_ms = excluded.edited_ms,
    withdrawn = excluded.withdrawn,
    supplements = excluded.supplements,
    hidden_reason = excluded.hidden_reason,
    local_title = CASE WHEN excluded.revision <= threads.local_edit_base AND excluded.withdrawn = 0
                       THEN threads.local_title END,
    local_body = CASE WHEN excluded.revision <= threads.local_edit_base AND excluded.withdrawn = 0
                      THEN threads.local_body END,
    local_urgent = CASE WHEN excluded.revision <= threads.local_edit_base
                             AND excluded.withdrawn = 0
                        THEN threads.local_urgent END,
    local_edit_base = CASE WHEN excluded.revision <= threads.local_edit_base
                                AND excluded.withdrawn = 0
                           THEN threads.local_edit_base END,
    local_closed = CASE WHEN excluded.status = {{thread_status.open}} THEN threads.local_closed
                        ELSE 0 END,
    local_withdrawn = CASE WHEN excluded.withdrawn = 0 THEN threads.local_withdrawn ELSE 0 END

-- name: category_of
SELECT category_id FROM threads WHERE id = :id

-- name: page
-- A keyset page of one category's visible threads. {sort} is a column name chosen from a
-- fixed list by the store, {direction} ASC or DESC, {filters} fragments from below.
-- A withdrawn question leaves the list (its thread, opened by a link, shows a tombstone).
SELECT id, category_id, COALESCE(local_title, title) AS title,
       CASE WHEN local_best_answer_id IS NOT NULL THEN {{thread_status.resolved}}
            WHEN local_closed = 1 THEN {{thread_status.closed}} ELSE status END
           AS shown_status,
       COALESCE(local_urgent, urgent) AS urgent, view_count,
       answer_count + local_answers AS shown_answers, created_ms, last_activity_ms, pending
FROM threads
WHERE hidden = 0 AND withdrawn = 0 AND local_withdrawn = 0 AND category_id IN ({categories})
      {filters}
ORDER BY {sort} {direction}, id {direction}
LIMIT :limit

-- name: after_desc
AND ({sort}, id) < (:after_key, :after_id)

-- name: after_asc
AND ({sort}, id) > (:after_key, :after_id)

-- name: only_open
AND status = {{thread_status.open}} AND local_best_answer_id IS NULL AND local_closed = 0

-- name: only_resolved
AND (status = {{thread_status.resolved}} OR local_best_answer_id IS NOT NULL)

-- name: only_urgent
AND urgent = 1

-- name: only_unanswered
AND answer_count + local_answers = 0

-- name: title_contains
AND title LIKE :title ESCAPE '\'

-- name: reported_here
-- The thread's posts the user reported (appeal 0) or whose hiding they appealed (appeal 1) from
-- this profile: their reports and appeals are in the outbox, sent or not (a discarded one is
-- gone).
SELECT DISTINCT target_id, kind = {{outbox.appeal}} AS appeal FROM outbox
WHERE kind IN ({{outbox.report}}, {{outbox.appeal}})
  AND (target_id = :id OR target_id IN (SELECT id FROM answers WHERE thread_id = :id2))

-- name: thread_of_post
SELECT id AS thread_id FROM threads WHERE id = :id
UNION ALL
SELECT thread_id FROM answers WHERE id = :id2

-- name: detail
-- The thread as the reader sees it: with the best answer and thanks chosen here and not sent.
-- And with the user's edit, closing and withdrawal not yet on the server.
SELECT t.id, t.category_id, t.author_id,
       CASE WHEN t.local_withdrawn = 1 THEN '' ELSE COALESCE(t.local_title, t.title) END AS title,
       CASE WHEN t.local_withdrawn = 1 THEN '' ELSE COALESCE(t.local_body, t.body) END AS body,
       t.created_ms, t.last_activity_ms,
       CASE WHEN t.local_best_answer_id IS NOT NULL THEN {{thread_status.resolved}}
            WHEN t.local_closed = 1 OR t.local_withdrawn = 1 THEN {{thread_status.closed}}
            ELSE t.status END AS status,
       COALESCE(t.local_urgent, t.urgent) AS urgent, t.view_count, t.answer_count + t.local_answers AS answer_count,
       COALESCE(t.local_best_answer_id, t.best_answer_id) AS best_answer_id,
       COALESCE(t.local_thanks_body, t.thanks_body) AS thanks_body,
       COALESCE(t.local_thanks_ms, t.thanks_ms) AS thanks_ms,
       t.version, t.hidden, u.display_name AS author_name, t.pending,
       t.revision, t.edited_ms, MAX(t.withdrawn, t.local_withdrawn) AS withdrawn, t.hidden_reason,
       CASE WHEN t.local_withdrawn = 1 THEN NULL ELSE t.supplements END AS supplements,
       t.local_edit_base IS NOT NULL OR t.local_closed = 1 OR t.local_withdrawn = 1
           AS edit_waiting,
       EXISTS (SELECT 1 FROM outbox o
               WHERE o.thread_id = t.id AND o.kind = {{outbox.best_answer}}
                 AND o.state = {{outbox_state.waiting}}) AS best_answer_waiting,
       EXISTS (SELECT 1 FROM outbox o
               WHERE o.thread_id = t.id AND o.kind = {{outbox.thanks}}
                 AND o.state = {{outbox_state.waiting}}) AS thanks_waiting
FROM threads t LEFT JOIN users u ON u.id = t.author_id
WHERE t.id = :id

-- name: supplements_waiting
-- The user's supplements to the thread not yet in the server's row: waiting, or sent and not
-- pulled yet.
SELECT id, payload, created_ms FROM outbox
WHERE kind = {{outbox.supplement}} AND thread_id = :id AND state <> {{outbox_state.needs_attention}}
ORDER BY seq

-- name: delete
DELETE FROM threads WHERE id = :id
