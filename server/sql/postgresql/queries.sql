-- PostgreSQL's versions of statements in ../queries.sql.

-- name: connection_wal
SET client_min_messages = warning

-- name: connection_synchronous
SET TIME ZONE 'UTC'

-- name: connection_rules
-- The isolation every write is made for, whatever the database's default is: under
-- REPEATABLE READ concurrent writes failed where the feed's counter row serialises them. A
-- statement is planned when it is prepared, not again at each use: they are lookups by key.
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED;
SET plan_cache_mode = force_generic_plan

-- name: begin_write
BEGIN

-- name: feed_touch
-- A transaction's changed rows, each once, at commit, numbered at the end of the feed in the
-- same statement: its update of the counter row holds that row until commit, and a writer that
-- comes later waits for it, so sequence numbers commit in order. The tuple's i counts from 1.
WITH counter AS (
    UPDATE feed_state SET last_seq = last_seq + :count WHERE id = 1 RETURNING last_seq
)
INSERT INTO feed (seq, kind, entity_id, deleted, changed_ms, owner_id)
SELECT counter.last_seq - :count2 + v.i, v.kind, v.entity_id, v.deleted, :now, v.owner_id
FROM counter, (VALUES {rows (CAST(:i AS bigint), CAST(:kind AS integer), CAST(:entity_id AS text),
                             CAST(:deleted AS integer), CAST(:owner_id AS bigint))})
    AS v (i, kind, entity_id, deleted, owner_id)
ON CONFLICT (kind, entity_id) DO UPDATE SET
    seq = excluded.seq,
    deleted = excluded.deleted,
    changed_ms = excluded.changed_ms,
    owner_id = excluded.owner_id

-- name: begin_board
-- A write that may change anything runs alone: it waits for every other write to commit.
BEGIN; SELECT pg_advisory_xact_lock(734210)

-- name: begin_thread
-- A write within one thread runs alongside others like it (not alongside one of the above),
-- one at a time for a thread and for an id. The two keys are numbers (hashes: two that share
-- one only wait for each other), the smaller first.
BEGIN;
SELECT pg_advisory_xact_lock_shared(734210), pg_advisory_xact_lock(734210, {first}),
       pg_advisory_xact_lock(734210, {second})

-- name: migration_lock
SELECT pg_advisory_lock(734206)

-- name: migration_unlock
SELECT pg_advisory_unlock(734206)

-- name: users_sync_ids
-- After rows with explicit ids, the identity continues above them.
SELECT setval(pg_get_serial_sequence('users', 'id'), GREATEST((SELECT MAX(id) FROM users), 1))
