//! The shared goals exercise: goals that several departments contribute to, each with
//! a metric, a target and a date; one common budget instead of one per department; and
//! the conflicts between goals made visible (lead volume against lead quality).

mod export;
pub mod fields;
mod model;
pub mod texts;
mod view;

pub use model::{Conflict, Finding, Goal, SharedGoals};
