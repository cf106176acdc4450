-- Which source gave an observation's verdict: the platform's probe (an endpoint such as oEmbed
-- that answers about the link) or the link's own page. Rows written before say nothing.
ALTER TABLE observations ADD COLUMN via TEXT CHECK (via IN ('page', 'probe'));

-- Adding a link looks for stored links with the same scheme, host and path (their tracking
-- parameters may have been listed since they were stored): a range over this index, not a scan.
CREATE INDEX links_by_url ON links(url);
