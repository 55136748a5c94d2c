-- One index per sort order of the thread list, so that a page of a category of any size is
-- read by walking an index from a key (keyset paging) instead of sorting the category.
CREATE INDEX threads_newest ON threads(category_id, created_ms, id) WHERE hidden = 0;
-- step
CREATE INDEX threads_active ON threads(category_id, last_activity_ms, id) WHERE hidden = 0;
-- step
CREATE INDEX threads_viewed ON threads(category_id, view_count, id) WHERE hidden = 0;
-- step
CREATE INDEX threads_answered ON threads(category_id, answer_count, id) WHERE hidden = 0;
