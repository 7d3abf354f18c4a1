//! The shared goals exercise: goals that several departments contribute to, each with
//! a metric, a target and a date; one common budget instead of one per department; and
//! the conflicts between goals made visible (lead volume against lead quality).

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Conflict, Finding, Goal, SharedGoals};
