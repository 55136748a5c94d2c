-- name: any
SELECT EXISTS (SELECT 1 FROM threads)

-- name: upsert
INSERT INTO threads (id, category_id, author_id, title, body, created_ms, last_activity_ms,
                     status, urgent, view_count, answer_count, best_answer_id, thanks_body,
                     thanks_ms, version, hidden)
VALUES (:id, :category_id, :author_id, :title, :body, :created_ms, :last_activity_ms,
        :status, :urgent, :view_count, :answer_count, :best_answer_id, :thanks_body,
        :thanks_ms, :version, :hidden)
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
    hidden = excluded.hidden

-- name: category_of
SELECT category_id FROM threads WHERE id = :id

-- name: page
-- A keyset page of one category's visible threads. {sort} is a column name chosen from a
-- fixed list by the store, {direction} ASC or DESC, {filters} fragments from below.
SELECT id, category_id, title, status, urgent, view_count, answer_count, created_ms,
       last_activity_ms, {sort}
FROM threads
WHERE hidden = 0 AND category_id IN ({categories}) {filters}
ORDER BY {sort} {direction}, id {direction}
LIMIT :limit

-- name: after_desc
AND ({sort}, id) < (:after_key, :after_id)

-- name: after_asc
AND ({sort}, id) > (:after_key, :after_id)

-- name: only_open
AND status = 0

-- name: only_resolved
AND status = 1

-- name: only_urgent
AND urgent = 1

-- name: only_unanswered
AND answer_count = 0

-- name: title_contains
AND title LIKE :title ESCAPE '\'

-- name: detail
SELECT t.id, t.category_id, t.author_id, t.title, t.body, t.created_ms, t.last_activity_ms,
       t.status, t.urgent, t.view_count, t.answer_count, t.best_answer_id, t.thanks_body,
       t.thanks_ms, t.version, t.hidden, u.display_name
FROM threads t LEFT JOIN users u ON u.id = t.author_id
WHERE t.id = :id

-- name: delete
DELETE FROM threads WHERE id = :id
