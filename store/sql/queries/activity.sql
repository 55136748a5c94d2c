-- What is new for the user: notifications, follow levels and read marks
-- (migrations/008_activity.sql).

-- name: notification_upsert
-- The server's row; what happened here (read here, shown on the desktop) stays.
INSERT INTO notifications (id, kind, thread_id, post_id, actor_id, detail, at_ms, is_read)
VALUES (:id, :kind, :thread_id, :post_id, :actor_id, :detail, :at_ms, :is_read)
ON CONFLICT (id) DO UPDATE SET
    kind = excluded.kind,
    thread_id = excluded.thread_id,
    post_id = excluded.post_id,
    actor_id = excluded.actor_id,
    detail = excluded.detail,
    at_ms = excluded.at_ms,
    is_read = excluded.is_read

-- name: notification_delete
DELETE FROM notifications WHERE id = :id

-- name: notification_read_here
UPDATE notifications SET read_here = 1 WHERE id = :id

-- name: thread_state_upsert
-- The server's level and mark; what was set here stays until settled.
INSERT INTO thread_marks (thread_id, level, read_ms, last_other_ms)
VALUES (:thread_id, :level, :read_ms,
        COALESCE((SELECT MAX(a.created_ms) FROM answers a
                  WHERE a.thread_id = :thread_id2 AND a.hidden = 0 AND a.author_id <> :me), 0))
ON CONFLICT (thread_id) DO UPDATE SET level = excluded.level, read_ms = excluded.read_ms

-- name: thread_state_delete
UPDATE thread_marks SET level = NULL, read_ms = 0 WHERE thread_id = :thread_id

-- name: thread_local
-- Makes the thread's row, with the time of the newest answer by someone else, if it is missing.
INSERT INTO thread_marks (thread_id, last_other_ms)
VALUES (:thread_id,
        COALESCE((SELECT MAX(a.created_ms) FROM answers a
                  WHERE a.thread_id = :thread_id2 AND a.hidden = 0 AND a.author_id <> :me), 0))
ON CONFLICT (thread_id) DO NOTHING

-- name: thread_local_level
UPDATE thread_marks SET local_item = :item, local_level = :level WHERE thread_id = :thread_id

-- name: thread_local_read
UPDATE thread_marks SET local_read_ms = MAX(local_read_ms, :read_ms) WHERE thread_id = :thread_id

-- name: thread_level_settled
-- The outbox item that set the level is done with: the server's level shows.
UPDATE thread_marks SET local_item = NULL, local_level = NULL WHERE local_item = :item

-- name: thread_follow
SELECT f.thread_id, f.own_level, f.read_mark, f.watching, f.asked, f.answered,
       m.local_item, t.category_id, t.last_activity_ms, t.pending
FROM threads t
LEFT JOIN thread_follow f ON f.thread_id = t.id
LEFT JOIN thread_marks m ON m.thread_id = t.id
WHERE t.id = :thread_id

-- name: thread_read_mark
-- How far the thread is read: its own mark, its categories' and the whole board's.
SELECT t.last_activity_ms, t.pending,
       MAX(COALESCE(f.read_mark, 0), COALESCE(c.read_ms, 0)) AS read_mark
FROM threads t
LEFT JOIN thread_follow f ON f.thread_id = t.id
LEFT JOIN category_effective c ON c.category_id = t.category_id
WHERE t.id = :thread_id

-- name: category_state_upsert
INSERT INTO category_marks (category_id, level, seen_ms, read_ms)
VALUES (:category_id, :level, :seen_ms, :read_ms)
ON CONFLICT (category_id) DO UPDATE SET
    level = excluded.level, seen_ms = excluded.seen_ms, read_ms = excluded.read_ms

-- name: category_state_delete
UPDATE category_marks SET level = NULL, seen_ms = 0, read_ms = 0 WHERE category_id = :category_id

-- name: category_local
INSERT INTO category_marks (category_id) VALUES (:category_id)
ON CONFLICT (category_id) DO NOTHING

