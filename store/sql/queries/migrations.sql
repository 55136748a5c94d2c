-- name: create_table
CREATE TABLE IF NOT EXISTS schema_migrations (
    version       INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    steps_done    INTEGER NOT NULL,
    steps_total   INTEGER NOT NULL,
    started_at    TEXT NOT NULL,
    completed_at  TEXT
)

-- name: state
SELECT version, steps_done, completed_at IS NOT NULL AS completed FROM schema_migrations
ORDER BY version

-- name: begin
INSERT OR IGNORE INTO schema_migrations (version, name, steps_done, steps_total, started_at)
VALUES (:version, :name, 0, :total, :now)

-- name: step_done
UPDATE schema_migrations
SET steps_done = :done,
    completed_at = CASE WHEN :done2 = steps_total THEN :now ELSE NULL END
WHERE version = :version
