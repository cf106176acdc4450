use std::io::IsTerminal as _;

use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::ctx::Ctx;
use crate::domain::case::{Consent, Jurisdiction};
use crate::domain::category::Category;
use crate::domain::ids::CaseId;
use crate::domain::states::{CaseOp, Permit};
use crate::error::ExitStatus;
use crate::render;
use crate::store::{CaseSummary, NewCase};

mod note;
mod states;
mod views;

pub(crate) use views::view;

/// Open, list, annotate and close cases
///
/// A case is pseudonymous: an id, categories, a minor flag, a jurisdiction and consents. There is
/// no field for a victim's name, phone or e-mail.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum CaseCommand {
    /// Open a case and print its id
    #[command(after_long_help = "\
Examples:
  takedown case new --category ncii --jurisdiction pk --consent platforms,partners
  takedown case new --category impersonation,harassment --minor
  c=$(takedown case new --category ncii)")]
    New {
        /// What the case is about (repeat or separate with commas)
        #[arg(long, short = 'c', required = true, value_delimiter = ',', value_name = "CATEGORY",
              value_parser = category_parser())]
        category: Vec<Category>,
        /// The victim is under 18: stricter rules apply (no personal data shared, ever)
        #[arg(long)]
        minor: bool,
        /// Jurisdiction code, e.g. `pk`
        #[arg(long, short = 'j', value_name = "CODE")]
        jurisdiction: Option<Jurisdiction>,
        /// Consent the victim gave, recorded with the time (repeat or separate with commas)
        #[arg(long, value_delimiter = ',', value_name = "SCOPE",
              value_parser = consent_parser())]
        consent: Vec<Consent>,
    },
    /// List cases
    List {
        /// Only cases with this status
        #[arg(long, value_parser = ["open", "resolved", "held", "wiped"])]
        status: Option<String>,
    },
    /// Show a case: categories, consents, history and notes
    Show {
        id: CaseId,
    },
    /// Add a note to a case (from stdin, or your $EDITOR on a terminal); stored encrypted
    #[command(after_long_help = "\
Examples:
  takedown case note C-7KQ2 < note.txt
  takedown case note C-7KQ2           opens $EDITOR in memory-backed storage")]
    Note {
        id: CaseId,
        /// Read the note from stdin even on a terminal
        #[arg(value_name = "-", value_parser = ["-"])]
        stdin: Option<String>,
    },
    /// Add or remove categories of a case, with the time and who did it
    ///
    /// A minor's case of a sexual category is child sexual abuse material in law (PECA 2016
    /// s.22): record it as `csam`, so every command treats it as such.
    #[command(after_long_help = "\
Examples:
  takedown case category C-7KQ2 --add csam
  takedown case category C-7KQ2 --add harassment --remove impersonation")]
    Category {
        id: CaseId,
        /// Categories to add (repeat or separate with commas)
        #[arg(long, value_delimiter = ',', value_name = "CATEGORY", required_unless_present = "remove",
              value_parser = category_parser())]
        add: Vec<Category>,
        /// Categories to remove; a case keeps at least one
        #[arg(long, value_delimiter = ',', value_name = "CATEGORY",
              value_parser = category_parser())]
        remove: Vec<Category>,
    },
    /// Record consent given or withdrawn, with the time
    Consent {
        id: CaseId,
        /// Consent given
        #[arg(long, value_delimiter = ',', value_name = "SCOPE", required_unless_present = "withdraw",
              value_parser = consent_parser())]
        give: Vec<Consent>,
        /// Consent withdrawn
        #[arg(long, value_delimiter = ',', value_name = "SCOPE",
              value_parser = consent_parser())]
        withdraw: Vec<Consent>,
    },
    /// Mark a case resolved
    Close {
        id: CaseId,
    },
    /// Put a case on legal hold: it is kept as it is and cannot be wiped
    Hold {
        id: CaseId,
    },
    /// Reopen a resolved or held case
    Reopen {
        id: CaseId,
    },
    States(states::StatesArgs),
}

fn consent_parser() -> impl TypedValueParser<Value = Consent> {
    PossibleValuesParser::new(["platforms", "partners", "law-enforcement"])
        .map(|s| s.parse::<Consent>().expect("every listed value parses"))
}

