//! Who this process is, and whether the process named by a lease still runs, from Linux's
//! process table (`/proc`). A process id alone is reused, so a lease also names the boot (a
//! restart ends every process) and the process's start time. Where there is no `/proc`, the
//! answer is "cannot tell", and the lease's expiry decides (`domain::outbox::may_take_over`).
//! [`signals`] holds off SIGTERM and SIGINT while a send's outcome is recorded.

pub(crate) mod signals;

use crate::domain::outbox::{Holder, Lease};

/// This process, as a lease names it.
pub(crate) fn me() -> Lease {
    let pid = std::process::id();
    Lease {
        pid,
        boot: boot_id(),
        start: stat(pid).map(|s| s.start),
    }
}

/// Whether the process `lease` names is still running.
pub(crate) fn holder(lease: &Lease) -> Holder {
    let (Some(boot), Some(start), Some(now)) = (&lease.boot, lease.start, boot_id()) else {
        return Holder::Unknown;
    };
    if *boot != now {
        return Holder::Gone; // the machine restarted since
    }
    match stat(lease.pid) {
        Some(s) if s.start == start && !s.ended => Holder::Running,
        // No such process, another process under a reused id, or one that ended and waits to
        // be reaped by its parent.
        _ => Holder::Gone,
    }
}

fn boot_id() -> Option<String> {
    let text = fs_err::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    Some(text.trim().to_owned()).filter(|t| !t.is_empty())
}

struct Stat {
    /// Clock ticks after boot when the process started (`starttime`, field 22 of `stat`).
    start: u64,
    /// A zombie (`Z`) or dead (`X`) process: it runs no more.
    ended: bool,
}

fn stat(pid: u32) -> Option<Stat> {
    parse_stat(&fs_err::read_to_string(format!("/proc/{pid}/stat")).ok()?)
}

/// `pid (comm) state ppid …`: the command name may hold spaces and parentheses, so the fields
/// are counted after the last `)`.
fn parse_stat(text: &str) -> Option<Stat> {
    let fields: Vec<&str> = text[text.rfind(')')? + 1..].split_whitespace().collect();
    // After the name: state is field 3, starttime field 22.
    let state = fields.first()?;
    let start = fields.get(22 - 3)?.parse().ok()?;
    Some(Stat {
        start,
        ended: matches!(*state, "Z" | "X"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_runs_and_a_finished_child_does_not() {
        let me = me();
        if me.boot.is_none() {
            return; // no /proc here: every answer is Unknown, tested in domain::outbox
        }
        assert_eq!(holder(&me), Holder::Running);
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        let lease = Lease {
            pid,
            boot: me.boot.clone(),
            start: stat(pid).map(|s| s.start),
        };
        child.wait().unwrap();
        assert_eq!(holder(&lease), Holder::Gone);
        let reused = Lease {
            start: me.start.map(|s| s + 1),
            ..me.clone()
        };
        assert_eq!(holder(&reused), Holder::Gone, "same id, another process");
        let rebooted = Lease {
            boot: Some("another-boot".into()),
            ..me.clone()
        };
        assert_eq!(holder(&rebooted), Holder::Gone);
        let unknown = Lease { start: None, ..me };
        assert_eq!(holder(&unknown), Holder::Unknown);
    }

    #[test]
    fn a_command_name_with_spaces_and_parentheses_is_skipped() {
        let line =
            "4242 (tak (e) down) S 1 4242 4242 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 987654 0 0";
        let s = parse_stat(line).unwrap();
        assert_eq!(s.start, 987_654);
        assert!(!s.ended);
        let zombie = "7 (x) Z 1 7 7 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 55 0 0";
        assert!(parse_stat(zombie).unwrap().ended);
        assert!(parse_stat("garbage").is_none());
    }
}
