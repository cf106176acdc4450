//! E-mail to partners and staff: settings, building a message, sending it, and the outbox
//! delivery loop. Every message is in the encrypted store before it is sent; nothing here
//! writes a message anywhere else, and logs carry message ids only.

pub(crate) mod config;
pub(crate) mod message;
pub(crate) mod transport;

use jiff::{SignedDuration, Timestamp};
use lettre::Address;
use lettre::address::Envelope;

use crate::domain::ids::MailId;
use crate::domain::outbox::{Holder, Lease, MailState};
use crate::domain::staff::StaffHandle;
use crate::process::signals;
use crate::store::{self, BodyStart, Claim, Outcome, QueuedMail, Store};
use transport::{BodyError, MailTransport, SendError};

/// How long a claim holds when nobody can tell whether its sender still runs: longer than any
/// dialogue takes (each step of it times out after 30 seconds).
const LEASE: SignedDuration = SignedDuration::from_mins(15);

/// What one message came to.
#[derive(Debug)]
pub(crate) enum Delivered {
    /// The server answered 250 to the end of the message, and that is recorded.
    Sent,
    /// Not sent this time (the relay is down, or deferred it): stays queued.
    Deferred(SendError),
    /// Refused for good (5xx): `failed`.
    Failed(SendError),
    /// The body went out and no answer came: `uncertain`, resent only when staff say so.
    Uncertain(SendError),
    /// Consent to share is gone: withheld, never sent.
    Withheld(String),
    /// Another sender that still runs has it.
    Busy { pid: u32 },
    /// No longer waiting to be sent (another sender dealt with it meanwhile).
    NotQueued(MailState),
}

impl Delivered {
    /// Whether this message still waits for something: a later send, or a person.
    pub(crate) fn left_over(&self) -> bool {
        !matches!(
            self,
            Delivered::Sent | Delivered::Busy { .. } | Delivered::NotQueued(_)
        )
    }
}

/// What one send attempt did.
#[derive(Debug)]
pub(crate) struct Delivery {
    pub(crate) id: MailId,
    pub(crate) result: Delivered,
}

/// Who sends (the process, and the staff member or `cron` the records name), and how to tell
/// whether another sender still runs (`process` on a real run).
pub(crate) struct Sender<'a> {
    pub(crate) me: Lease,
    pub(crate) by: &'a StaffHandle,
    pub(crate) holder: &'a dyn Fn(&Lease) -> Holder,
}

/// Sends messages one at a time, each claimed in the store before the connection opens, so no
/// two senders ever send one message. The moment before the body goes out is recorded (consent
/// checked once more), and the server's answer to the end of the body is recorded before QUIT;
/// SIGTERM and SIGINT wait for that record. The first failure of the relay itself (down, TLS,
/// login) ends the batch: the rest stay queued, untouched.
pub(crate) fn deliver(
    store: &Store,
    transport: &dyn MailTransport,
    ids: Vec<MailId>,
    sender: &Sender<'_>,
    now: impl Fn() -> Timestamp,
) -> Result<Vec<Delivery>, store::Error> {
    let mut done = Vec::with_capacity(ids.len());
    for id in ids {
        let at = now();
        let expires = at.checked_add(LEASE).unwrap_or(at);
        let result = match store.claim(&id, &sender.me, expires, at, sender.holder)? {
            Claim::Claimed(mail) => attempt(store, transport, &mail, sender.by, &now)?,
            Claim::Busy { pid } => Delivered::Busy { pid },
            Claim::Withheld(reason) => Delivered::Withheld(reason),
            Claim::NotQueued(state) => Delivered::NotQueued(state),
        };
        let stop = matches!(&result, Delivered::Deferred(e) if e.relay_failed);
        done.push(Delivery { id, result });
        if stop {
            break;
        }
    }
    Ok(done)
}

