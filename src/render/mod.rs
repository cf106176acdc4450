//! All output. stdout carries data only (ids, tables, JSON Lines); notes, warnings, errors and
//! progress go to stderr, so `c=$(takedown case new …)` captures just the id.

pub(crate) mod files;
pub(crate) mod guide;
pub(crate) mod logging;
mod printer;
pub(crate) mod recheck;
pub(crate) mod report;
mod table;
pub(crate) mod templates;

pub(crate) use printer::Printer;
pub(crate) use table::Table;
