-- What each re-check saw, with its time. Never updated: the history of a link is these rows.
CREATE TABLE observations (
    id            INTEGER PRIMARY KEY,
    link_id       TEXT NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    at            INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('live', 'removed', 'blocked', 'login_wall', 'error')),
    -- A marker that fits removed and private content alike: removed, but not proof of it.
    unavailable   INTEGER NOT NULL DEFAULT 0 CHECK (unavailable IN (0, 1)),
    http_status   INTEGER,
    -- SHA-256 of the body as far as it was read (the byte cap), and whether that was all of it.
    sha256        TEXT,
    complete      INTEGER CHECK (complete IN (0, 1)),
    redirected    INTEGER NOT NULL DEFAULT 0 CHECK (redirected IN (0, 1)),
    -- The kind of network failure (`timeout`, `connect`, …) for `error`; never a URL.
    error         TEXT,
    changed       INTEGER NOT NULL DEFAULT 0 CHECK (changed IN (0, 1)),
    -- Live after it was seen removed; or live with content removed as another link.
    resurfaced          INTEGER NOT NULL DEFAULT 0 CHECK (resurfaced IN (0, 1)),
    resurfaced_content  INTEGER NOT NULL DEFAULT 0 CHECK (resurfaced_content IN (0, 1))
) STRICT;
CREATE INDEX observations_by_link ON observations(link_id, at);

-- Where each link stands after its last observation, written in the same transaction as the
-- observation: the schedule and the next comparison read one row instead of the whole history.
CREATE TABLE link_checks (
    link_id        TEXT PRIMARY KEY REFERENCES links(id) ON DELETE CASCADE,
    checked_at     INTEGER NOT NULL,
    last           TEXT NOT NULL,
    settled        TEXT,
    removed_since  INTEGER,
    live_sha256    TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX link_checks_by_live_sha256 ON link_checks(live_sha256) WHERE settled = 'removed';
