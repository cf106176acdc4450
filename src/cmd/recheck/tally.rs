//! What a run does with each link's final observation: judge it against what is known (content
//! and pictures removed before, the removal deadline), warn about what needs attention, print
//! its JSON line, count it and store it. The same for a first look and for the second look that
//! confirms a change (ARCHITECTURE §8: a status moves only when two observations agree).

use std::collections::{HashMap, HashSet};

use anyhow::Context as _;
use indicatif::ProgressBar;

use super::alert::Attention;
use super::judge::passed_deadline;
use crate::ctx::Ctx;
use crate::domain::ids::LinkId;
use crate::domain::matching::{self, Index};
use crate::domain::pdq::PdqHash;
use crate::domain::recheck::{Outcome, Seen};
use crate::render;
use crate::store::{CheckTarget, FetchFacts, NewObservation, ObservationLog};

/// What every link's observation is compared with, read once per run.
pub(super) struct Known {
    pub(super) removed_content: HashSet<String>,
    pub(super) removed_images: Index,
    pub(super) live_images: HashMap<LinkId, PdqHash>,
    pub(super) threshold: u32,
}

pub(super) struct Tally<'r> {
    pub(super) ctx: &'r Ctx<'r>,
    pub(super) known: Known,
    pub(super) log: ObservationLog<'r>,
    pub(super) bar: ProgressBar,
    /// Final observations by status, in [`Seen`]'s order.
    pub(super) counts: [usize; Seen::ALL.len()],
    /// One entry per failed fetch: its kind of network failure, if any.
    pub(super) failures: Vec<Option<&'static str>>,
    pub(super) attention: Attention,
}

impl Tally<'_> {
    /// Stores an observation that waits for a second look: it moves nothing, tells nothing.
    pub(super) fn hold(
        &mut self,
        target: &CheckTarget,
        outcome: Outcome,
        facts: FetchFacts,
    ) -> anyhow::Result<()> {
        tracing::debug!(link = %target.link, status = %outcome.seen, reason = facts.reason,
            marker = facts.marker.as_deref(), "seen; a second look confirms it");
        self.store(target, outcome, facts, None)
    }

    /// A link's final observation this run.
    pub(super) fn finish(
        &mut self,
        target: &CheckTarget,
        mut outcome: Outcome,
        facts: FetchFacts,
    ) -> anyhow::Result<()> {
        let (ctx, printer) = (self.ctx, self.ctx.printer());
        let known = &self.known;
        let similar = matching::resurfaced_image(
            &mut outcome,
            &target.link,
            facts.image.as_ref(),
            known.live_images.get(&target.link),
            &known.removed_images,
            known.threshold,
        );
        let seen = outcome.seen;
        // `-v`: why each link was judged so, by id, never by URL.
        tracing::debug!(link = %target.link, status = %seen, http_status = facts.http_status,
            reason = facts.reason, marker = facts.marker.as_deref(), error = facts.error,
            unconfirmed = outcome.unconfirmed, "checked");
        self.counts[seen as usize] += 1;
        if seen == Seen::Error {
            self.failures.push(facts.error);
        }
        let deadline = passed_deadline(ctx.catalog()?, target, seen, ctx.now());
        let warnings = self
            .attention
            .note(target, deadline.as_ref(), &outcome, similar.as_ref());
        for warning in warnings {
            self.bar.suspend(|| printer.warn(&warning));
        }
        if printer.json() {
            self.bar.suspend(|| {
                printer.json_line(&render::recheck::Row {
                    link: &target.link,
                    case: &target.case,
                    platform: &target.platform,
                    status: seen,
                    // Where the link stood before this run, not the first of two looks.
                    previous: target.standing.last,
                    http_status: facts.http_status,
                    changed: outcome.changed,
                    resurfaced: outcome.needs_attention(),
                    deadline_passed: deadline.is_some(),
                    pdq_match: similar.as_ref().map(Into::into),
                })
            })?;
        }
        self.bar.inc(1);
        let image_match = similar.map(|f| (f.known.source.id(), f.distance));
        self.store(target, outcome, facts, image_match)
    }

    fn store(
        &mut self,
        target: &CheckTarget,
        outcome: Outcome,
        facts: FetchFacts,
        image_match: Option<(String, u32)>,
    ) -> anyhow::Result<()> {
        self.log.push(NewObservation {
            link: target.link.clone(),
            outcome,
            facts,
            image_match,
        });
        self.log.save(false).context("cannot store observations")
    }
}
