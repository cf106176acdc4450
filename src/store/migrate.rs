use rusqlite::Connection;

use super::Error;

/// Released migrations are never edited: a store written by an older build upgrades by running
/// the ones it has not seen, in order, in one transaction.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_cases_links.sql"),
    include_str!("migrations/0002_observations.sql"),
    include_str!("migrations/0003_evidence.sql"),
    include_str!("migrations/0004_ledger.sql"),
    include_str!("migrations/0005_observed_images.sql"),
    include_str!("migrations/0006_outbox.sql"),
    include_str!("migrations/0007_wipe.sql"),
    include_str!("migrations/0008_evidence_md5.sql"),
    include_str!("migrations/0009_ledger_response.sql"),
    include_str!("migrations/0010_policy.sql"),
    include_str!("migrations/0011_outbox_states.sql"),
    include_str!("migrations/0012_unattended.sql"),
    // Numbered 0013 as assigned for issue 21; the lead orders it after 0010-0012 on merge.
    include_str!("migrations/0013_observation_via_links_by_url.sql"),
    // Numbered 0014 as assigned for issue 24.
    include_str!("migrations/0014_captures.sql"),
    // Numbered 0015 as assigned for issue 19 part 9.
    include_str!("migrations/0015_cases_by_status.sql"),
    include_str!("migrations/0016_clock_indexes.sql"),
];

pub(super) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    migrate_to(conn, MIGRATIONS.len())
}

/// Runs the migrations up to `target` (a count). Foreign keys are off while they run (SQLite
/// ignores the switch inside a transaction, so it is flipped around it): a migration that
/// rebuilds a table drops the old one, and with foreign keys on that would cascade into every
/// table referring to it. They are checked before the transaction commits instead.
fn migrate_to(conn: &mut Connection, target: usize) -> Result<(), Error> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let supported = MIGRATIONS.len() as u32;
    if found > supported {
        return Err(Error::SchemaTooNew { found, supported });
    }
    if found as usize >= target {
        return Ok(());
    }
    let enforced: bool = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0))?;
    conn.pragma_update(None, "foreign_keys", false)?;
    let applied = apply(conn, found as usize, target);
    conn.pragma_update(None, "foreign_keys", enforced)?;
    applied
}

