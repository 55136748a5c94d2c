-- name: all
SELECT id, parent_id, name, side, sort_order
FROM categories
ORDER BY parent_id IS NOT NULL, parent_id, sort_order, id

-- name: counts
SELECT category_id, threads, open_threads FROM category_counts

-- name: one
SELECT id, parent_id, name, side, sort_order FROM categories WHERE id = :id

-- name: with_children
SELECT id FROM categories WHERE id = :id OR parent_id = :parent_id

-- name: upsert
INSERT INTO categories (id, parent_id, name, side, sort_order)
VALUES (:id, :parent_id, :name, :side, :sort_order)
ON CONFLICT (id) DO UPDATE SET
    parent_id = excluded.parent_id,
    name = excluded.name,
    side = excluded.side,
    sort_order = excluded.sort_order

-- name: delete
DELETE FROM categories WHERE id = :id
