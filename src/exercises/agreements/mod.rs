//! The agreements exercise: what one team promises another along the value chain — what,
//! how many, how good, by when, through which channel, and what happens when it is
//! missed. Time, quantity and quality: all three, or it is not an agreement.

mod agreements_export;
pub mod agreements_fields;
pub(crate) mod agreements_model;
pub mod agreements_texts;

pub use agreements_model::{Agreement, Agreements, Essential, Finding};
