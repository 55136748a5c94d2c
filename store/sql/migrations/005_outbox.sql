-- Writing offline: what the user wrote waits in the outbox, in order, with its client-made UUID;
-- its effect shows at once in local columns that the server's rows never overwrite. Drafts are
-- kept while typing.
-- pending: 0 the server's, 1 not sent yet, 2 refused (the outbox keeps the text).
ALTER TABLE threads ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
-- step
ALTER TABLE threads ADD COLUMN local_best_answer_id TEXT;
-- step
ALTER TABLE threads ADD COLUMN local_thanks_body TEXT;
-- step
ALTER TABLE threads ADD COLUMN local_thanks_ms INTEGER;
-- step
ALTER TABLE threads ADD COLUMN local_answers INTEGER NOT NULL DEFAULT 0;
-- step
ALTER TABLE answers ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
-- step
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- the order of sending
    id          TEXT NOT NULL UNIQUE,              -- UUID: the resource's id and the idempotency key
    kind        INTEGER NOT NULL,                  -- 0 question, 1 answer, 2 best answer, 3 thanks, 4 report, 5 view
    thread_id   TEXT,
    target_id   TEXT,                              -- the chosen answer; the reported post
    payload     TEXT NOT NULL,                     -- the request's JSON body
    state       INTEGER NOT NULL,                  -- 0 waiting, 1 sent, 2 needs attention
    attempts    INTEGER NOT NULL DEFAULT 0,
    error_code  TEXT,
    last_error  TEXT,
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
);
-- step
CREATE INDEX outbox_by_state ON outbox(state, seq);
-- step
CREATE TABLE drafts (
    key         TEXT PRIMARY KEY,                  -- "question", "answer:<thread>", "thanks:<thread>", "report:<post>"
    content     TEXT NOT NULL,                     -- JSON
    updated_ms  INTEGER NOT NULL
);
-- step
-- A thread's answers written here and not yet on the server, counted apart from the server's.
CREATE TRIGGER answers_pending_insert AFTER INSERT ON answers
WHEN NEW.pending <> 0
BEGIN
    UPDATE threads SET local_answers = local_answers + 1 WHERE id = NEW.thread_id;
END;
-- step
CREATE TRIGGER answers_pending_settled AFTER UPDATE OF pending ON answers
WHEN OLD.pending <> 0 AND NEW.pending = 0
BEGIN
    UPDATE threads SET local_answers = MAX(0, local_answers - 1) WHERE id = NEW.thread_id;
END;
-- step
CREATE TRIGGER answers_pending_delete AFTER DELETE ON answers
WHEN OLD.pending <> 0
BEGIN
    UPDATE threads SET local_answers = MAX(0, local_answers - 1) WHERE id = OLD.thread_id;
END;
