-- The outbox's states become the ones of `domain::outbox` (queued, sending, sent, uncertain,
-- failed, withheld, dropped), and each message carries what keeps it from going out twice:
-- the lease of the one sender that holds it (its process id, the machine's boot id and the
-- process's start time, which together name one process; and an expiry for machines where that
-- cannot be looked up), when its body began (after that, an interrupted send is `uncertain`),
-- and why it was withheld. SQLite cannot change a CHECK constraint in place, so the table is
-- rebuilt; the store turns foreign keys off around migrations, so dropping the old table does
-- not cascade to `outbox_links` or to follow-ups threaded on an escalation, and the foreign
-- keys are checked before the migration commits.
CREATE TABLE outbox_rebuilt (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('escalation', 'followup', 'alert')),
    -- NULL for staff alerts, which cover many cases and name no URL.
    case_id          TEXT REFERENCES cases(id) ON DELETE CASCADE,
    partner          TEXT,
    -- The escalation a follow-up answers: its Message-ID heads the thread.
    thread           TEXT REFERENCES outbox(id) ON DELETE CASCADE,
    -- Decided when the message is queued and never changed, so a retry is the same message.
    message_id       TEXT NOT NULL UNIQUE,
    subject          TEXT NOT NULL,
    envelope_from    TEXT NOT NULL,
    -- Recipients, one address per line.
    envelope_to      TEXT NOT NULL,
    -- The whole RFC 5322 message; NULL once dropped.
    message          BLOB,
    state            TEXT NOT NULL CHECK (state IN
                         ('queued', 'sending', 'sent', 'uncertain', 'failed', 'withheld', 'dropped')),
    queued_at        INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  INTEGER,
    -- The kind of failure and the server's reply code; never a URL.
    last_error       TEXT,
    accepted_at      INTEGER,
    -- The lease, set exactly while the message is `sending`.
    lease_pid        INTEGER,
    lease_boot       TEXT,
    lease_start      INTEGER,
    lease_expires_at INTEGER,
    -- Set just before the first byte of the body goes to the server.
    body_started_at  INTEGER,
    withheld_reason  TEXT,
    -- The staff handle of who queued it (migration 0010).
    staff            TEXT,
    CHECK ((state = 'sending') = (lease_pid IS NOT NULL AND lease_expires_at IS NOT NULL)),
    CHECK ((state = 'withheld') = (withheld_reason IS NOT NULL))
) STRICT;

INSERT INTO outbox_rebuilt (id, kind, case_id, partner, thread, message_id, subject,
                            envelope_from, envelope_to, message, state, queued_at, attempts,
                            last_attempt_at, last_error, accepted_at, staff)
SELECT id, kind, case_id, partner, thread, message_id, subject, envelope_from, envelope_to,
       message, state, queued_at, attempts, last_attempt_at, last_error, accepted_at, staff
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_by_state ON outbox(state, queued_at);
CREATE INDEX outbox_by_thread ON outbox(thread);
-- Dropping the old table dropped migration 0010's trigger with it: a wiped case takes no mail.
CREATE TRIGGER tombstone_no_mail BEFORE INSERT ON outbox
WHEN NEW.case_id IS NOT NULL AND (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

-- A wipe's report outlives the run that started it: what its files held (counted before the
-- first one is destroyed, NULL until then) and the seconds every run spent on it so far.
ALTER TABLE wipe_journal ADD COLUMN files INTEGER;
ALTER TABLE wipe_journal ADD COLUMN bytes INTEGER;
ALTER TABLE wipe_journal ADD COLUMN seconds REAL NOT NULL DEFAULT 0;
