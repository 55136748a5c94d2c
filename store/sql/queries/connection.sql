-- name: journal_mode
PRAGMA journal_mode = WAL

-- name: synchronous
PRAGMA synchronous = NORMAL

-- name: foreign_keys
PRAGMA foreign_keys = ON

-- name: probe
-- Fails with "file is not a database" on a file that is not SQLite.
SELECT COUNT(*) FROM sqlite_schema

-- name: user_version
PRAGMA user_version

-- name: set_user_version
PRAGMA user_version = %1
