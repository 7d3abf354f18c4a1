//! The agreements exercise: what one team promises another along the value chain — what,
//! how many, how good, by when, through which channel, and what happens when it is
//! missed. Time, quantity and quality: all three, or it is not an agreement.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Agreement, Agreements, Essential, Finding};
