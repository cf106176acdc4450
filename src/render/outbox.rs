//! What `outbox send` prints: what happened to each message it tried. Messages are named by
//! id; their text and recipients never appear here.

use crate::mail::Delivery;
use crate::render::Printer;

/// One line per message tried, then, when `left` of `total` stay queued, how many were not
/// tried at all and that a later send tries again.
pub(crate) fn deliveries(printer: &Printer, done: &[Delivery], total: usize, left: usize) {
    for d in done {
        match &d.result {
            Ok(()) => printer.note(&format!("sent `{}`", d.id)),
            Err(e) => printer.warn(&format!("`{}` stays queued: {e}", d.id)),
        }
    }
    if left == 0 {
        return;
    }
    let untried = total - done.len();
    if untried > 0 {
        printer.warn(&format!(
            "{untried} more stay queued untried while the server fails"
        ));
    }
    printer.note(&"`takedown outbox send` tries again");
}
