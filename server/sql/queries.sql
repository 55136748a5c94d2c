-- Statements of soudan-server shared by SQLite and PostgreSQL; sqlite/queries.sql and
-- postgresql/queries.sql hold those that differ.

-- name: migrations_table
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_ms  BIGINT NOT NULL
)

-- name: migration_done
SELECT COUNT(*) AS count FROM schema_migrations WHERE version = :version

-- name: migration_record
INSERT INTO schema_migrations (version, name, applied_ms) VALUES (:version, :name, :now)

-- name: feed_advance
UPDATE feed_state SET last_seq = :last_seq WHERE id = 1

-- name: feed_touch
-- The transaction's changed rows, each once, at commit.
INSERT INTO feed (seq, kind, entity_id, deleted, changed_ms, owner_id)
VALUES {rows (:seq, :kind, :entity_id, :deleted, :now, :owner_id)}
ON CONFLICT (kind, entity_id) DO UPDATE SET
    seq = excluded.seq,
    deleted = excluded.deleted,
    changed_ms = excluded.changed_ms,
    owner_id = excluded.owner_id

-- name: feed_state
SELECT last_seq, horizon FROM feed_state WHERE id = 1

-- name: feed_page
-- Rows for everyone, and the reader's own.
SELECT seq, kind, entity_id, deleted FROM feed
WHERE seq > :cursor AND (owner_id IS NULL OR owner_id = :reader)
ORDER BY seq LIMIT :limit

-- name: user_insert
INSERT INTO users (login, display_name, role, password_hash, created_ms)
VALUES (:login, :display_name, :role, :password_hash, :now)
RETURNING id

-- name: user_upsert
INSERT INTO users (id, login, display_name, role, password_hash, created_ms)
VALUES (:id, NULL, :display_name, :role, NULL, :now)
ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, role = excluded.role

-- name: user_by_login
SELECT id, display_name, role, password_hash FROM users WHERE login = :login

-- name: user_rename
UPDATE users SET display_name = :display_name WHERE id = :id

-- name: users_by_ids
SELECT id, display_name, role FROM users WHERE id IN ({ids})

-- name: session_insert
INSERT INTO sessions (token_hash, user_id, created_ms, expires_ms)
VALUES (:token_hash, :user_id, :now, :expires)

-- name: session_user
SELECT u.id, u.display_name, u.role
FROM sessions s JOIN users u ON u.id = s.user_id
WHERE s.token_hash = :token_hash AND s.expires_ms > :now

-- name: session_delete
DELETE FROM sessions WHERE token_hash = :token_hash

-- name: sessions_of_user_delete
DELETE FROM sessions WHERE user_id = :user_id

-- name: user_set_password
-- A NULL hash signs in no more (a disabled account, as imported members are).
UPDATE users SET password_hash = :password_hash WHERE id = :id

-- name: sessions_expired_delete
DELETE FROM sessions WHERE expires_ms <= :now

-- name: categories_all
SELECT id, parent_id, name, side, sort_order FROM categories ORDER BY side, parent_id, sort_order, id

-- name: categories_by_ids
SELECT id, parent_id, name, side, sort_order FROM categories WHERE id IN ({ids})

-- name: category_by_name
SELECT id FROM categories WHERE name = :name ORDER BY id LIMIT 1

-- name: categories_max_id
SELECT COALESCE(MAX(id), 0) AS max_id FROM categories

-- name: category_upsert
INSERT INTO categories (id, parent_id, name, side, sort_order)
VALUES (:id, :parent_id, :name, :side, :sort_order)
ON CONFLICT (id) DO UPDATE SET
    parent_id = excluded.parent_id,
    name = excluded.name,
    side = excluded.side,
    sort_order = excluded.sort_order

-- name: thread_get
SELECT id, category_id, author_id, title, body, created_ms, last_activity_ms, status, urgent,
       view_count, answer_count, best_answer_id, thanks_body, thanks_ms, version, hidden,
       revision, edited_ms, withdrawn, supplements, hidden_reason
FROM threads WHERE id = :id

-- name: threads_by_ids
SELECT id, category_id, author_id, title, body, created_ms, last_activity_ms, status, urgent,
       view_count, answer_count, best_answer_id, thanks_body, thanks_ms, version, hidden,
       revision, edited_ms, withdrawn, supplements, hidden_reason
FROM threads WHERE id IN ({ids})

-- name: thread_upsert
INSERT INTO threads (id, category_id, author_id, title, body, created_ms, last_activity_ms, status,
                     urgent, view_count, answer_count, best_answer_id, thanks_body, thanks_ms,
                     version, hidden, revision, edited_ms, withdrawn, supplements, hidden_reason)
