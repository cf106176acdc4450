-- `evidence capture`: what a captured page's item (a gzipped WARC in the vault) holds, beside
-- its evidence row. Deleted with the item, and so with its case.
CREATE TABLE captures (
    evidence_id         TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    -- The link captured. Not a foreign key: the capture is evidence and outlives a link
    -- removed from the case.
    link_id             TEXT NOT NULL,
    -- Request/response pairs in the WARC: redirects, then the page.
    hops                INTEGER NOT NULL,
    -- The final answer's HTTP status.
    status              INTEGER NOT NULL,
    -- SHA-256 (hex) of the server's leaf certificate, DER; NULL over plain http.
    certificate_sha256  TEXT,
    -- The page's main picture (`og:image`, or the link itself when it is one).
    picture_sha256      TEXT,
    picture_pdq         TEXT,
    picture_quality     INTEGER,
    -- 1 when the picture's bytes are in the WARC (`--with-media`), 0 when only its hashes are.
    with_media          INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX captures_by_link ON captures(link_id);

-- RFC 3161 timestamps of evidence items (captures and added files). A row is the request: queued
-- while `token` is NULL, stamped once an authority's answer passed its checks. Only the item's
-- SHA-256 was sent. Deleted with the item, and so with its case.
CREATE TABLE timestamps (
    evidence_id  TEXT PRIMARY KEY REFERENCES evidence(id) ON DELETE CASCADE,
    queued_at    INTEGER NOT NULL,
    -- Attempts that got no usable token, and the last one's reason (never a URL of evidence:
    -- the authority's host at most).
    tries        INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    -- The authority's whole TimeStampResp, DER, as `openssl ts -verify -in` reads it.
    token        BLOB,
    -- The host of the authority that answered, and the time it signed (genTime).
    authority    TEXT,
    stamped_at   INTEGER,
    CHECK ((token IS NULL) = (stamped_at IS NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX timestamps_queued ON timestamps(queued_at) WHERE token IS NULL;