-- name: category_local_level
UPDATE category_marks SET local_item = :item, local_level = :level
WHERE category_id = :category_id

-- name: category_local_marks
UPDATE category_marks
SET local_seen_ms = MAX(local_seen_ms, :seen_ms), local_read_ms = MAX(local_read_ms, :read_ms)
WHERE category_id = :category_id

-- name: category_level_settled
UPDATE category_marks SET local_item = NULL, local_level = NULL WHERE local_item = :item

-- name: category_marks
SELECT category_id, local_item,
       CASE WHEN local_item IS NOT NULL THEN local_level ELSE level END AS own_level,
       MAX(seen_ms, local_seen_ms) AS seen_mark, MAX(read_ms, local_read_ms) AS read_mark
FROM category_marks
WHERE category_id = :category_id

-- name: category_effective
SELECT category_id, level, level_from, new_since_ms, read_ms
FROM category_effective WHERE category_id = :category_id

-- name: effective_clear
DELETE FROM category_effective

-- name: effective_fill
-- Per category: the nearest level on it or its parents, and the latest marks of it, its parents
-- and the whole board (0). Threads created before the cache first synced are never new.
WITH RECURSIVE
    own (category_id, level, seen_mark, read_mark) AS (
        SELECT category_id, CASE WHEN local_item IS NOT NULL THEN local_level ELSE level END,
               MAX(seen_ms, local_seen_ms), MAX(read_ms, local_read_ms)
        FROM category_marks),
    chain (category_id, ancestor, depth) AS (
        SELECT id, id, 0 FROM categories
        UNION ALL
        SELECT chain.category_id, c.parent_id, chain.depth + 1
        FROM chain JOIN categories c ON c.id = chain.ancestor
        WHERE c.parent_id IS NOT NULL AND chain.depth < 8),
    board (seen_mark, read_mark, first_sync) AS (
        SELECT COALESCE((SELECT seen_mark FROM own WHERE category_id = 0), 0),
               COALESCE((SELECT read_mark FROM own WHERE category_id = 0), 0),
               COALESCE(CAST(NULLIF((SELECT value FROM sync_state WHERE key = 'new_since_ms'), '')
                             AS INTEGER), 9000000000000000))
INSERT INTO category_effective (category_id, level, level_from, new_since_ms, read_ms)
SELECT c.id,
       (SELECT o.level FROM chain ch JOIN own o ON o.category_id = ch.ancestor
        WHERE ch.category_id = c.id AND o.level IS NOT NULL ORDER BY ch.depth LIMIT 1),
       (SELECT o.category_id FROM chain ch JOIN own o ON o.category_id = ch.ancestor
        WHERE ch.category_id = c.id AND o.level IS NOT NULL ORDER BY ch.depth LIMIT 1),
       MAX(b.first_sync, b.seen_mark, b.read_mark,
           COALESCE((SELECT MAX(MAX(o.seen_mark, o.read_mark)) FROM chain ch
                     JOIN own o ON o.category_id = ch.ancestor WHERE ch.category_id = c.id), 0)),
       MAX(b.read_mark,
           COALESCE((SELECT MAX(o.read_mark) FROM chain ch
                     JOIN own o ON o.category_id = ch.ancestor WHERE ch.category_id = c.id), 0))
FROM categories c, board b

-- name: settle_notifications
-- Notifications that a read mark covers (of their thread, its categories, the whole board) are
-- read here.
UPDATE notifications SET read_here = 1
WHERE is_read = 0 AND read_here = 0
  AND at_ms <= MAX(
      COALESCE((SELECT f.read_mark FROM thread_follow f WHERE f.thread_id = notifications.thread_id), 0),
      COALESCE((SELECT c.read_ms FROM threads t JOIN category_effective c ON c.category_id = t.category_id
                WHERE t.id = notifications.thread_id), 0),
      COALESCE((SELECT MAX(read_ms, local_read_ms) FROM category_marks WHERE category_id = 0), 0))

