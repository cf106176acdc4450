-- Issue 19. `unavailable` becomes a status of its own, for links and for observations: the
-- platform says the content cannot be seen (private, restricted, age-gated, region-blocked), not
-- that it was removed, so it is no removal. SQLite cannot change a CHECK constraint in place, so
-- both tables are rebuilt. The store turns foreign keys off around migrations, so dropping the
-- old `links` does not cascade into `link_events`, `observations`, `link_checks` or
-- `outbox_links`, whose references name `links` and hold again once the new table takes the
-- name; the foreign keys are checked before the migration commits.
CREATE TABLE links_rebuilt (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    url_hash    TEXT NOT NULL,
    platform    TEXT NOT NULL,
    category    TEXT,
    status      TEXT NOT NULL CHECK (status IN
                    ('new', 'reported', 'escalated', 'removed', 'unavailable', 'rejected')),
    route       TEXT,
    reference   TEXT,
    first_seen  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (case_id, url_hash)
) STRICT;
-- Row ids carry over: `check_targets` orders links added at the same second by them.
INSERT INTO links_rebuilt (rowid, id, case_id, url, url_hash, platform, category, status, route,
                           reference, first_seen, updated_at)
    SELECT rowid, id, case_id, url, url_hash, platform, category, status, route, reference,
           first_seen, updated_at
    FROM links;
DROP TABLE links;
ALTER TABLE links_rebuilt RENAME TO links;
CREATE INDEX links_by_hash ON links(url_hash);
-- `link list --status` and the ledger's scans by case.
CREATE INDEX links_by_case ON links(case_id, first_seen);
CREATE TRIGGER tombstone_no_link BEFORE INSERT ON links
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

-- An observation that fitted an `unavailable` marker was stored as `removed` with a flag; it is
-- now what it is, and the flag goes. Each observation also keeps what led to it, for `link show`
-- (never a URL or a path): the host the last redirect ended on, redirects followed, bytes read,
-- why it was judged so (`challenge`, `marker`, `login_redirect`, `status`), the marker that
-- fitted (whose, and its sign) with its catalogue sources; and whether it still waits for a
-- second observation to agree (`unconfirmed`: it moves no status and counts as no removal).
-- Rows from before have none of these.
CREATE TABLE observations_rebuilt (
    id            INTEGER PRIMARY KEY,
    link_id       TEXT NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    at            INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN
                      ('live', 'removed', 'unavailable', 'blocked', 'login_wall', 'error')),
    http_status   INTEGER,
    sha256        TEXT,
    complete      INTEGER CHECK (complete IN (0, 1)),
    redirected    INTEGER NOT NULL DEFAULT 0 CHECK (redirected IN (0, 1)),
    error         TEXT,
    changed       INTEGER NOT NULL DEFAULT 0 CHECK (changed IN (0, 1)),
    resurfaced          INTEGER NOT NULL DEFAULT 0 CHECK (resurfaced IN (0, 1)),
    resurfaced_content  INTEGER NOT NULL DEFAULT 0 CHECK (resurfaced_content IN (0, 1)),
    pdq           TEXT,
    pdq_quality   INTEGER,
    pdq_match     TEXT,
    pdq_distance  INTEGER,
    final_host    TEXT,
    redirects     INTEGER,
    bytes         INTEGER,
    reason        TEXT,
    marker        TEXT,
    marker_source TEXT,
    unconfirmed   INTEGER NOT NULL DEFAULT 0 CHECK (unconfirmed IN (0, 1))
) STRICT;
INSERT INTO observations_rebuilt (id, link_id, at, status, http_status, sha256, complete,
                                  redirected, error, changed, resurfaced, resurfaced_content,
                                  pdq, pdq_quality, pdq_match, pdq_distance)
    SELECT id, link_id, at, iif(status = 'removed' AND unavailable = 1, 'unavailable', status),
           http_status, sha256, complete, redirected, error, changed, resurfaced,
           resurfaced_content, pdq, pdq_quality, pdq_match, pdq_distance
    FROM observations;
DROP TABLE observations;
ALTER TABLE observations_rebuilt RENAME TO observations;
CREATE INDEX observations_by_link ON observations(link_id, at);

-- What an unattended run already named to staff: a message needing a decision is named once
-- per state it reaches, not every hour. It goes with its message (a wipe, a drop).
CREATE TABLE mail_told (
    outbox_id  TEXT PRIMARY KEY REFERENCES outbox(id) ON DELETE CASCADE,
    state      TEXT NOT NULL,
    at         INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Re-check runs in a row whose fetches failed (all of them, or more than `recheck.fail_share`),
-- and whether staff were alerted about it: one row, reset by the first run that works.
CREATE TABLE recheck_failures (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    runs      INTEGER NOT NULL,
    since     INTEGER NOT NULL,
    alerted   INTEGER NOT NULL DEFAULT 0 CHECK (alerted IN (0, 1))
) STRICT;
