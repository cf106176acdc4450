-- Cases hold no victim's name, phone or e-mail: there are no columns for them.
CREATE TABLE cases (
    id                          TEXT PRIMARY KEY,
    status                      TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'held', 'wiped')),
    minor                       INTEGER NOT NULL DEFAULT 0 CHECK (minor IN (0, 1)),
    jurisdiction                TEXT,
    created_at                  INTEGER NOT NULL,
    updated_at                  INTEGER NOT NULL,
    consent_platforms_at        INTEGER,
    consent_partners_at         INTEGER,
    consent_law_enforcement_at  INTEGER
) STRICT;

CREATE TABLE case_categories (
    case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    category  TEXT NOT NULL,
    PRIMARY KEY (case_id, category)
) STRICT, WITHOUT ROWID;

-- What happened to a case and when: opened, resolved, held, reopened, consent given or withdrawn.
CREATE TABLE case_events (
    id       INTEGER PRIMARY KEY,
    case_id  TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at       INTEGER NOT NULL,
    event    TEXT NOT NULL
) STRICT;
CREATE INDEX case_events_by_case ON case_events(case_id, at);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    body        TEXT NOT NULL
) STRICT;
CREATE INDEX notes_by_case ON notes(case_id, created_at);

CREATE TABLE links (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    url_hash    TEXT NOT NULL,
    platform    TEXT NOT NULL,
    category    TEXT,
    status      TEXT NOT NULL CHECK (status IN ('new', 'reported', 'escalated', 'removed', 'rejected')),
    route       TEXT,
    reference   TEXT,
    first_seen  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    UNIQUE (case_id, url_hash)
) STRICT;
CREATE INDEX links_by_hash ON links(url_hash);

-- Every status, route or reference change of a link, with the time it happened.
CREATE TABLE link_events (
    id           INTEGER PRIMARY KEY,
    link_id      TEXT NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    at           INTEGER NOT NULL,
    status       TEXT NOT NULL,
    route        TEXT,
    reference    TEXT
) STRICT;
CREATE INDEX link_events_by_link ON link_events(link_id, at);
