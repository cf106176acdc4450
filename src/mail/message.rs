//! Building a message, apart from sending it: `escalate --dry-run` writes what would be sent,
//! and the outbox stores these exact bytes, so a retry sends the same message.

use std::time::SystemTime;

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::config::Sender;

#[derive(Debug, thiserror::Error)]
#[error("cannot build the e-mail")]
pub(crate) struct Error(#[source] lettre::error::Error);

/// What a message says and to whom.
pub(crate) struct Draft<'a> {
    pub(crate) to: &'a [Mailbox],
    pub(crate) subject: &'a str,
    pub(crate) body: &'a str,
    /// Message-IDs of the thread this message answers, oldest first: the first one is the
    /// escalation, the last one the message answered.
    pub(crate) thread: &'a [String],
    pub(crate) files: &'a [File<'a>],
}

/// A file to attach: only ever a metadata-stripped picture the staff member named.
pub(crate) struct File<'a> {
    pub(crate) name: &'a str,
    pub(crate) media_type: &'a str,
    pub(crate) bytes: &'a [u8],
}

/// A formatted message with its envelope.
pub(crate) struct Built {
    pub(crate) message_id: String,
    pub(crate) envelope_from: String,
    pub(crate) envelope_to: Vec<String>,
    pub(crate) bytes: Vec<u8>,
}

/// A new Message-ID under the helpline's domain. It is random, not derived from the case: it
/// travels to the partner and must say nothing.
pub(crate) fn new_message_id(random: [u8; 16], domain: &str) -> String {
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("<{hex}@{domain}>")
}

/// Formats `draft`. Subjects and bodies may be Urdu: lettre encodes the subject as RFC 2047
/// words and the body as UTF-8 in quoted-printable or base64.
pub(crate) fn build(
    sender: &Sender,
    draft: &Draft<'_>,
    message_id: String,
    date: jiff::Timestamp,
) -> Result<Built, Error> {
    let mut builder = Message::builder()
        .from(sender.from.clone())
        .subject(draft.subject)
        .date(SystemTime::try_from(date).expect("a clock reading always fits SystemTime"))
        .message_id(Some(message_id.clone()));
    for to in draft.to {
        builder = builder.to(to.clone());
    }
    if let Some(reply_to) = &sender.reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    if let Some(parent) = draft.thread.last() {
        builder = builder
            .in_reply_to(parent.clone())
            .references(draft.thread.join(" "));
    }
    let message = if draft.files.is_empty() {
        builder
            .header(ContentType::TEXT_PLAIN)
            .body(draft.body.to_owned())
    } else {
        let mut parts = MultiPart::mixed().singlepart(SinglePart::plain(draft.body.to_owned()));
        for file in draft.files {
            let media_type = ContentType::parse(file.media_type)
                .unwrap_or_else(|_| ContentType::parse("application/octet-stream").expect("valid"));
            parts = parts.singlepart(
                Attachment::new(file.name.to_owned()).body(file.bytes.to_vec(), media_type),
            );
        }
        builder.multipart(parts)
    }
    .map_err(Error)?;
    let envelope = message.envelope();
    Ok(Built {
        message_id,
        envelope_from: envelope.from().map(ToString::to_string).unwrap_or_default(),
        envelope_to: envelope.to().iter().map(ToString::to_string).collect(),
        bytes: message.formatted(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sender() -> Sender {
        Sender {
            from: "Helpline <desk@helpline.example>".parse().unwrap(),
            reply_to: Some("cases@helpline.example".parse().unwrap()),
            message_id_domain: "helpline.example".into(),
        }
    }

    #[test]
    fn an_urdu_subject_is_encoded_and_a_follow_up_is_threaded() {
        let to = ["Partner <trust@platform.example>".parse().unwrap()];
        let thread = vec!["<first@helpline.example>".to_owned()];
        let built = build(
            &sender(),
            &Draft {
                to: &to,
                subject: "[takedown C-7KQ2] فوری درخواست",
                body: "سلام\n",
                thread: &thread,
                files: &[],
            },
            new_message_id([7; 16], "helpline.example"),
            jiff::Timestamp::from_second(1_764_000_000).unwrap(),
        )
        .unwrap();
        let text = String::from_utf8(built.bytes).unwrap();
        assert!(text.is_ascii(), "{text}");
        assert!(
            text.contains("Subject: [takedown C-7KQ2] =?utf-8?b?"),
            "the Urdu words must be RFC 2047 encoded words: {text}"
        );
        assert!(text.contains("In-Reply-To: <first@helpline.example>\r\n"));
        assert!(text.contains("References: <first@helpline.example>\r\n"));
        assert!(
            text.contains("Message-ID: <07070707070707070707070707070707@helpline.example>\r\n")
        );
        assert!(text.contains("Reply-To: cases@helpline.example\r\n"));
        assert_eq!(built.envelope_from, "desk@helpline.example");
        assert_eq!(built.envelope_to, ["trust@platform.example"]);
    }
}