VALUES (:id, :category_id, :author_id, :title, :body, :created_ms, :last_activity_ms, :status,
        :urgent, :view_count, :answer_count, :best_answer_id, :thanks_body, :thanks_ms,
        :version, :hidden, :revision, :edited_ms, :withdrawn, :supplements, :hidden_reason)
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
    revision = excluded.revision,
    edited_ms = excluded.edited_ms,
    withdrawn = excluded.withdrawn,
    supplements = excluded.supplements,
    hidden_reason = excluded.hidden_reason

-- name: thread_answered
UPDATE threads
SET answer_count = answer_count + 1, last_activity_ms = :now, version = version + 1
WHERE id = :id

-- name: thread_best_answer
UPDATE threads
SET status = {{thread_status.resolved}}, best_answer_id = :answer_id, last_activity_ms = :now, version = version + 1
WHERE id = :id

-- name: thread_thanks
UPDATE threads
SET thanks_body = :body, thanks_ms = :now, last_activity_ms = :now, version = version + 1
WHERE id = :id

-- name: thread_viewed
UPDATE threads SET view_count = view_count + 1 WHERE id = :id

-- name: thread_set_hidden
UPDATE threads
SET hidden = :hidden, hidden_reason = :reason, hidden_ms = :now, version = version + 1
WHERE id = :id

-- name: post_id_use
-- One row: the answer with the id (NULLs when there is none), and how many questions have it.
SELECT a.id, a.thread_id, a.author_id, a.body, a.created_ms, a.version, a.hidden, a.revision,
       a.edited_ms, a.withdrawn, a.hidden_reason,
       (SELECT COUNT(*) FROM threads WHERE id = :id2) AS questions
FROM (SELECT 1 AS one) AS wanted LEFT JOIN answers a ON a.id = :id

-- name: answer_get
SELECT id, thread_id, author_id, body, created_ms, version, hidden, revision, edited_ms, withdrawn,
       hidden_reason
FROM answers WHERE id = :id

-- name: answers_by_ids
SELECT id, thread_id, author_id, body, created_ms, version, hidden, revision, edited_ms, withdrawn,
       hidden_reason
FROM answers WHERE id IN ({ids})

-- name: answer_ids_of_thread
SELECT id FROM answers WHERE thread_id = :thread_id

-- name: answer_upsert
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
    revision = excluded.revision,
    edited_ms = excluded.edited_ms,
    withdrawn = excluded.withdrawn,
    hidden_reason = excluded.hidden_reason

-- name: answer_set_hidden
UPDATE answers
SET hidden = :hidden, hidden_reason = :reason, hidden_ms = :now, version = version + 1
WHERE id = :id

-- name: revision_insert
-- A post's revision as it was before an edit or a withdrawal; written once.
INSERT INTO post_revisions (post_id, revision, title, body, urgent, written_ms)
VALUES (:post_id, :revision, :title, :body, :urgent, :written_ms)
ON CONFLICT (post_id, revision) DO NOTHING

-- name: revisions_of_post
SELECT revision, title, body, urgent, written_ms FROM post_revisions
WHERE post_id = :post_id ORDER BY revision

-- name: view_insert
INSERT INTO views (thread_id, user_id, day) VALUES (:thread_id, :user_id, :day)
ON CONFLICT DO NOTHING

-- name: hidden_threads_before
SELECT id FROM threads WHERE hidden = 1 AND hidden_ms < :before

-- name: hidden_answers_before
SELECT id FROM answers WHERE hidden = 1 AND hidden_ms < :before

-- name: answers_delete_of_thread
DELETE FROM answers WHERE thread_id = :id

-- name: thread_delete
DELETE FROM threads WHERE id = :id

-- name: answer_delete
DELETE FROM answers WHERE id = :id

-- name: views_delete_of_thread
DELETE FROM views WHERE thread_id = :id

-- name: tombstones_before
SELECT COALESCE(MAX(seq), 0) AS seq FROM feed WHERE deleted = 1 AND changed_ms < :before

-- name: tombstones_delete
DELETE FROM feed WHERE deleted = 1 AND seq <= :seq

-- name: feed_set_horizon
UPDATE feed_state SET horizon = :horizon WHERE id = 1 AND horizon < :horizon2

-- name: thread_recount
UPDATE threads
SET answer_count = (SELECT COUNT(*) FROM answers WHERE thread_id = :id AND hidden = 0),
    version = version + 1
