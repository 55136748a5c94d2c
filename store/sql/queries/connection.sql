-- name: journal_mode
PRAGMA journal_mode = WAL

-- name: synchronous
PRAGMA synchronous = NORMAL

-- name: wal_autocheckpoint
-- The log is copied back into the file once it holds 64 MiB instead of 4: a page of a first
-- sync dirties thousands of pages (ids are random), so at 4 MiB every page's commit copied and
-- synced the whole log again (bench_sync, 600,205 changes: 18 s of commits against 11.5 s).
PRAGMA wal_autocheckpoint = 16384

-- name: foreign_keys
PRAGMA foreign_keys = ON

-- name: probe
-- Fails with "file is not a database" on a file that is not SQLite.
SELECT COUNT(*) FROM sqlite_schema

-- name: user_version
PRAGMA user_version

-- name: set_user_version
PRAGMA user_version = %1

-- name: fts5_api
-- FTS5's C API, for registering Soudan's ranking function (SearchRank), through a pointer bound
-- to ?1 (sqlite3_bind_pointer with the type "fts5_api_ptr").
SELECT fts5(?1)
