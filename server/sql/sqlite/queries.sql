-- SQLite's versions of statements in ../queries.sql.

-- name: connection_wal
PRAGMA journal_mode = WAL

-- name: connection_synchronous
PRAGMA synchronous = NORMAL

-- name: connection_rules
-- Every reference checked (SQLite leaves foreign keys off unless told).
PRAGMA foreign_keys = ON

-- name: begin_write
-- Takes the write lock at once, so a transaction never fails half-way on a lock upgrade.
BEGIN IMMEDIATE

-- name: feed_lock
SELECT last_seq, horizon FROM feed_state WHERE id = 1

-- name: users_sync_ids
SELECT 1
