//! What the process does first, before it reads a key, a password or a case: it makes sure a
//! crash cannot write its memory to disk. A core dump would hold the store key, the SMTP
//! password, URLs, notes and evidence in plaintext, outside the encrypted store and beyond the
//! reach of `wipe`.

/// Sets the core size limit to 0 (soft and hard, so nothing this process starts can raise it
/// again) and, on Linux, marks the process non-dumpable: the kernel then writes no core even if
/// the limit is raised from outside or cores go to a pipe handler, and other processes of the
/// same user cannot attach to it (ptrace) or read its memory.
pub(crate) fn no_core_dumps() -> std::io::Result<()> {
    use rustix::process::{Resource, Rlimit, setrlimit};
    let none = Rlimit {
        current: Some(0),
        maximum: Some(0),
    };
    setrlimit(Resource::Core, none)?;
    #[cfg(target_os = "linux")]
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn after_it_the_process_dumps_nothing() {
        super::no_core_dumps().unwrap();
        let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!((limit.current, limit.maximum), (Some(0), Some(0)));
        #[cfg(target_os = "linux")]
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
    }
}
