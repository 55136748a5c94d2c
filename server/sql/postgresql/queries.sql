-- PostgreSQL's versions of statements in ../queries.sql.

-- name: connection_wal
SET client_min_messages = warning

-- name: connection_synchronous
SET TIME ZONE 'UTC'

-- name: connection_rules
-- The isolation every write is made for, whatever the database's default is: under
-- REPEATABLE READ concurrent writes failed where the feed's counter row serialises them.
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED

-- name: begin_write
BEGIN

-- name: feed_lock
-- Held until commit: writers queue here, so sequence numbers commit in order.
SELECT last_seq, horizon FROM feed_state WHERE id = 1 FOR UPDATE

-- name: board_lock
-- A write that may change anything runs alone: it waits for every other write to commit.
SELECT pg_advisory_xact_lock(734210)

-- name: board_lock_shared
-- A write to some keys runs alongside the others like it, not alongside one of the above.
SELECT pg_advisory_xact_lock_shared(734210)

-- name: key_lock
-- One write at a time for a key (a thread, a row's id); a shared hash only makes two wait.
SELECT pg_advisory_xact_lock(hashtextextended(:key, 734210))

-- name: migration_lock
SELECT pg_advisory_lock(734206)

-- name: migration_unlock
SELECT pg_advisory_unlock(734206)

-- name: users_sync_ids
-- After rows with explicit ids, the identity continues above them.
SELECT setval(pg_get_serial_sequence('users', 'id'), GREATEST((SELECT MAX(id) FROM users), 1))
