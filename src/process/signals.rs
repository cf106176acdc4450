//! SIGTERM and SIGINT held off while a message's fate is in the balance: from just before its
//! body goes to the server until the server's answer (or its absence) is written to the store.
//! A signal that arrives then is remembered, and the process ends by it, as it would have, right
//! after the answer is recorded. Outside that window a signal ends the process at once, as if no
//! handler were installed: every other moment of a send is safe to cut short (the lease and the
//! journal of the store say what happened).
//!
//! The handlers are installed on first use and stay for the life of the process: a thread of
//! `signal-hook` receives each signal, marks it, and unless a window is open re-raises it with
//! the default action.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::iterator::Signals;
use signal_hook::low_level::emulate_default_handler;

/// The signal that arrived and waits for the window to close (0: none).
static PENDING: AtomicI32 = AtomicI32::new(0);
/// Whether a window is open.
static HOLDING: AtomicBool = AtomicBool::new(false);
static INSTALLED: OnceLock<bool> = OnceLock::new();

/// An open window: signals wait until it is dropped.
#[must_use = "signals are held off only while the guard lives"]
pub(crate) struct Hold(());

/// Opens a window. Without handlers (the OS refused them) the window holds nothing off, which
/// is how the process behaved before: a kill there leaves the message `uncertain`.
pub(crate) fn hold() -> Hold {
    let installed = *INSTALLED.get_or_init(install);
    if !installed {
        tracing::debug!("no signal handlers: a signal during a send ends the process at once");
    }
    HOLDING.store(true, Ordering::SeqCst);
    Hold(())
}

/// Whether a signal arrived during the open window: the caller stops before starting anything
/// new and lets the window close.
pub(crate) fn requested() -> bool {
    PENDING.load(Ordering::SeqCst) != 0
}

impl Drop for Hold {
    fn drop(&mut self) {
        // The order matters against the handler thread, which marks first and looks second:
        // whichever of the two looks last sees the other's write and ends the process.
        HOLDING.store(false, Ordering::SeqCst);
        let signal = PENDING.load(Ordering::SeqCst);
        if signal != 0 {
            tracing::debug!(signal, "ending on the signal held off during the send");
            end_by(signal);
        }
    }
}

fn install() -> bool {
    let mut signals = match Signals::new([SIGTERM, SIGINT]) {
        Ok(signals) => signals,
        Err(e) => {
            tracing::debug!(error = %e, "cannot install signal handlers");
            return false;
        }
    };
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                PENDING.store(signal, Ordering::SeqCst);
                if !HOLDING.load(Ordering::SeqCst) {
                    end_by(signal);
                }
            }
        });
    spawned.is_ok()
}

/// Ends the process by `signal` with its default action, so the parent sees what it sent.
fn end_by(signal: i32) {
    if emulate_default_handler(signal).is_err() {
        tracing::debug!(signal, "cannot end the process by the signal");
    }
}
