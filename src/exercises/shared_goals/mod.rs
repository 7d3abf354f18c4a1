//! The shared goals exercise: goals that several departments contribute to, each with
//! a metric, a target and a date; one common budget instead of one per department; and
//! the conflicts between goals made visible (lead volume against lead quality).

mod shared_goals_export;
pub mod shared_goals_fields;
pub(crate) mod shared_goals_model;
pub mod shared_goals_texts;

pub use shared_goals_model::{Conflict, Finding, Goal, SharedGoals};
