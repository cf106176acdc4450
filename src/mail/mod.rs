//! E-mail to partners and staff: settings, building a message, sending it, and the outbox
//! delivery loop. Every message is in the encrypted store before it is sent; nothing here
//! writes a message anywhere else, and logs carry message ids only.

pub(crate) mod config;
pub(crate) mod message;
pub(crate) mod transport;

use jiff::Timestamp;
use lettre::Address;
use lettre::address::Envelope;

use crate::domain::ids::MailId;
use crate::domain::staff::StaffHandle;
use crate::store::{self, QueuedMail, Store};
use transport::{MailTransport, SendError};

/// What one send attempt did.
#[derive(Debug)]
pub(crate) struct Delivery {
    pub(crate) id: MailId,
    pub(crate) result: Result<(), SendError>,
}

/// Sends queued messages one at a time. Each attempt is counted in the store before the
/// connection opens, and acceptance is stored the moment the server answers 250, before
/// anything else can fail, so a message is never sent twice. The first failure of the relay
/// itself (down, TLS, login) ends the batch: the rest stay queued, untouched.
pub(crate) fn deliver(
    store: &Store,
    transport: &dyn MailTransport,
    queued: Vec<QueuedMail>,
    by: &StaffHandle,
    now: impl Fn() -> Timestamp,
) -> Result<Vec<Delivery>, store::Error> {
    let mut done = Vec::with_capacity(queued.len());
    for mail in queued {
        store.begin_attempt(&mail.id, now())?;
        let result = envelope(&mail).and_then(|e| transport.send(&e, &mail.message));
        match &result {
            Ok(()) => store.mail_accepted(&mail.id, by, now())?,
            Err(e) => {
                tracing::debug!(mail = %mail.id, error = %e, "not sent");
                store.mail_failed(&mail.id, &e.text)?;
            }
        }
        let stop = result.as_ref().is_err_and(|e| e.relay_failed);
        done.push(Delivery {
            id: mail.id,
            result,
        });
        if stop {
            break;
        }
    }
    Ok(done)
}

fn envelope(mail: &QueuedMail) -> Result<Envelope, SendError> {
    let damaged = || SendError {
        text: "the stored envelope is damaged".into(),
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
    use std::cell::RefCell;

    use super::*;
    use crate::domain::staff::tester;
    use crate::secrets::StoreKey;
    use crate::store::{MailKind, MailState, NewMail};

    /// Fails while `down` is set, otherwise keeps what it was given.
    struct Relay {
        down: bool,
        sent: RefCell<Vec<Vec<u8>>>,
    }

    impl MailTransport for Relay {
        fn send(&self, _: &Envelope, message: &[u8]) -> Result<(), SendError> {
            if self.down {
                return Err(SendError {
                    text: "the server refused the connection".into(),
                    relay_failed: true,
                });
            }
            self.sent.borrow_mut().push(message.to_vec());
            Ok(())
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

    #[test]
    fn a_dead_relay_keeps_everything_queued_and_a_message_is_sent_once() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::create(&dir.path().join("t.db"), &StoreKey::from_bytes([3; 32])).unwrap();
        let now = || Timestamp::from_second(1_764_000_000).unwrap();
        store.queue_mail(&alert(1), now()).unwrap();
        store.queue_mail(&alert(2), now()).unwrap();

        let down = Relay {
            down: true,
            sent: RefCell::default(),
        };
        let done = deliver(
            &store,
            &down,
            store.queued_mail(None).unwrap(),
            &tester(),
            now,
        )
        .unwrap();
        assert_eq!(done.len(), 1, "a dead relay ends the batch");
        let outbox = store.outbox(None, None).unwrap();
        assert_eq!(
            outbox
                .iter()
                .map(|m| (m.state, m.attempts))
                .collect::<Vec<_>>(),
            [(MailState::Queued, 1), (MailState::Queued, 0)]
        );
        assert_eq!(
            outbox[0].last_error.as_deref(),
            Some("the server refused the connection")
        );

        let up = Relay {
            down: false,
            sent: RefCell::default(),
        };
        deliver(
            &store,
            &up,
            store.queued_mail(None).unwrap(),
            &tester(),
            now,
        )
        .unwrap();
        assert_eq!(*up.sent.borrow(), [vec![1], vec![2]]);
        assert!(store.queued_mail(None).unwrap().is_empty());
        let outbox = store.outbox(Some(MailState::Sent), None).unwrap();
        assert_eq!(outbox.len(), 2);
        assert!(
            outbox
                .iter()
                .all(|m| m.accepted_at == Some(now()) && m.last_error.is_none())
        );
    }
}
