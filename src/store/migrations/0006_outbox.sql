-- Every e-mail is stored here before it is sent: a dead SMTP server or a killed process loses
-- nothing, and the moment the server accepts a message it is marked sent, so it is never sent
-- twice. The message itself names URLs, so it lives only in this encrypted store and goes with
-- its case when the case is wiped.
CREATE TABLE outbox (
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
    state            TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'dropped')),
    queued_at        INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  INTEGER,
    -- The kind of failure and the server's reply code; never a URL.
    last_error       TEXT,
    accepted_at      INTEGER
) STRICT;
CREATE INDEX outbox_by_state ON outbox(state, queued_at);

-- The links a message is about: escalated when it is accepted.
CREATE TABLE outbox_links (
    outbox_id  TEXT NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
    link_id    TEXT NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    PRIMARY KEY (outbox_id, link_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX outbox_links_by_link ON outbox_links(link_id);

-- The partner a link was escalated to, on its `escalated` event.
ALTER TABLE link_events ADD COLUMN partner TEXT;