fn apply(conn: &mut Connection, from: usize, to: usize) -> Result<(), Error> {
    let tx = conn.transaction()?;
    for (n, sql) in MIGRATIONS.iter().enumerate().take(to).skip(from) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", n as u32 + 1)?;
        tracing::debug!(version = n + 1, "applied store migration");
    }
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    if broken > 0 {
        return Err(Error::BrokenMigration { rows: broken });
    }
    Ok(tx.commit()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row `sql` returns, its values joined by `|`.
    fn dump(conn: &Connection, sql: &str) -> Vec<String> {
        let mut stmt = conn.prepare(sql).unwrap();
        let columns = stmt.column_count();
        stmt.query_map([], |r| {
            Ok((0..columns)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect::<Vec<_>>()
                .join("|"))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
    }

    #[test]
    fn all_migrations_run_on_an_empty_database_and_twice_is_harmless() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len() as u32);
    }

    /// Issue 15: rows that reached a wiped case before 0010 are destroyed by it, and the
    /// tombstone keeps only its id, `wiped` and when.
    #[test]
    fn migration_10_clears_what_reached_a_wiped_case() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
        for sql in &MIGRATIONS[..9] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 9).unwrap();
        conn.execute_batch(
            "INSERT INTO cases (id, status, created_at, updated_at, consent_partners_at)
                 VALUES ('C-WIPE', 'wiped', 100, 200, 300), ('C-OPEN', 'open', 100, 100, 300);
             INSERT INTO case_events (case_id, at, event) VALUES
                 ('C-WIPE', 200, 'wiped'), ('C-WIPE', 300, 'consent given: partners'),
                 ('C-OPEN', 100, 'opened');
             INSERT INTO notes (case_id, created_at, body) VALUES
                 ('C-WIPE', 300, 'added after the wipe'), ('C-OPEN', 100, 'kept');
             INSERT INTO case_categories (case_id, category) VALUES ('C-WIPE', 'ncii');
             INSERT INTO links (id, case_id, url, url_hash, platform, status, first_seen, updated_at)
                 VALUES ('L-AAAAA', 'C-WIPE', 'https://x.com/1', 'h', 'x', 'new', 300, 300);
             INSERT INTO link_events (link_id, at, status) VALUES ('L-AAAAA', 300, 'new');
             INSERT INTO hash_records (case_id, sha256, added_at) VALUES ('C-WIPE', 's', 300);",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        for table in ["notes", "links", "case_categories", "hash_records"] {
            let sql = format!("SELECT count(*) FROM {table} WHERE case_id = 'C-WIPE'");
            assert_eq!(count(&sql), 0, "{table}");
        }
        assert_eq!(count("SELECT count(*) FROM link_events"), 0);
        assert_eq!(
            count("SELECT count(*) FROM case_events WHERE case_id = 'C-WIPE'"),
            1
        );
        assert_eq!(
            count(
                "SELECT count(*) FROM cases WHERE id = 'C-WIPE' AND created_at = 200
                   AND consent_partners_at IS NULL"
            ),
            1
        );
        assert_eq!(
            count("SELECT count(*) FROM notes WHERE case_id = 'C-OPEN'"),
            1
        );
        assert_eq!(
            count("SELECT count(*) FROM cases WHERE consent_partners_at = 300"),
            1
        );
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(
            matches!(err, Error::SchemaTooNew { found: 99, .. }),
            "{err:?}"
        );
    }

    /// The outbox rebuild on a store filled by the schema before it: every message, link and
    /// thread survives, states carry over, and the new columns start empty. Foreign keys are
    /// on, as `Store::open` has them: with them enforced inside the migration, dropping the old
    /// table would have cascaded into `outbox_links` and the follow-up threaded on it.
    #[test]
    fn the_outbox_rebuild_keeps_every_message_link_and_thread() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
        let rebuild = MIGRATIONS
            .iter()
            .position(|m| m.contains("CREATE TABLE outbox_rebuilt"))
            .unwrap();
        migrate_to(&mut conn, rebuild).unwrap();
        conn.execute_batch(
            "INSERT INTO cases (id, status, created_at, updated_at, consent_partners_at)
                 VALUES ('C-AAAA', 'open', 1, 1, 1);
             INSERT INTO links (id, case_id, url, url_hash, platform, status, first_seen, updated_at)
                 VALUES ('L-AAAAA', 'C-AAAA', 'https://a.example/1', 'h1', 'x', 'escalated', 1, 1),
                        ('L-BBBBB', 'C-AAAA', 'https://a.example/2', 'h2', 'x', 'reported', 1, 1);
             INSERT INTO outbox (id, kind, case_id, partner, thread, message_id, subject,
                                 envelope_from, envelope_to, message, state, queued_at, attempts,
                                 last_attempt_at, last_error, accepted_at)
                 VALUES ('M-AAAAA', 'escalation', 'C-AAAA', 'Desk', NULL, '<1@h>', 's1', 'f@h',
                         'a@p\nb@p', x'01', 'sent', 10, 1, 11, NULL, 12),
                        ('M-BBBBB', 'followup', 'C-AAAA', 'Desk', 'M-AAAAA', '<2@h>', 's2', 'f@h',
                         'a@p', x'02', 'queued', 20, 3, 21, 'the server deferred the message (451)', NULL),
                        ('M-CCCCC', 'alert', NULL, NULL, NULL, '<3@h>', 's3', 'f@h', 's@h', NULL,
                         'dropped', 30, 0, NULL, NULL, NULL);
             INSERT INTO outbox_links (outbox_id, link_id)
                 VALUES ('M-AAAAA', 'L-AAAAA'), ('M-AAAAA', 'L-BBBBB'), ('M-BBBBB', 'L-AAAAA');
             INSERT INTO wipe_journal (case_id, started_at, stage, links, notes, observations,
                                       events, evidence)
                 VALUES ('C-GONE', 5, 'destroying', 2, 1, 0, 3, 1);",
        )
        .unwrap();
        let old_columns = "SELECT id, kind, case_id, partner, thread, message_id, subject,
             envelope_from, envelope_to, message, state, queued_at, attempts, last_attempt_at,
             last_error, accepted_at FROM outbox ORDER BY id";
        let links = "SELECT outbox_id, link_id FROM outbox_links ORDER BY 1, 2";
        let before = (dump(&conn, old_columns), dump(&conn, links));

        migrate(&mut conn).unwrap();
        assert_eq!((dump(&conn, old_columns), dump(&conn, links)), before);
        assert_eq!(before.1.len(), 3);
        assert_eq!(
            dump(
                &conn,
                "SELECT count(*) FROM outbox WHERE lease_pid IS NULL AND body_started_at IS NULL
                 AND withheld_reason IS NULL"
            ),
            ["Integer(3)"]
        );
        let enforced: bool = conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert!(enforced, "foreign keys are back on after the migration");
        // The rebuilt table's references hold: deleting the escalation takes its follow-up and
        // every link row with it, as before.
        conn.execute("DELETE FROM outbox WHERE id = 'M-AAAAA'", [])
            .unwrap();
        let left: String = conn
            .query_row("SELECT group_concat(id) FROM outbox", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, "M-CCCCC");
        assert!(dump(&conn, links).is_empty());
        // The new states are accepted, and a lease only together with `sending`.
        conn.execute(
            "UPDATE outbox SET state = 'sending', lease_pid = 1, lease_expires_at = 1",
            [],
        )
        .unwrap();
        assert!(
            conn.execute("UPDATE outbox SET state = 'queued'", [])
                .is_err()
        );
        assert_eq!(
            dump(&conn, "SELECT files, bytes, seconds FROM wipe_journal"),
            ["Null|Null|Real(0.0)"]
        );
    }

    /// Migration 12 rebuilds `links` and `observations` on a store filled under migration 11:
    /// every row of every table that refers to a link survives, with foreign keys on as
    /// `Store::open` has them, and an observation that fitted an `unavailable` marker is
    /// `unavailable` now, no longer `removed`.
    #[test]
    fn the_links_rebuild_keeps_every_row_that_refers_to_a_link() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
        let rebuild = MIGRATIONS
            .iter()
            .position(|m| m.contains("CREATE TABLE links_rebuilt"))
            .unwrap();
        migrate_to(&mut conn, rebuild).unwrap();
        conn.execute_batch(
            "INSERT INTO cases (id, status, created_at, updated_at) VALUES ('C-AAAA', 'open', 1, 1);
             INSERT INTO links (id, case_id, url, url_hash, platform, status, route, reference,
                                first_seen, updated_at)
                 VALUES ('L-BBBBB', 'C-AAAA', 'https://a.example/2', 'h2', 'x', 'removed', 'partner',
                         'T-1', 1, 5),
                        ('L-AAAAA', 'C-AAAA', 'https://a.example/1', 'h1', 'x', 'escalated', NULL,
                         NULL, 1, 2);
             INSERT INTO link_events (link_id, at, status, staff)
                 VALUES ('L-AAAAA', 1, 'new', 'ts'), ('L-BBBBB', 5, 'removed', 'cron');
             INSERT INTO observations (link_id, at, status, unavailable, http_status, sha256,
                                       pdq, pdq_distance)
                 VALUES ('L-AAAAA', 3, 'live', 0, 200, 'aa', 'ff', 3),
                        ('L-BBBBB', 4, 'removed', 1, 200, 'bb', NULL, NULL),
                        ('L-BBBBB', 5, 'removed', 0, 404, NULL, NULL, NULL);
             INSERT INTO link_checks (link_id, checked_at, last, settled)
                 VALUES ('L-AAAAA', 3, 'live', 'live'), ('L-BBBBB', 5, 'removed', 'removed');
             INSERT INTO outbox (id, kind, case_id, message_id, subject, envelope_from,
                                 envelope_to, message, state, queued_at)
                 VALUES ('M-AAAAA', 'escalation', 'C-AAAA', '<1@h>', 's', 'f@h', 'a@p', x'01',
                         'sent', 2);
             INSERT INTO outbox_links (outbox_id, link_id) VALUES ('M-AAAAA', 'L-AAAAA');",
        )
        .unwrap();
        let kept = [
            "SELECT rowid, * FROM links ORDER BY rowid",
            "SELECT * FROM link_events ORDER BY id",
            "SELECT * FROM link_checks ORDER BY link_id",
            "SELECT * FROM outbox_links",
            "SELECT id, link_id, at, http_status, sha256, pdq, pdq_distance FROM observations
             ORDER BY id",
        ];
        let before: Vec<_> = kept.iter().map(|q| dump(&conn, q)).collect();

        migrate(&mut conn).unwrap();
        let after: Vec<_> = kept.iter().map(|q| dump(&conn, q)).collect();
        assert_eq!(after, before);
        assert_eq!(
            before.iter().map(Vec::len).sum::<usize>(),
            2 + 2 + 2 + 1 + 3
        );
        let statuses: String = conn
            .query_row(
                "SELECT group_concat(status, ' ') FROM (SELECT status FROM observations ORDER BY id)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(statuses, "live unavailable removed");
        conn.execute(
            "UPDATE links SET status = 'unavailable' WHERE id = 'L-AAAAA'",
            [],
        )
        .unwrap();
        assert!(
            conn.execute("UPDATE links SET status = 'gone'", [])
                .is_err(),
            "the CHECK still holds"
        );
        // The references hold on the new tables: deleting a link takes its rows with it.
        conn.execute("DELETE FROM links WHERE id = 'L-AAAAA'", [])
            .unwrap();
        for table in ["link_events", "observations", "link_checks", "outbox_links"] {
            let left: i64 = conn
                .query_row(
                    &format!("SELECT count(*) FROM {table} WHERE link_id = 'L-AAAAA'"),
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(left, 0, "{table}");
        }
        // The tombstone trigger came back with the table.
        conn.execute_batch("UPDATE cases SET status = 'wiped'")
            .unwrap();
        assert!(
            conn.execute(
                "INSERT INTO links (id, case_id, url, url_hash, platform, status, first_seen,
                                    updated_at)
                 VALUES ('L-CCCCC', 'C-AAAA', 'u', 'h3', 'x', 'new', 1, 1)",
                []
            )
            .is_err()
        );
    }
}
