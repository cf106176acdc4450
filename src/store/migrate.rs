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
];

pub(super) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let supported = MIGRATIONS.len() as u32;
    if found > supported {
        return Err(Error::SchemaTooNew { found, supported });
    }
    let tx = conn.transaction()?;
    for (n, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", n as u32 + 1)?;
        tracing::debug!(version = n + 1, "applied store migration");
    }
    Ok(tx.commit()?)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
