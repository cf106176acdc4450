-- The anonymous outcome ledger: what `wipe case` leaves of a case for the statistics, written in
-- the wipe's own transaction just before the case's rows go. Coarse fields only: no case id, URL,
-- hash, note or exact time. A random primary key orders each table (WITHOUT ROWID, so there is no
-- rowid either), and a case's rows are inserted in that random order: neither the key, nor the
-- table's order, nor the pages' order tells which rows came from the same case.
CREATE TABLE ledger_links (
    id                BLOB PRIMARY KEY CHECK (length(id) = 16),
    platform          TEXT NOT NULL,
    category          TEXT NOT NULL,
    route             TEXT,
    minor             INTEGER NOT NULL CHECK (minor IN (0, 1)),
    -- The month the link was reported in, `YYYY-MM` (UTC).
    month             TEXT NOT NULL,
    -- Whole hours from report to removal, rounded down; NULL while not removed.
    hours_to_removal  INTEGER CHECK (hours_to_removal >= 0),
    resurfaced        INTEGER NOT NULL CHECK (resurfaced IN (0, 1)),
    -- NULL when no deadline applied or it had not passed when the case was wiped.
    deadline          TEXT CHECK (deadline IN ('met', 'late', 'overdue')),
    -- Bit g: this row stands for its case in its group under grouping g, so cells can count
    -- cases (for suppression) without a key that ties a case's rows together.
    case_mask         INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE ledger_cases (
    id            BLOB PRIMARY KEY CHECK (length(id) = 16),
    -- The month the case was opened, `YYYY-MM` (UTC).
    month         TEXT NOT NULL,
    jurisdiction  TEXT,
    minor         INTEGER NOT NULL CHECK (minor IN (0, 1)),
    -- Comma-separated, sorted.
    categories    TEXT NOT NULL
) STRICT, WITHOUT ROWID;
