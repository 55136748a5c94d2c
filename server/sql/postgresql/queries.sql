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

-- name: migration_lock
SELECT pg_advisory_lock(734206)

-- name: migration_unlock
SELECT pg_advisory_unlock(734206)

-- name: users_sync_ids
-- After rows with explicit ids, the identity continues above them.
SELECT setval(pg_get_serial_sequence('users', 'id'), GREATEST((SELECT MAX(id) FROM users), 1))
