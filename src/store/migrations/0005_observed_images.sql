-- The picture a live link showed (its body, or the `og:image` its page names) as a PDQ hash
-- with its quality, and the closest known picture it matched (an id such as `L-7KQ2X`, and the
-- Hamming distance): resurfacing by near-duplicate.
ALTER TABLE observations ADD COLUMN pdq TEXT;
ALTER TABLE observations ADD COLUMN pdq_quality INTEGER;
ALTER TABLE observations ADD COLUMN pdq_match TEXT;
ALTER TABLE observations ADD COLUMN pdq_distance INTEGER;

-- The picture of the last live observation that had one: what `hash --match` compares with, and,
-- once the link is removed, what a re-upload elsewhere is recognised by.
ALTER TABLE link_checks ADD COLUMN live_pdq TEXT;
ALTER TABLE link_checks ADD COLUMN live_pdq_quality INTEGER;
