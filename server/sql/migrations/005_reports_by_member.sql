-- One report per member per post, and a limit of reports an hour per member: both are looked up
-- by the reporter.
CREATE INDEX reports_by_member ON reports(reporter_id, target_id);
-- step
CREATE INDEX reports_by_member_time ON reports(reporter_id, created_ms);
