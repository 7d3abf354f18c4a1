//! The follow-up: weeks after a workshop, the room goes through what it promised —
//! goals, agreements, pilots, KPIs, changes — and says for each: kept, partly, missed or
//! dropped, with a note and, for goals, the value now.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Carried, Finding, FollowUp, Status};
