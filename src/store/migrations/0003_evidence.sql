-- The evidence vault's index. Files live encrypted under <home>/vault/<vault_dir>/<vault_file>;
-- everything that could identify them (original name, source URL, hashes) lives only here,
-- inside the encrypted store. Every table hangs off `cases` with ON DELETE CASCADE, so deleting
-- a case's row deletes its evidence rows, its key, its custody log and its hash records.

-- One key per case. `identity` is an age X25519 secret key (`AGE-SECRET-KEY-1…`, 256 random
-- bits) that exists nowhere else: deleting this row is what makes the case's vault files
-- unreadable (crypto-erase), before their bytes are overwritten.
CREATE TABLE evidence_keys (
    case_id     TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    identity    TEXT NOT NULL,
    -- A random directory name under <home>/vault holding every vault file of the case.
    vault_dir   TEXT NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE evidence (
    id             TEXT PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    -- SHA-256 of the original bytes: the item's identity as evidence.
    sha256         TEXT NOT NULL,
    size           INTEGER NOT NULL,
    -- Sniffed from the bytes, never from the name.
    media_type     TEXT NOT NULL,
    original_name  TEXT,
    source_url     TEXT,
    captured_at    INTEGER,
    added_at       INTEGER NOT NULL,
    -- The random file name inside the case's vault directory.
    vault_file     TEXT NOT NULL UNIQUE,
    -- PDQ of images (64 hex characters) and its quality 0-100, for the hash matcher.
    pdq            TEXT,
    pdq_quality    INTEGER,
    -- A working copy (e.g. metadata stripped) names the evidentiary original it came from.
    derived_from   TEXT REFERENCES evidence(id) ON DELETE CASCADE,
    UNIQUE (case_id, sha256)
) STRICT;
CREATE INDEX evidence_by_case ON evidence(case_id, added_at);
CREATE INDEX evidence_by_pdq ON evidence(pdq) WHERE pdq IS NOT NULL;

-- The chain of custody: every action on a case's evidence, append-only. `hash` is the SHA-256 of
-- the entry's fields and `prev_hash` (the previous entry's `hash`, zeros for the first), so an
-- edited, removed or reordered entry breaks the chain.
CREATE TABLE custody (
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    at           INTEGER NOT NULL,
    action       TEXT NOT NULL,
    -- No foreign key: the log keeps its entries when an item goes.
    evidence_id  TEXT,
    detail       TEXT NOT NULL DEFAULT '',
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL,
    PRIMARY KEY (case_id, seq)
) STRICT, WITHOUT ROWID;

-- Hashes a victim made on their own computer (`takedown hash --export`), recorded with no image.
CREATE TABLE hash_records (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sha256      TEXT NOT NULL,
    pdq         TEXT,
    quality     INTEGER,
    added_at    INTEGER NOT NULL,
    UNIQUE (case_id, sha256)
) STRICT;
CREATE INDEX hash_records_by_pdq ON hash_records(pdq) WHERE pdq IS NOT NULL;
