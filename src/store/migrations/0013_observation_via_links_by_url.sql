-- Which source gave an observation's verdict: the platform's probe (an endpoint such as oEmbed
-- that answers about the link) or the link's own page. Rows written before say nothing.
ALTER TABLE observations ADD COLUMN via TEXT CHECK (via IN ('page', 'probe'));