WHERE id = :id2

-- name: report_get
SELECT id, target_kind, target_id, reporter_id, reason, note, created_ms, status
FROM reports WHERE id = :id

-- name: report_of_member
-- A member's report on a post (one per member per post; the oldest if older data has more).
SELECT id, target_kind, target_id, reporter_id, reason, note, created_ms, status
FROM reports WHERE target_id = :target_id AND reporter_id = :reporter_id
ORDER BY created_ms LIMIT 1

-- name: report_edit
UPDATE reports SET reason = :reason, note = :note WHERE id = :id

-- name: reports_of_member_since
SELECT COUNT(*) AS count FROM reports WHERE reporter_id = :reporter_id AND created_ms >= :since

-- name: reporters_undecided
-- The members whose reports on a post no decision has answered yet.
SELECT DISTINCT reporter_id FROM reports
WHERE target_id = :id AND reporter_id IS NOT NULL AND status = {{moderation_status.new}}

-- name: reports_decided
UPDATE reports SET status = {{moderation_status.resolved}}
WHERE target_id = :id AND status = {{moderation_status.new}}

-- name: report_insert
INSERT INTO reports (id, target_kind, target_id, thread_id, reporter_id, reason, note, created_ms,
                     status, version)
VALUES (:id, :target_kind, :target_id, :thread_id, :reporter_id, :reason, :note, :now,
        {{moderation_status.new}}, 1)
ON CONFLICT (id) DO NOTHING

-- name: idempotency_get
SELECT request_hash, status, body, created_ms FROM idempotency WHERE user_id = :user_id AND key = :key

-- name: idempotency_put
-- In the writing transaction, under the feed lock: a second row for a key is an error.
INSERT INTO idempotency (key, user_id, request_hash, status, body, created_ms)
VALUES (:key, :user_id, :request_hash, :status, :body, :now)

-- name: idempotency_finish
UPDATE idempotency SET status = :status, body = :body WHERE user_id = :user_id AND key = :key

-- name: idempotency_prune
DELETE FROM idempotency WHERE created_ms < :before

-- name: moditem_get
SELECT m.target_id, m.target_kind, m.thread_id, m.author_id, m.status, m.claimed_by,
       m.claimed_until_ms, m.resolution, m.resolution_reason, m.version, m.first_reported_ms,
       m.last_reported_ms, u.display_name AS claimed_by_name
FROM moderation_items m LEFT JOIN users u ON u.id = m.claimed_by
WHERE m.target_id = :id

-- name: moditem_ids
SELECT target_id FROM moderation_items ORDER BY last_reported_ms DESC LIMIT 2000

-- name: moditem_reports
SELECT id, reporter_id, reason, note, created_ms FROM reports WHERE target_id = :id
ORDER BY created_ms, id

-- name: moditem_audit
SELECT a.moderator_id, u.display_name, a.action, a.detail, a.at_ms
FROM moderation_audit a LEFT JOIN users u ON u.id = a.moderator_id
WHERE a.target_id = :id
ORDER BY a.at_ms, a.id

-- name: moditem_history
-- Every decision about the author's posts, this item's own once it is decided.
SELECT
    (SELECT COUNT(*) FROM moderation_items
     WHERE author_id = :author AND resolution = '{{resolution.hidden}}') AS hidden,
    (SELECT COUNT(*) FROM moderation_items
     WHERE author_id = :author2 AND resolution = '{{resolution.dismissed}}') AS dismissed,
    (SELECT COUNT(*) FROM user_warnings WHERE user_id = :author3) AS warnings

-- name: moditem_of_author
-- The author's other items: their history changes with a decision or a warning.
SELECT target_id FROM moderation_items WHERE author_id = :author AND target_id <> :id

-- name: moditem_reported
-- A new report opens the item, or opens it again when it was dismissed or restored.
INSERT INTO moderation_items (target_id, target_kind, thread_id, author_id, status, version,
                              first_reported_ms, last_reported_ms, updated_ms)
VALUES (:id, :kind, :thread_id, :author_id, {{moderation_status.new}}, 1, :now, :now2, :now3)
ON CONFLICT (target_id) DO UPDATE SET
    last_reported_ms = excluded.last_reported_ms,
    updated_ms = excluded.updated_ms,
    version = moderation_items.version + 1,
    status = CASE WHEN moderation_items.status = {{moderation_status.resolved}}
                       AND moderation_items.resolution <> '{{resolution.hidden}}'
                  THEN {{moderation_status.new}} ELSE moderation_items.status END,
    resolution = CASE WHEN moderation_items.status = {{moderation_status.resolved}}
                           AND moderation_items.resolution <> '{{resolution.hidden}}'
                      THEN NULL ELSE moderation_items.resolution END