/// One claimed message through the dialogue, each outcome recorded as it comes.
fn attempt(
    store: &Store,
    transport: &dyn MailTransport,
    mail: &QueuedMail,
    by: &StaffHandle,
    now: &impl Fn() -> Timestamp,
) -> Result<Delivered, store::Error> {
    let envelope = match envelope(mail) {
        Ok(envelope) => envelope,
        Err(e) => {
            store.record(&mail.id, Outcome::Failed, &e.text)?;
            return Ok(Delivered::Failed(e));
        }
    };
    let mut session = match transport.open(&envelope, &mail.message) {
        Ok(session) => session,
        Err(e) => {
            tracing::debug!(mail = %mail.id, error = %e, "not sent");
            let (outcome, result) = if e.permanent {
                (Outcome::Failed, Delivered::Failed(e.clone()))
            } else {
                (Outcome::Deferred, Delivered::Deferred(e.clone()))
            };
            store.record(&mail.id, outcome, &e.text)?;
            return Ok(result);
        }
    };
    // From here until the answer is recorded, SIGTERM and SIGINT wait.
    let window = signals::hold();
    if let BodyStart::Withheld(reason) = store.body_starts(&mail.id, now())? {
        // Dropping the session closes the connection inside DATA: the server discards it.
        return Ok(Delivered::Withheld(reason));
    }
    if signals::requested() {
        let error = "interrupted by a signal before the message body";
        store.body_not_sent(&mail.id, error)?;
        return Ok(Delivered::Deferred(SendError {
            text: error.into(),
            permanent: false,
            relay_failed: true,
        }));
    }
    let result = match session.body(&mail.message) {
        Ok(()) => {
            store.mail_accepted(&mail.id, by, now())?;
            Delivered::Sent
        }
        Err(BodyError {
            error,
            answered: true,
        }) => {
            let outcome = if error.permanent {
                Outcome::Failed
            } else {
                Outcome::Deferred
            };
            store.record(&mail.id, outcome, &error.text)?;
            if error.permanent {
                Delivered::Failed(error)
            } else {
                Delivered::Deferred(error)
            }
        }
        Err(BodyError {
            error,
            answered: false,
        }) => {
            let text = format!(
                "no answer after the message body ({error}): the server may have accepted it"
            );
            store.record(&mail.id, Outcome::Uncertain, &text)?;
            Delivered::Uncertain(SendError { text, ..error })
        }
    };
    tracing::debug!(mail = %mail.id, ?result, "recorded");
    drop(window);
    session.quit();
    Ok(result)
}

