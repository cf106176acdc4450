//! Pure, synchronous rules: no I/O, no clock (time is an argument), no clap, no YAML.

pub(crate) mod address;
pub(crate) mod bagit;
pub(crate) mod case;
pub(crate) mod catalog;
pub(crate) mod category;
pub(crate) mod cron_job;
pub(crate) mod custody;
pub(crate) mod deadline;
pub(crate) mod escalation;
pub(crate) mod hash_list;
pub(crate) mod ids;
pub(crate) mod link;
pub(crate) mod matching;
pub(crate) mod media;
pub(crate) mod observation;
pub(crate) mod outbox;
pub(crate) mod page_image;
pub(crate) mod pdq;
pub(crate) mod protection;
pub(crate) mod rdap;
pub(crate) mod recheck;
pub(crate) mod recovery;
pub(crate) mod route;
pub(crate) mod schedule;
pub(crate) mod staff;
pub(crate) mod states;
pub(crate) mod stats;
pub(crate) mod string_enum;
pub(crate) mod strip;
pub(crate) mod url;

// `use crate::domain::string_enum;` brings the macro along with its module, which it needs.
pub(crate) use string_enum::string_enum;
