//! Decision rights: for the decisions that come back (a product launch, a campaign's
//! theme, pricing, what counts as a lead), which department decides, which are
//! consulted and which are informed — exactly one decides.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Decision, DecisionRights, Finding};
