//! Who may be e-mailed about a case, and when a follow-up is due. Pure rules: the command asks,
//! this module answers.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};

use crate::domain::catalog::PlatformId;
use crate::domain::protection::{self, CaseFacts, ChildAbuse};

/// Why a case cannot be escalated by e-mail.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Refusal {
    #[error("case `{0}` has no consent to share with partners")]
    NoConsent(String),
    /// Child sexual abuse material, or a minor's sexual images (the same thing in law), goes to
    /// the hotlines that are allowed to handle it, never into anyone's mailbox.
    #[error(
        "case `{0}` concerns child sexual abuse material ({law}), which is never sent by e-mail{record}",
        law = protection::CHILD_ABUSE_LAW,
        record = match .1 {
            ChildAbuse::Recorded => String::new(),
            ChildAbuse::MinorSexual(c) => format!(
                ": a minor's `{c}` case is that in law; record it as `csam` with `takedown case category {} --add csam`", .0
            ),
        }
    )]
    ChildAbuse(String, ChildAbuse),
}

/// The gate before anything is built: CSAM first (consent does not change it), then consent.
pub(crate) fn gate(
    case: &str,
    facts: &CaseFacts<'_>,
    partner_consent: bool,
) -> Result<(), Refusal> {
    if let Some(why) = facts.child_abuse() {
        return Err(Refusal::ChildAbuse(case.to_owned(), why));
    }
    if !partner_consent {
        return Err(Refusal::NoConsent(case.to_owned()));
    }
    Ok(())
}

/// Whether a follow-up is due: the first once `first_due` has passed (the partner's response
/// time or a legal deadline, whichever comes first), each later one a full response period
/// after the last, so partners get one reminder per period, never one per run.
pub(crate) fn followup_due(
    first_due: Timestamp,
    last_followup: Option<Timestamp>,
    response_hours: u32,
    now: Timestamp,
) -> bool {
    match last_followup {
        None => now >= first_due,
        Some(last) => {
            now.duration_since(last) >= SignedDuration::from_hours(i64::from(response_hours))
        }
    }
}

/// A case's links sorted into messages: one per platform and partner, in that order.
pub(crate) type Groups<'l, L, P> = BTreeMap<(&'l PlatformId, P), Vec<&'l L>>;

/// Sorts `links` into one group per platform and the partner `pick` chooses for each link. A
/// link no partner takes is not escalated: it comes back, in `links`' order, with `pick`'s reason.
pub(crate) fn group_by_partner<'l, L, P: Ord, E>(
    links: &'l [L],
    platform: impl Fn(&'l L) -> &'l PlatformId,
    mut pick: impl FnMut(&'l L) -> Result<P, E>,
) -> (Groups<'l, L, P>, Vec<(&'l L, E)>) {
    let mut groups = Groups::new();
    let mut misses = Vec::new();
    for link in links {
        match pick(link) {
            Ok(partner) => groups
                .entry((platform(link), partner))
                .or_default()
                .push(link),
            Err(why) => misses.push((link, why)),
        }
    }
    (groups, misses)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::category::Category;

    fn facts(categories: &[Category], minor: bool) -> CaseFacts<'_> {
        CaseFacts { categories, minor }
    }

    #[test]
    fn child_abuse_is_never_mailed_even_with_consent() {
        assert_eq!(
            gate("C-1", &facts(&[Category::Csam], false), true),
            Err(Refusal::ChildAbuse("C-1".into(), ChildAbuse::Recorded))
        );
        let minor = gate("C-1", &facts(&[Category::Sextortion], true), true).unwrap_err();
        assert_eq!(
            minor.to_string(),
            "case `C-1` concerns child sexual abuse material (PECA 2016 s.22), which is never sent by e-mail: a minor's `sextortion` case is that in law; record it as `csam` with `takedown case category C-1 --add csam`"
        );
        assert_eq!(
            gate("C-1", &facts(&[Category::Harassment], true), true),
            Ok(())
        );
    }

    #[test]
    fn no_consent_no_escalation() {
        assert_eq!(
            gate("C-1", &facts(&[Category::Ncii], false), false),
            Err(Refusal::NoConsent("C-1".into()))
        );
        assert_eq!(gate("C-1", &facts(&[Category::Ncii], false), true), Ok(()));
    }

    #[test]
    fn links_group_by_platform_then_partner_and_misses_keep_their_order() {
        let links = [
            ("x", "a"),
            ("instagram", "b"),
            ("x", "-"),
            ("instagram", "a"),
            ("x", "a"),
            ("facebook", "-"),
        ]
        .map(|(platform, partner)| (PlatformId::from(platform.to_owned()), partner));
        let (groups, misses) = group_by_partner(
            &links,
            |l| &l.0,
            |l| {
                if l.1 == "-" {
                    Err(l.0.as_str())
                } else {
                    Ok(l.1)
                }
            },
        );
        let shape: Vec<(&str, &str, usize)> = groups
            .iter()
            .map(|((platform, partner), links)| (platform.as_str(), *partner, links.len()))
            .collect();
        assert_eq!(
            shape,
            [("instagram", "a", 1), ("instagram", "b", 1), ("x", "a", 2)]
        );
        assert!(
            groups[&(&links[0].0, "a")]
                .iter()
                .zip([&links[0], &links[4]])
                .all(|(got, want)| std::ptr::eq(*got, want)),
            "a group keeps its links in the case's order"
        );
        let why: Vec<&str> = misses.iter().map(|(_, why)| *why).collect();
        assert_eq!(why, ["x", "facebook"]);
    }

    #[test]
    fn a_follow_up_waits_for_its_deadline_and_comes_once_per_period() {
        let t = |h: i64| Timestamp::from_second(h * 3600).unwrap();
        assert!(!followup_due(t(48), None, 48, t(47)));
        assert!(followup_due(t(48), None, 48, t(48)));
        assert!(
            followup_due(t(24), None, 48, t(30)),
            "a legal deadline can come first"
        );
        assert!(!followup_due(t(48), Some(t(49)), 48, t(60)));
        assert!(followup_due(t(48), Some(t(49)), 48, t(97)));
    }
}
