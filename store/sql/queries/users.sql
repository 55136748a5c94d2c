-- name: upsert
INSERT INTO users (id, display_name, role)
VALUES (:id, :display_name, :role)
ON CONFLICT (id) DO UPDATE SET
    display_name = excluded.display_name,
    role = excluded.role

-- name: delete
DELETE FROM users WHERE id = :id
