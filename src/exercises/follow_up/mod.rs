//! The follow-up: weeks after a workshop, the room goes through what it promised —
//! goals, agreements, pilots, KPIs, changes — and says for each: kept, partly, missed or
//! dropped, with a note and, for goals, the value now.

mod follow_up_export;
pub mod follow_up_fields;
pub(crate) mod follow_up_model;
pub mod follow_up_texts;

pub use follow_up_model::{Carried, Finding, FollowUp, Status};
