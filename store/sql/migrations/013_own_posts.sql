-- Own posts (the server's 006), and why a moderator hid a post of the user's (the server sends
-- a hidden post to its author and moderators only): a post's revision, when it was last edited, whether its author
-- withdrew it, a question's supplements (JSON text, as the server keeps them). The user's own
-- changes not yet on the server show at once in local columns the server's rows never overwrite:
-- an edit (over the revision local_edit_base) until the server has a later revision, a
-- withdrawal or a closing until the server has it.
ALTER TABLE threads ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
-- step
ALTER TABLE threads ADD COLUMN edited_ms INTEGER;
-- step
ALTER TABLE threads ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
-- step
ALTER TABLE threads ADD COLUMN supplements TEXT;
-- step
ALTER TABLE threads ADD COLUMN local_title TEXT;
-- step
ALTER TABLE threads ADD COLUMN local_body TEXT;
-- step
ALTER TABLE threads ADD COLUMN local_urgent INTEGER;
-- step
ALTER TABLE threads ADD COLUMN local_edit_base INTEGER;
-- step
ALTER TABLE threads ADD COLUMN local_closed INTEGER NOT NULL DEFAULT 0;
-- step
ALTER TABLE threads ADD COLUMN local_withdrawn INTEGER NOT NULL DEFAULT 0;
-- step
ALTER TABLE answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
-- step
ALTER TABLE answers ADD COLUMN edited_ms INTEGER;
-- step
ALTER TABLE answers ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
-- step
ALTER TABLE answers ADD COLUMN local_body TEXT;
-- step
ALTER TABLE answers ADD COLUMN local_edit_base INTEGER;
-- step
ALTER TABLE answers ADD COLUMN local_withdrawn INTEGER NOT NULL DEFAULT 0;
-- step
ALTER TABLE threads ADD COLUMN hidden_reason TEXT;
-- step
ALTER TABLE answers ADD COLUMN hidden_reason TEXT;