-- name: board_time
-- The newest time of the board as the server has it: marks set here are never later.
SELECT MAX(COALESCE((SELECT MAX(last_activity_ms) FROM threads WHERE pending = {{local.synced}}), 0),
           COALESCE((SELECT MAX(at_ms) FROM notifications), 0)) AS board_ms

-- name: new_counts
-- Threads created since the user last looked at their category, not opened, not by the user,
-- not in a muted category or muted themselves.
-- CROSS JOIN: category by category, each a range of threads_newest (not a scan of all threads).
SELECT t.category_id, COUNT(*) AS count
FROM category_effective c
CROSS JOIN threads t ON t.category_id = c.category_id AND t.hidden = 0
                        AND t.created_ms > c.new_since_ms
LEFT JOIN thread_follow f ON f.thread_id = t.id
WHERE t.pending = {{local.synced}} AND t.author_id <> :me AND COALESCE(f.read_mark, 0) < t.created_ms
  AND COALESCE(f.own_level, c.level, '') <> '{{level.muted}}'
GROUP BY t.category_id

-- name: unread_counts
-- Threads the user follows with answers by others newer than they read.
-- From the followed threads alone: their marks keep their category (NULL when hidden or gone).
SELECT f.category_id, COUNT(*) AS count
FROM thread_follow f
JOIN category_effective c ON c.category_id = f.category_id
WHERE f.watching AND f.last_other_ms > MAX(f.read_mark, c.read_ms)
GROUP BY f.category_id

-- name: page_marks
-- What is new in each thread of a page of the list ({ids}).
SELECT t.id,
       t.pending = {{local.synced}} AND t.author_id <> :me AND t.created_ms > c.new_since_ms
           AND COALESCE(f.read_mark, 0) < t.created_ms
           AND COALESCE(f.own_level, c.level, '') <> '{{level.muted}}' AS is_new,
       CASE WHEN f.watching AND f.last_other_ms > MAX(f.read_mark, c.read_ms)
            THEN (SELECT COUNT(*) FROM answers a
                  WHERE a.thread_id = t.id AND a.hidden = 0 AND a.author_id <> :me2
                    AND a.created_ms > MAX(f.read_mark, c.read_ms))
            ELSE 0 END AS unread_answers
FROM threads t
LEFT JOIN thread_follow f ON f.thread_id = t.id
LEFT JOIN category_effective c ON c.category_id = t.category_id
WHERE t.id IN ({ids})

-- name: notifications
-- The newest notifications, with who did it and where.
SELECT n.id, n.kind, n.thread_id, n.post_id, n.actor_id, n.detail, n.at_ms, n.is_read,
       n.is_read = 0 AND n.read_here = 0 AS unread,
       u.display_name AS actor_name, t.title AS thread_title, t.category_id
FROM notifications n
LEFT JOIN users u ON u.id = n.actor_id
LEFT JOIN threads t ON t.id = n.thread_id AND t.hidden = 0
ORDER BY n.at_ms DESC, n.id DESC
LIMIT :limit

-- name: unread_count
SELECT COUNT(*) AS count FROM notifications WHERE is_read = 0 AND read_here = 0

-- name: unshown
-- Unread notifications not yet shown on the desktop, oldest first.
SELECT n.id, n.kind, n.thread_id, n.post_id, n.actor_id, n.detail, n.at_ms, n.is_read,
       1 AS unread, u.display_name AS actor_name, t.title AS thread_title, t.category_id
FROM notifications n
LEFT JOIN users u ON u.id = n.actor_id
LEFT JOIN threads t ON t.id = n.thread_id AND t.hidden = 0
WHERE n.is_read = 0 AND n.read_here = 0 AND n.shown = 0
ORDER BY n.at_ms, n.id

-- name: shown
UPDATE notifications SET shown = 1 WHERE is_read = 0 AND read_here = 0 AND shown = 0

