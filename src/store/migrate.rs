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
