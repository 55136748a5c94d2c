-- Each outbox item belongs to the server and account ("url user") it was written for, and is
-- sent by that account only. Items already waiting belong to the cache's account of the moment
-- (none for a cache that never synced: the first account that syncs takes them).
ALTER TABLE outbox ADD COLUMN origin TEXT;
-- step
UPDATE outbox SET origin = (SELECT value FROM sync_state WHERE key = 'origin' AND value <> '')
WHERE state <> {{outbox_state.sent}};
