-- Issue 19 part 9. A link's removal clock asks its events for the first `reported`, the first
-- `escalated` and every `removed`, and its observations for every confirmed `removed`. With the
-- status in the index both are answered from an index alone, without reading each event, or each
-- of the thousands of observations of a link checked hourly for a year. The new index starts with
-- `link_id` as the one it replaces did, so every lookup of a link's events still uses it.
CREATE INDEX link_events_by_link_status ON link_events(link_id, status, at);
DROP INDEX link_events_by_link;
CREATE INDEX observations_removed ON observations(link_id, at)
    WHERE status = 'removed' AND unconfirmed = 0;
