-- A member's own posts: edited with revisions, supplemented (補足), withdrawn. A post's revision
-- counts its edits (1 as first written); post_revisions keeps every earlier revision, for the
-- author and moderators. A question's supplements are JSON text (a list of {id, body, at_ms}).
ALTER TABLE threads ADD COLUMN revision {{integer}} NOT NULL DEFAULT 1;
-- step
ALTER TABLE threads ADD COLUMN edited_ms {{integer}};
-- step
ALTER TABLE threads ADD COLUMN withdrawn {{integer}} NOT NULL DEFAULT 0;
-- step
ALTER TABLE threads ADD COLUMN supplements TEXT;
-- step
ALTER TABLE answers ADD COLUMN revision {{integer}} NOT NULL DEFAULT 1;
-- step
ALTER TABLE answers ADD COLUMN edited_ms {{integer}};
-- step
ALTER TABLE answers ADD COLUMN withdrawn {{integer}} NOT NULL DEFAULT 0;
-- step
CREATE TABLE post_revisions (
    post_id     TEXT NOT NULL,
    revision    {{integer}} NOT NULL,
    title       TEXT,                   -- a question's; NULL for an answer
    body        TEXT NOT NULL,
    urgent      {{integer}},                -- a question's; NULL for an answer
    written_ms  {{integer}} NOT NULL,       -- when this revision was written
    PRIMARY KEY (post_id, revision)
);
