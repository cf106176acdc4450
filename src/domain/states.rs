//! Case states as one state machine: for every command that reads or writes a case's content,
//! and every state a case can be in (open, resolved, held, wiped), whether the command may run,
//! what it leads to, or why it is refused. The table is data: commands ask it, `doc/case-states.md`
//! is generated from it (`takedown case states`), and the CLI test of every command in every
//! state is generated from it too.
//!
//! - open: everything.
//! - resolved: read, withdraw consent, reopen, wipe; nothing new until it is reopened.
//! - held (legal hold): kept as it is; it grows (notes, links, evidence) but nothing of it is
//!   deleted, wiped or shared with partners until it is reopened.
//! - wiped: a tombstone. Only its id and when it was wiped are left, shown by `case show` and
//!   `case list`; everything else refuses, and nothing can be added, so nothing can escape
//!   destruction.

use super::case::CaseStatus;
use super::ids::CaseId;
use super::string_enum;

string_enum! {
    /// What a command does to one case: a row of the table, named as the command is typed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(crate) enum CaseOp {
        Show = "case show",
        List = "case list",
        Note = "case note",
        ConsentGive = "case consent --give",
        ConsentWithdraw = "case consent --withdraw",
        Category = "case category",
        Close = "case close",
        Hold = "case hold",
        Reopen = "case reopen",
        LinkAdd = "link add",
        LinkImport = "link import",
        LinkList = "link list --case",
        LinkShow = "link show",
        LinkSet = "link set",
        LinkRm = "link rm",
        Report = "report",
        Escalate = "escalate",
        Recheck = "recheck --case",
        EvidenceAdd = "evidence add",
        EvidenceAddHash = "evidence add-hash",
        EvidenceList = "evidence list --case",
        EvidenceLog = "evidence log",
        EvidenceShow = "evidence show",
        EvidenceOpen = "evidence open",
        EvidenceVerify = "evidence verify --case",
        EvidenceExport = "evidence export",
        OutboxList = "outbox list --case",
        HashAgainst = "hash --against",
        Wipe = "wipe case",
    }
}

/// How a command names the case it works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Address {
    /// By its id.
    Case,
    /// Through one of its links: gone with the case when it is wiped.
    Link,
    /// Through one of its evidence items: gone with the case when it is wiped.
    Evidence,
    /// Every case at once.
    All,
}

/// What the table says for one command in one state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cell {
    Allowed,
    /// Allowed, showing only the id, `wiped` and when.
    Tombstone,
    /// Allowed, and the case moves to this state.
    Moves(CaseStatus),
    Refused(Why),
}

/// Why a command is refused in a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Why {
    /// The case is a tombstone.
    Wiped,
    /// The case's links or evidence, named by their own ids, went with the wipe: the id no
    /// longer exists.
    Gone,
    /// Nothing new until the case is reopened.
    Resolved,
    /// Legal hold: nothing deleted, wiped or shared.
    Held,
    /// The state machine has no such move from this state.
    NoMove,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row {
    pub(crate) op: CaseOp,
    pub(crate) address: Address,
    /// It records an action (a write, or a custody entry), so it needs a staff handle.
    pub(crate) records: bool,
    /// In the order of [`CaseStatus::ALL`]: open, resolved, held, wiped.
    pub(crate) cells: [Cell; 4],
}

use Cell::{Allowed as A, Moves, Refused, Tombstone};
use Why::{Gone, Held as H, NoMove, Resolved as R, Wiped as W};

const fn row(op: CaseOp, address: Address, records: bool, cells: [Cell; 4]) -> Row {
    Row {
        op,
        address,
        records,
        cells,
    }
}

/// Reads: allowed until the case is wiped.
const READ: [Cell; 4] = [A, A, A, Refused(W)];
/// Reads through a link or evidence id: allowed until the case is wiped, then the id is gone.
const READ_GONE: [Cell; 4] = [A, A, A, Refused(Gone)];
/// New data: open and held cases take it; a resolved case waits for `case reopen`.
const ADD: [Cell; 4] = [A, Refused(R), A, Refused(W)];