-- name: all_shown
UPDATE notifications SET shown = 1 WHERE shown = 0

-- name: my_questions
-- The user's questions, newest first, with their answers by others not read yet.
SELECT t.id, t.category_id, t.title,
       CASE WHEN t.local_best_answer_id IS NOT NULL THEN {{thread_status.resolved}} ELSE t.status END
           AS shown_status,
       t.urgent, t.view_count,
       t.answer_count + t.local_answers AS shown_answers, t.created_ms, t.last_activity_ms,
       t.pending,
       (SELECT COUNT(*) FROM answers a
        WHERE a.thread_id = t.id AND a.hidden = 0 AND a.author_id <> :me
          AND a.created_ms > MAX(f.read_mark, COALESCE(c.read_ms, 0))) AS unread_answers
-- One's own questions stay listed when a moderator hid them.
FROM thread_follow f
JOIN threads t ON t.id = f.thread_id
LEFT JOIN category_effective c ON c.category_id = t.category_id
WHERE f.asked = 1
ORDER BY t.created_ms DESC
LIMIT :limit

-- name: my_answers
-- The user's answers, newest first, with their thread and whether it is the best answer.
-- CROSS JOIN keeps this order: from the few threads the user answered to their answers. Left
-- to itself, SQLite read every answer of the cache (seconds at 500,000, after every page of a
-- sync, on the GUI thread: bench_gui_sync).
SELECT a.id, a.thread_id, a.body, a.created_ms, a.pending, t.title, t.category_id,
       COALESCE(t.local_best_answer_id, t.best_answer_id) = a.id AS best
FROM thread_follow f
CROSS JOIN answers a ON a.thread_id = f.thread_id AND a.author_id = :me
CROSS JOIN threads t ON t.id = a.thread_id AND t.hidden = 0
WHERE f.answered = 1
ORDER BY a.created_ms DESC
LIMIT :limit

-- name: clear_mine
-- Another user's cache: their notifications and marks go.
DELETE FROM notifications

-- name: clear_thread_marks
DELETE FROM thread_marks

-- name: clear_category_marks
DELETE FROM category_marks

-- name: reset_mine
UPDATE thread_marks SET asked = 0, answered = 0

-- name: board_created
SELECT COALESCE(MAX(created_ms), 0) AS created_ms FROM threads WHERE pending = {{local.synced}}

-- name: rebuild_asked
INSERT INTO thread_marks (thread_id, asked)
SELECT id, 1 FROM threads WHERE author_id = :me
ON CONFLICT (thread_id) DO UPDATE SET asked = 1

-- name: rebuild_answered
INSERT INTO thread_marks (thread_id, answered)
SELECT DISTINCT thread_id, 1 FROM answers WHERE author_id = :me
ON CONFLICT (thread_id) DO UPDATE SET answered = 1

-- name: rebuild_last_other
UPDATE thread_marks
SET last_other_ms = COALESCE((SELECT MAX(a.created_ms) FROM answers a
                              WHERE a.thread_id = thread_marks.thread_id AND a.hidden = 0
                                AND a.author_id <> :me), 0)

-- name: sweep_notifications
DELETE FROM notifications
WHERE NOT EXISTS (SELECT 1 FROM resync_seen s
                  WHERE s.kind = {{entity.notification}} AND s.id = CAST(notifications.id AS TEXT))

-- name: sweep_thread_states
UPDATE thread_marks SET level = NULL, read_ms = 0
WHERE NOT EXISTS (SELECT 1 FROM resync_seen s
                  WHERE s.kind = {{entity.thread_state}} AND s.id = thread_marks.thread_id)

-- name: sweep_category_states
UPDATE category_marks SET level = NULL, seen_ms = 0, read_ms = 0
WHERE NOT EXISTS (SELECT 1 FROM resync_seen s
                  WHERE s.kind = {{entity.category_state}}
                    AND s.id = CAST(category_marks.category_id AS TEXT))
