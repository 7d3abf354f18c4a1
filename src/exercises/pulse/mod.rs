//! The collaboration pulse: each participant places the organisation — or one pair of
//! departments — on the scale against each other → side by side → with each other →
//! for each other, blind in a round; the distribution and its median are the result.

mod pulse_export;
pub mod pulse_fields;
pub(crate) mod pulse_model;
pub mod pulse_texts;

pub use pulse_model::{Pulse, Reading};
