-- Who did it: the pseudonymous staff handle (initials, checked by `domain::staff`) behind each
-- recorded action. NULL on rows written before handles were recorded.
ALTER TABLE case_events ADD COLUMN staff TEXT;
ALTER TABLE notes ADD COLUMN staff TEXT;
ALTER TABLE link_events ADD COLUMN staff TEXT;
-- Hashed into the entry's chain hash when present, so it cannot be altered unnoticed; entries
-- without one hash exactly as they did before.
ALTER TABLE custody ADD COLUMN staff TEXT;
-- Who queued the message.
ALTER TABLE outbox ADD COLUMN staff TEXT;

-- Before this migration a wiped case still took links, notes, consents, categories and hash lists
-- (issue 15), which no later wipe would destroy. They go now, under `secure_delete`, and each
-- tombstone keeps only its id, `wiped` and when: not when it was opened, nor a consent given after
-- it was wiped. Evidence could not reach a wiped case, but a vault key found there goes too, so
-- its files cannot be read. Migrations run with foreign keys off (`store::migrate`), so nothing
-- cascades: the rows that refer to a link or a message are deleted first, by name.
DELETE FROM link_events WHERE link_id IN
    (SELECT id FROM links WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped'));
DELETE FROM observations WHERE link_id IN
    (SELECT id FROM links WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped'));
DELETE FROM link_checks WHERE link_id IN
    (SELECT id FROM links WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped'));
DELETE FROM outbox_links WHERE
    link_id IN (SELECT id FROM links WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped'))
    OR outbox_id IN
        (SELECT id FROM outbox WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped'));
DELETE FROM notes WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM links WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM case_categories WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM hash_records WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM custody WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM evidence WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM evidence_keys WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM outbox WHERE case_id IN (SELECT id FROM cases WHERE status = 'wiped');
DELETE FROM case_events
WHERE event != 'wiped' AND case_id IN (SELECT id FROM cases WHERE status = 'wiped');
UPDATE cases SET created_at = updated_at, minor = 0, jurisdiction = NULL,
    consent_platforms_at = NULL, consent_partners_at = NULL, consent_law_enforcement_at = NULL
WHERE status = 'wiped';

-- A wiped case is a tombstone that takes nothing: the commands refuse first (`domain::states`),
-- and these triggers hold the line against a write that raced the wipe, so nothing can be added
-- that `wipe case` would never destroy. The tombstone row itself and its one `wiped` event are
-- written by the wipe.
CREATE TRIGGER tombstone_no_update BEFORE UPDATE ON cases
WHEN OLD.status = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_event BEFORE INSERT ON case_events
WHEN NEW.event != 'wiped' AND (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_category BEFORE INSERT ON case_categories
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_note BEFORE INSERT ON notes
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_link BEFORE INSERT ON links
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_vault BEFORE INSERT ON evidence_keys
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_evidence BEFORE INSERT ON evidence
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_custody BEFORE INSERT ON custody
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_hashes BEFORE INSERT ON hash_records
WHEN (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;

CREATE TRIGGER tombstone_no_mail BEFORE INSERT ON outbox
WHEN NEW.case_id IS NOT NULL AND (SELECT status FROM cases WHERE id = NEW.case_id) = 'wiped'
BEGIN SELECT RAISE(ABORT, 'takedown: the case is wiped'); END;