/// The table. Its order is the order of `doc/case-states.md`.
pub(crate) const TABLE: &[Row] = &[
    row(CaseOp::Show, Address::Case, false, [A, A, A, Tombstone]),
    row(CaseOp::List, Address::All, false, [A, A, A, Tombstone]),
    row(CaseOp::Note, Address::Case, true, ADD),
    row(CaseOp::ConsentGive, Address::Case, true, ADD),
    // Withdrawing consent only ever stops sharing: a victim may do it whatever the state.
    row(
        CaseOp::ConsentWithdraw,
        Address::Case,
        true,
        [A, A, A, Refused(W)],
    ),
    row(CaseOp::Category, Address::Case, true, ADD),
    row(
        CaseOp::Close,
        Address::Case,
        true,
        [
            Moves(CaseStatus::Resolved),
            Refused(NoMove),
            Refused(NoMove),
            Refused(W),
        ],
    ),
    row(
        CaseOp::Hold,
        Address::Case,
        true,
        [
            Moves(CaseStatus::Held),
            Moves(CaseStatus::Held),
            Refused(NoMove),
            Refused(W),
        ],
    ),
    row(
        CaseOp::Reopen,
        Address::Case,
        true,
        [
            Refused(NoMove),
            Moves(CaseStatus::Open),
            Moves(CaseStatus::Open),
            Refused(W),
        ],
    ),
    row(CaseOp::LinkAdd, Address::Case, true, ADD),
    row(CaseOp::LinkImport, Address::Case, true, ADD),
    row(CaseOp::LinkList, Address::Case, false, READ),
    row(CaseOp::LinkShow, Address::Link, false, READ_GONE),
    row(
        CaseOp::LinkSet,
        Address::Link,
        true,
        [A, Refused(R), A, Refused(Gone)],
    ),
    row(
        CaseOp::LinkRm,
        Address::Link,
        true,
        [A, Refused(R), Refused(H), Refused(Gone)],
    ),
    row(CaseOp::Report, Address::Case, false, READ),
    row(
        CaseOp::Escalate,
        Address::Case,
        true,
        [A, Refused(R), Refused(H), Refused(W)],
    ),
    row(CaseOp::Recheck, Address::Case, true, ADD),
    row(CaseOp::EvidenceAdd, Address::Case, true, ADD),
    row(CaseOp::EvidenceAddHash, Address::Case, true, ADD),
    row(CaseOp::EvidenceList, Address::Case, false, READ),
    row(CaseOp::EvidenceLog, Address::Case, false, READ),
    // Looking at evidence is logged in the custody log, so these record too.
    row(CaseOp::EvidenceShow, Address::Evidence, true, READ_GONE),
    row(CaseOp::EvidenceOpen, Address::Evidence, true, READ_GONE),
    row(CaseOp::EvidenceVerify, Address::Case, true, READ),
    // Law enforcement may need the evidence after the case is resolved, or under a hold.
    row(CaseOp::EvidenceExport, Address::Case, true, READ),
    row(CaseOp::OutboxList, Address::Case, false, READ),
    row(CaseOp::HashAgainst, Address::Case, false, READ),
    // A victim may ask for destruction at any time; a legal hold forbids it.
    row(
        CaseOp::Wipe,
        Address::Case,
        true,
        [
            Moves(CaseStatus::Wiped),
            Moves(CaseStatus::Wiped),
            Refused(H),
            Refused(W),
        ],
    ),
];

/// The row of `op`.
pub(crate) fn row_of(op: CaseOp) -> &'static Row {
    TABLE
        .iter()
        .find(|r| r.op == op)
        .expect("every operation has a row (a unit test checks it)")
}

/// What the table says for `op` on a case in `status`.
pub(crate) fn cell(op: CaseOp, status: CaseStatus) -> Cell {
    let column = CaseStatus::ALL
        .iter()
        .position(|s| *s == status)
        .expect("every status is a column");
    row_of(op).cells[column]
}

/// How a command may go ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Permit {
    Full,
    /// Show only the id, `wiped` and when.
    Tombstone,
    /// Go ahead; the case then is in this state.
    Moves(CaseStatus),
}

/// Whether `op` may run on case `case`, which is in `status`.
pub(crate) fn permit(op: CaseOp, case: &CaseId, status: CaseStatus) -> Result<Permit, Refusal> {
    match cell(op, status) {
        Cell::Allowed => Ok(Permit::Full),
        Cell::Tombstone => Ok(Permit::Tombstone),
        Cell::Moves(to) => Ok(Permit::Moves(to)),
        Cell::Refused(why) => Err(Refusal {
            case: case.clone(),
            op,
            status,
            why,
        }),
    }
}

/// Whether `op` may run in `status`, for commands that go over many cases and skip those it may
/// not touch (`recheck --due`, `escalate followup`).
pub(crate) fn permits(op: CaseOp, status: CaseStatus) -> bool {
    !matches!(cell(op, status), Cell::Refused(_))
}

/// Every case status in which the table permits `op`.
pub(crate) fn permitting(op: CaseOp) -> Vec<CaseStatus> {
    CaseStatus::ALL
        .into_iter()
        .filter(|s| permits(op, *s))
        .collect()
}

/// A command refused by the table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", message(&.case, *.op, *.status, *.why))]
pub(crate) struct Refusal {
    pub(crate) case: CaseId,
    pub(crate) op: CaseOp,
    pub(crate) status: CaseStatus,
    pub(crate) why: Why,
}

/// What a refusal says, for a case named `case` (an id, or a placeholder in the generated
/// table).
pub(crate) fn message(
    case: &dyn std::fmt::Display,
    op: CaseOp,
    status: CaseStatus,
    why: Why,
) -> String {
    match why {
        Why::Wiped | Why::Gone => {
            format!("case `{case}` is wiped: only its id is left, and it takes nothing")
        }
        Why::Resolved => format!(
            "case `{case}` is resolved: nothing is added to it or done with it until it is reopened"
        ),
        Why::Held => format!(
            "case `{case}` is on legal hold: it is kept as it is, and nothing of it is deleted, wiped or shared"
        ),
        Why::NoMove => format!("case `{case}` is {status}: it cannot be {}", verb(op)),
    }
}

