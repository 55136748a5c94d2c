-- What is new for each member: the notifications made for them, how closely they follow threads
-- and categories, and how far they have read. All of it is private to its user: the feed's
-- owner_id sends a row to that user alone (NULL: a row for everyone).
ALTER TABLE feed ADD COLUMN owner_id {{integer}};
-- step
CREATE TABLE notifications (
    id         {{identity}},
    user_id    {{integer}} NOT NULL,
    kind       TEXT NOT NULL,                -- answer, best_answer, thanks, followed_answer, new_thread, …
    thread_id  TEXT,
    post_id    TEXT,
    actor_id   {{integer}},
    detail     TEXT NOT NULL,
    at_ms      {{integer}} NOT NULL,             -- also the thread's last_activity_ms at that moment
    is_read    {{integer}} NOT NULL
);
-- step
CREATE INDEX notifications_by_user ON notifications(user_id, id);
-- step
-- A member's own level for a thread (NULL: the category's) and their read mark: the thread's
-- last_activity_ms when they last read it. Rows are made when the member sets either.
CREATE TABLE thread_states (
    user_id    {{integer}} NOT NULL,
    thread_id  TEXT NOT NULL,
    level      TEXT,                         -- normal, watching, muted
    read_ms    {{integer}} NOT NULL,
    PRIMARY KEY (user_id, thread_id)
);
-- step
CREATE INDEX thread_states_levels ON thread_states(thread_id) WHERE level IS NOT NULL;
-- step
-- Category 0 is the whole board (a read mark, never a level).
CREATE TABLE category_states (
    user_id      {{integer}} NOT NULL,
    category_id  {{integer}} NOT NULL,
    level        TEXT,
    seen_ms      {{integer}} NOT NULL,
    read_ms      {{integer}} NOT NULL,
    PRIMARY KEY (user_id, category_id)
);
-- step
CREATE INDEX category_states_levels ON category_states(category_id) WHERE level IS NOT NULL;