fn envelope(mail: &QueuedMail) -> Result<Envelope, SendError> {
    let damaged = || SendError {
        text: "the stored envelope is damaged".into(),
        permanent: true,
        relay_failed: false,
    };
    let from: Address = mail.envelope_from.parse().map_err(|_| damaged())?;
    let to = mail
        .envelope_to
        .iter()
        .map(|a| a.parse::<Address>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| damaged())?;
    Envelope::new(Some(from), to).map_err(|_| damaged())
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use super::*;
    use crate::domain::case::Consent;
    use crate::domain::staff::tester;
    use crate::secrets::StoreKey;
    use crate::store::{MailKind, NewCase, NewMail};
    use transport::Session;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Server {
        Down,
        Accepts,
        /// 451 to the end of the body.
        Defers,
        /// 554 to the end of the body.
        Refuses,
        /// Takes the body and never answers.
        Silent,
    }

    /// A relay that behaves as `server` says and keeps every body it was given; `on_open` runs
    /// when a dialogue reaches DATA (another process acting meanwhile).
    struct Relay<'a> {
        server: Cell<Server>,
        bodies: Rc<RefCell<Vec<Vec<u8>>>>,
        on_open: Box<dyn Fn() + 'a>,
    }

    impl<'a> Relay<'a> {
        fn new(server: Server) -> Relay<'a> {
            Relay {
                server: Cell::new(server),
                bodies: Rc::default(),
                on_open: Box::new(|| {}),
            }
        }
    }

    impl MailTransport for Relay<'_> {
        fn open(&self, _: &Envelope, _: &[u8]) -> Result<Box<dyn Session>, SendError> {
            if self.server.get() == Server::Down {
                return Err(SendError {
                    text: "the server refused the connection".into(),
                    permanent: false,
                    relay_failed: true,
                });
            }
            (self.on_open)();
            Ok(Box::new(Dialogue {
                server: self.server.get(),
                bodies: Rc::clone(&self.bodies),
            }))
        }
    }

    struct Dialogue {
        server: Server,
        bodies: Rc<RefCell<Vec<Vec<u8>>>>,
    }

    impl Session for Dialogue {
        fn body(&mut self, message: &[u8]) -> Result<(), BodyError> {
            let answer = |code: &str, permanent| BodyError {
                error: SendError {
                    text: format!("the server answered ({code})"),
                    permanent,
                    relay_failed: false,
                },
                answered: true,
            };
            match self.server {
                Server::Accepts => {
                    self.bodies.borrow_mut().push(message.to_vec());
                    Ok(())
                }
                Server::Defers => Err(answer("451", false)),
                Server::Refuses => Err(answer("554", true)),
                Server::Silent => {
                    self.bodies.borrow_mut().push(message.to_vec());
                    Err(BodyError {
                        error: SendError {
                            text: "the server did not answer in time".into(),
                            permanent: false,
                            relay_failed: true,
                        },
                        answered: false,
                    })
                }
                Server::Down => unreachable!("never opened"),
            }
        }

        fn quit(self: Box<Self>) {}
    }

    fn now() -> Timestamp {
        Timestamp::from_second(1_764_000_000).unwrap()
    }

    fn store(dir: &tempfile::TempDir) -> Store {
        Store::create(&dir.path().join("t.db"), &StoreKey::from_bytes([3; 32])).unwrap()
    }

    fn me() -> Lease {
        Lease {
            pid: 1,
            boot: Some("boot".into()),
            start: Some(1),
        }
    }

    fn alert(n: u8) -> NewMail {
        NewMail {
            kind: MailKind::Alert,
            case: None,
            partner: None,
            thread: None,
            message_id: format!("<{n}@helpline.example>"),
            subject: "alert".into(),
            envelope_from: "desk@helpline.example".into(),
            envelope_to: vec!["staff@helpline.example".into()],
            message: vec![n],
            links: vec![],
            staff: tester(),
        }
    }

    /// An escalation of a new case, with or without partner consent.
    fn escalation(store: &Store, n: u8, consent: bool) -> (crate::domain::ids::CaseId, MailId) {
        let case = store
            .new_case(
                &NewCase {
                    categories: vec![crate::domain::category::Category::Harassment],
                    minor: false,
                    jurisdiction: None,
                    consents: if consent {
                        vec![Consent::Partners]
                    } else {
                        vec![]
                    },
                },
                &tester(),
                now(),
            )
            .unwrap();
        let mail = NewMail {
            kind: MailKind::Escalation,
            case: Some(case.clone()),
            partner: Some("Desk".into()),
            envelope_to: vec!["desk@partner.example".into()],
            ..alert(n)
        };
        (case, store.queue_mail(&mail, now()).unwrap())
    }

    fn run(store: &Store, relay: &Relay<'_>, holder: &dyn Fn(&Lease) -> Holder) -> Vec<Delivery> {
        let sender = Sender {
            me: me(),
            by: &tester(),
            holder,
        };
        deliver(store, relay, store.sendable(None).unwrap(), &sender, now).unwrap()
    }

    fn states(store: &Store) -> Vec<(MailState, i64)> {
        store
            .outbox(None, None)
            .unwrap()
            .iter()
            .map(|m| (m.state, m.attempts))
            .collect()
    }

    const NOBODY: &dyn Fn(&Lease) -> Holder = &|_| Holder::Gone;
    const WITHDRAWN: &str = "consent to share with partners was withdrawn";

    #[test]
    fn a_dead_relay_keeps_everything_queued_and_a_message_is_sent_once() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir);
        store.queue_mail(&alert(1), now()).unwrap();
        store.queue_mail(&alert(2), now()).unwrap();

        let done = run(&store, &Relay::new(Server::Down), NOBODY);
        assert_eq!(done.len(), 1, "a dead relay ends the batch");
        assert_eq!(
            states(&store),
            [(MailState::Queued, 1), (MailState::Queued, 0)]
        );
        assert_eq!(
            store.outbox(None, None).unwrap()[0].last_error.as_deref(),
            Some("the server refused the connection")
        );

        let up = Relay::new(Server::Accepts);
        run(&store, &up, NOBODY);
        run(&store, &up, NOBODY);
        assert_eq!(*up.bodies.borrow(), [vec![1], vec![2]]);
        assert!(store.sendable(None).unwrap().is_empty());
        let sent = store.outbox(Some(MailState::Sent), None).unwrap();
        assert_eq!(sent.len(), 2);
        assert!(
            sent.iter()
                .all(|m| m.accepted_at == Some(now()) && m.last_error.is_none())
        );
    }

    #[test]
    fn each_answer_to_the_body_is_recorded_and_only_a_deferral_is_retried() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir);
        for (n, server) in [
            (1, Server::Defers),
            (2, Server::Refuses),
            (3, Server::Silent),
        ] {
            let id = store.queue_mail(&alert(n), now()).unwrap();
            let sender = Sender {
                me: me(),
                by: &tester(),
                holder: NOBODY,
            };
            let relay = Relay::new(server);
            deliver(&store, &relay, vec![id], &sender, now).unwrap();
        }
        let outbox = store.outbox(None, None).unwrap();
        let got: Vec<(MailState, Option<&str>)> = outbox
            .iter()
            .map(|m| (m.state, m.last_error.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (MailState::Queued, Some("the server answered (451)")),
                (MailState::Failed, Some("the server answered (554)")),
                (
                    MailState::Uncertain,
                    Some(
                        "no answer after the message body (the server did not answer in time): the server may have accepted it"
                    )
                ),
            ]
        );
        assert!(outbox[2].body_started_at.is_some());
        assert_eq!(store.sendable(None).unwrap(), [outbox[0].id.clone()]);
        let up = Relay::new(Server::Accepts);
        run(&store, &up, NOBODY);
        assert_eq!(
            *up.bodies.borrow(),
            [vec![1]],
            "only the deferred one again"
        );

        // Staff decide to send the uncertain one again.
        assert_eq!(
            store.resend_uncertain(&outbox[1].id).unwrap(),
            Some(MailState::Failed)
        );
        assert_eq!(store.resend_uncertain(&outbox[2].id).unwrap(), None);
        run(&store, &up, NOBODY);
        assert_eq!(*up.bodies.borrow(), [vec![1], vec![3]]);
    }

    #[test]
    fn a_running_sender_keeps_its_message_and_a_gone_one_leaves_it_by_how_far_it_got() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir);
        let before = store.queue_mail(&alert(1), now()).unwrap();
        let after = store.queue_mail(&alert(2), now()).unwrap();
        let other = Lease { pid: 99, ..me() };
        let later = now().checked_add(LEASE).unwrap();
        for id in [&before, &after] {
            let claim = store.claim(id, &other, later, now(), NOBODY).unwrap();
            assert!(matches!(claim, Claim::Claimed(_)), "{claim:?}");
        }
        // The other sender got as far as the body of the second message.
        assert_eq!(store.body_starts(&after, now()).unwrap(), BodyStart::Go);

        let relay = Relay::new(Server::Accepts);
        let running: &dyn Fn(&Lease) -> Holder = &|l| {
            if l.pid == 99 {
                Holder::Running
            } else {
                Holder::Gone
            }
        };
        let done = run(&store, &relay, running);
        assert!(
            done.iter()
                .all(|d| matches!(d.result, Delivered::Busy { pid: 99 })),
            "{done:?}"
        );
        assert!(relay.bodies.borrow().is_empty());
        // Past its expiry, a sender nobody can look up is taken over; one that runs never is.
        let unknown: &dyn Fn(&Lease) -> Holder = &|_| Holder::Unknown;
        let much_later = || later.checked_add(SignedDuration::from_secs(1)).unwrap();
        let sender = Sender {
            me: me(),
            by: &tester(),
            holder: running,
        };
        let ids = store.sendable(None).unwrap();
        deliver(&store, &relay, ids.clone(), &sender, much_later).unwrap();
        assert!(
            relay.bodies.borrow().is_empty(),
            "a running sender is never overtaken"
        );

        let sender = Sender {
            me: me(),
            by: &tester(),
            holder: unknown,
        };
        let done = deliver(&store, &relay, ids, &sender, much_later).unwrap();
        assert!(matches!(done[0].result, Delivered::Sent), "{done:?}");
        assert!(
            matches!(done[1].result, Delivered::NotQueued(MailState::Uncertain)),
            "{done:?}"
        );
        assert_eq!(
            *relay.bodies.borrow(),
            [vec![1]],
            "never the one whose body began"
        );
    }

    #[test]
    fn consent_is_checked_when_a_message_is_claimed_and_again_before_its_body() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(&dir);
        let (_, without) = escalation(&store, 1, false);
        let (case, with) = escalation(&store, 2, true);
        // Another process withdraws the second case's consent while its dialogue is under way.
        let mut relay = Relay::new(Server::Accepts);
        relay.on_open = Box::new(|| {
            store
                .set_consent(&case, Consent::Partners, false, &tester(), now())
                .unwrap();
        });
        let done = run(&store, &relay, NOBODY);
        assert!(relay.bodies.borrow().is_empty(), "{done:?}");
        for (d, id) in done.iter().zip([&without, &with]) {
            assert_eq!(&d.id, id);
            assert!(matches!(&d.result, Delivered::Withheld(r) if r == WITHDRAWN));
        }
        let outbox = store.outbox(None, None).unwrap();
        assert!(outbox.iter().all(|m| m.state == MailState::Withheld
            && m.withheld_reason.as_deref() == Some(WITHDRAWN)
            && m.body_started_at.is_none()));
        // Consent given again releases nothing.
        store
            .set_consent(&case, Consent::Partners, true, &tester(), now())
            .unwrap();
        assert!(run(&store, &relay, NOBODY).is_empty());
        assert!(relay.bodies.borrow().is_empty());
    }
}