/// The word a move leaves in the case's history.
pub(crate) fn history_word(to: CaseStatus) -> &'static str {
    match to {
        CaseStatus::Open => "reopened",
        CaseStatus::Resolved => "resolved",
        CaseStatus::Held => "held",
        CaseStatus::Wiped => "wiped",
    }
}

/// What a refused move would have done, for the message.
fn verb(op: CaseOp) -> &'static str {
    match op {
        CaseOp::Close => "closed",
        CaseOp::Hold => "put on hold",
        CaseOp::Reopen => "reopened",
        CaseOp::Wipe => "wiped",
        _ => "changed",
    }
}

impl Why {
    /// What the user can do about it.
    pub(crate) fn hint(self) -> Option<&'static str> {
        match self {
            Why::Wiped | Why::Gone => {
                Some("a wiped case is a tombstone; `takedown case new` opens a new case")
            }
            Why::Resolved => Some("`takedown case reopen CASE` reopens it"),
            Why::Held => Some("`takedown case reopen CASE` ends the legal hold"),
            Why::NoMove => Some("`takedown case show CASE` shows its status and history"),
        }
    }

    /// The short word the generated table shows.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Why::Wiped => "wiped",
            Why::Gone => "gone",
            Why::Resolved => "resolved",
            Why::Held => "held",
            Why::NoMove => "no move",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_exactly_one_row() {
        for op in CaseOp::ALL {
            assert_eq!(TABLE.iter().filter(|r| r.op == op).count(), 1, "{op}");
        }
        assert_eq!(TABLE.len(), CaseOp::ALL.len());
    }

    #[test]
    fn a_wiped_case_takes_nothing_and_shows_only_its_tombstone() {
        for row in TABLE {
            let wiped = cell(row.op, CaseStatus::Wiped);
            match row.op {
                CaseOp::Show | CaseOp::List => assert_eq!(wiped, Cell::Tombstone),
                _ => assert!(
                    matches!(wiped, Cell::Refused(Why::Wiped | Why::Gone)),
                    "{}",
                    row.op
                ),
            }
        }
    }

    #[test]
    fn every_write_records_who_did_it() {
        for row in TABLE {
            let writes = matches!(row.cells[1], Cell::Refused(Why::Resolved))
                || row.cells.iter().any(|c| matches!(c, Cell::Moves(_)));
            if writes {
                assert!(row.records, "{} writes without a staff handle", row.op);
            }
        }
    }

    #[test]
    fn the_lifecycle_moves() {
        use CaseStatus::*;
        let to = |op, from| match cell(op, from) {
            Cell::Moves(to) => Some(to),
            _ => None,
        };
        assert_eq!(to(CaseOp::Close, Open), Some(Resolved));
        assert_eq!(to(CaseOp::Hold, Open), Some(Held));
        assert_eq!(to(CaseOp::Hold, Resolved), Some(Held));
        assert_eq!(to(CaseOp::Reopen, Resolved), Some(Open));
        assert_eq!(to(CaseOp::Reopen, Held), Some(Open));
        assert_eq!(to(CaseOp::Wipe, Open), Some(Wiped));
        assert_eq!(to(CaseOp::Wipe, Resolved), Some(Wiped));
        for (op, from) in [
            (CaseOp::Close, Held),
            (CaseOp::Close, Resolved),
            (CaseOp::Reopen, Open),
            (CaseOp::Hold, Held),
            (CaseOp::Wipe, Held),
            (CaseOp::Wipe, Wiped),
        ] {
            assert_eq!(to(op, from), None, "{op} {from}");
        }
    }

    #[test]
    fn refusals_say_why_with_the_case_id() {
        let case: CaseId = "C-7KQ2".parse().unwrap();
        let text = |op, status| permit(op, &case, status).unwrap_err().to_string();
        assert_eq!(
            text(CaseOp::Note, CaseStatus::Wiped),
            "case `C-7KQ2` is wiped: only its id is left, and it takes nothing"
        );
        assert_eq!(
            text(CaseOp::LinkAdd, CaseStatus::Resolved),
            "case `C-7KQ2` is resolved: nothing is added to it or done with it until it is reopened"
        );
        assert_eq!(
            text(CaseOp::Wipe, CaseStatus::Held),
            "case `C-7KQ2` is on legal hold: it is kept as it is, and nothing of it is deleted, wiped or shared"
        );
        assert_eq!(
            text(CaseOp::Close, CaseStatus::Held),
            "case `C-7KQ2` is held: it cannot be closed"
        );
        assert_eq!(
            permit(CaseOp::Show, &case, CaseStatus::Wiped),
            Ok(Permit::Tombstone)
        );
        assert_eq!(
            permit(CaseOp::Close, &case, CaseStatus::Open),
            Ok(Permit::Moves(CaseStatus::Resolved))
        );
    }
}