pub(crate) fn category_parser() -> impl TypedValueParser<Value = Category> {
    PossibleValuesParser::new(Category::ALL.map(Category::as_str))
        .map(|s| s.parse::<Category>().expect("every listed value parses"))
}

pub(crate) fn run(command: CaseCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        CaseCommand::New {
            category,
            minor,
            jurisdiction,
            consent,
        } => {
            let by = ctx.staff()?;
            let case = NewCase {
                categories: category,
                minor,
                jurisdiction,
                consents: consent,
            };
            let id = ctx.store()?.new_case(&case, by, ctx.now())?;
            ctx.printer().created(&id)?;
        }
        CaseCommand::List { status } => {
            let status = status
                .as_deref()
                .and_then(crate::domain::case::CaseStatus::parse);
            let cases = ctx.store()?.cases(status)?;
            let listed: Vec<_> = cases.iter().map(views::listed).collect();
            ctx.printer().rows(&listed, || {
                render::case::table(&cases.iter().map(view).collect::<Vec<_>>())
            })?;
        }
        CaseCommand::Show { id } => {
            let (_, permit) = super::gate(ctx, &id, CaseOp::Show)?;
            let case = ctx.store()?.case(&id)?;
            let printer = ctx.printer();
            match (permit, printer.json()) {
                (Permit::Tombstone, true) => printer.json_line(&views::listed(&case.summary))?,
                (Permit::Tombstone, false) => {
                    printer.line(&render::case::tombstone(&view(&case.summary)))?;
                }
                (_, true) => printer.json_line(&case)?,
                (_, false) => printer.line(&render::case::describe(&views::page(&case)))?,
            }
        }
        CaseCommand::Note { id, stdin } => {
            super::gate(ctx, &id, CaseOp::Note)?;
            let body = if stdin.is_some() || !std::io::stdin().is_terminal() {
                super::read_stdin(note::MAX_NOTE)?
            } else {
                note::from_editor()?
            };
            let body = body.trim();
            if body.is_empty() {
                anyhow::bail!("the note is empty; nothing was saved");
            }
            ctx.store()?.add_note(&id, body, ctx.staff()?, ctx.now())?;
            ctx.printer().note(&format_args!("Added a note to {id}."));
        }
        CaseCommand::Category { id, add, remove } => {
            super::gate(ctx, &id, CaseOp::Category)?;
            let store = ctx.store()?;
            store.change_categories(&id, &add, &remove, ctx.staff()?, ctx.now())?;
            print_status(ctx, &store.case_summary(&id)?)?;
        }
        CaseCommand::Consent { id, give, withdraw } => {
            if !give.is_empty() {
                super::gate(ctx, &id, CaseOp::ConsentGive)?;
            }
            super::gate(ctx, &id, CaseOp::ConsentWithdraw)?;
            let store = ctx.store()?;
            let now = ctx.now();
            for (list, given) in [(give, true), (withdraw, false)] {
                for consent in list {
                    store.set_consent(&id, consent, given, ctx.staff()?, now)?;
                }
            }
            print_status(ctx, &store.case_summary(&id)?)?;
        }
        CaseCommand::Close { id } => change_status(ctx, &id, CaseOp::Close)?,
        CaseCommand::Hold { id } => change_status(ctx, &id, CaseOp::Hold)?,
        CaseCommand::Reopen { id } => change_status(ctx, &id, CaseOp::Reopen)?,
        CaseCommand::States(args) => return states::run(&args, ctx),
    }
    Ok(ExitStatus::Success)
}

fn change_status(ctx: &Ctx<'_>, id: &CaseId, op: CaseOp) -> anyhow::Result<()> {
    let (_, permit) = super::gate(ctx, id, op)?;
    let Permit::Moves(to) = permit else {
        unreachable!("the state table lets `{op}` only move a case");
    };
    let store = ctx.store()?;
    store.set_case_status(id, to, ctx.staff()?, ctx.now())?;
    print_status(ctx, &store.case_summary(id)?)
}

fn print_status(ctx: &Ctx<'_>, case: &CaseSummary) -> anyhow::Result<()> {
    if ctx.printer().json() {
        ctx.printer().json_line(case)?;
    } else {
        ctx.printer()
            .note(&format_args!("{} is {}.", case.id, case.status));
    }
    Ok(())
}
