-- A case being wiped. The row is written in the same transaction that deletes the case's rows,
-- before any file or key is destroyed, so a wipe cut short (a crash, a kill, a power cut) is
-- finished by the next run. It holds counts for the destruction report, never content.
-- `destroying`: the rows are gone, files and the old store key may not be yet.
-- `code`: everything is done under a new key whose recovery code has not been shown yet.
CREATE TABLE wipe_journal (
    case_id       TEXT PRIMARY KEY,
    started_at    INTEGER NOT NULL,
    stage         TEXT NOT NULL CHECK (stage IN ('destroying', 'code')),
    links         INTEGER NOT NULL,
    notes         INTEGER NOT NULL,
    observations  INTEGER NOT NULL,
    events        INTEGER NOT NULL,
    evidence      INTEGER NOT NULL
) STRICT;

-- Files and folders of a wiped case still to overwrite and unlink (random vault names only).
CREATE TABLE wipe_paths (
    case_id  TEXT NOT NULL REFERENCES wipe_journal(case_id) ON DELETE CASCADE,
    path     TEXT NOT NULL,
    PRIMARY KEY (case_id, path)
) STRICT, WITHOUT ROWID;