-- name: moditem_claim
UPDATE moderation_items
SET status = {{moderation_status.claimed}}, claimed_by = :user_id, claimed_until_ms = :until, version = version + 1,
    updated_ms = :now
WHERE target_id = :id

-- name: moditem_resolve
UPDATE moderation_items
SET status = :status, claimed_by = NULL, claimed_until_ms = NULL, resolution = :resolution,
    resolution_reason = :reason, version = version + 1, updated_ms = :now
WHERE target_id = :id

-- name: moditem_appealed
-- The author's appeal opens the item again, unclaimed, for any moderator.
UPDATE moderation_items
SET status = {{moderation_status.new}}, claimed_by = NULL, claimed_until_ms = NULL,
    resolution = :resolution, version = version + 1, updated_ms = :now
WHERE target_id = :id

-- name: moditem_touched
UPDATE moderation_items SET updated_ms = :now WHERE target_id = :id

-- name: audit_insert
INSERT INTO moderation_audit (target_id, moderator_id, action, detail, at_ms)
VALUES (:id, :moderator_id, :action, :detail, :now)

-- name: warning_insert
INSERT INTO user_warnings (user_id, moderator_id, target_id, message, at_ms)
VALUES (:user_id, :moderator_id, :id, :message, :now)

-- name: notification_insert
-- One notification for several users at once.
INSERT INTO notifications (user_id, kind, thread_id, post_id, actor_id, detail, at_ms, is_read)
VALUES {rows (:user_id, :kind, :thread_id, :post_id, :actor_id, :detail, :at_ms, 0)}
RETURNING id, user_id

-- name: notifications_by_ids
SELECT id, kind, thread_id, post_id, actor_id, detail, at_ms, is_read
FROM notifications WHERE user_id = :user_id AND id IN ({ids})

-- name: notification_read
UPDATE notifications SET is_read = 1 WHERE id = :id AND user_id = :user_id

-- name: thread_states_by_ids
SELECT thread_id, level, read_ms FROM thread_states
WHERE user_id = :user_id AND thread_id IN ({ids})

-- name: thread_state_put
INSERT INTO thread_states (user_id, thread_id, level, read_ms)
VALUES (:user_id, :thread_id, :level, :read_ms)
ON CONFLICT (user_id, thread_id) DO UPDATE SET level = excluded.level, read_ms = excluded.read_ms

-- name: thread_levels
-- The members who set a level of their own for a thread.
SELECT user_id, level FROM thread_states WHERE thread_id = :thread_id AND level IS NOT NULL

-- name: thread_followers
-- The levels members set for a thread (answered 0), and those who answered it (answered 1).
SELECT user_id, level, 0 AS answered FROM thread_states
WHERE thread_id = :thread_id AND level IS NOT NULL
UNION ALL
SELECT DISTINCT author_id, NULL, 1 FROM answers WHERE thread_id = :thread_id2 AND hidden = 0

-- name: category_states_by_ids
SELECT category_id, level, seen_ms, read_ms FROM category_states
WHERE user_id = :user_id AND category_id IN ({ids})

-- name: category_state_put
INSERT INTO category_states (user_id, category_id, level, seen_ms, read_ms)
VALUES (:user_id, :category_id, :level, :seen_ms, :read_ms)
ON CONFLICT (user_id, category_id) DO UPDATE SET
    level = excluded.level, seen_ms = excluded.seen_ms, read_ms = excluded.read_ms

-- name: category_levels
-- The members who set a level for any of the categories.
SELECT user_id, category_id, level FROM category_states
WHERE category_id IN ({ids}) AND level IS NOT NULL

-- name: restriction_get
SELECT user_id, kind, until_ms, reason FROM restrictions WHERE user_id = :user_id

-- name: restriction_put
INSERT INTO restrictions (user_id, kind, until_ms, reason, moderator_id, created_ms)
VALUES (:user_id, :kind, :until_ms, :reason, :moderator_id, :now)
ON CONFLICT (user_id) DO UPDATE SET
    kind = excluded.kind,
    until_ms = excluded.until_ms,
    reason = excluded.reason,
    moderator_id = excluded.moderator_id,
    created_ms = excluded.created_ms

-- name: restriction_delete
DELETE FROM restrictions WHERE user_id = :user_id

-- name: user_role
SELECT role FROM users WHERE id = :id
