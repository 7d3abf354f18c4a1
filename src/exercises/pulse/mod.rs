//! The collaboration pulse: each participant places the organisation — or one pair of
//! departments — on the scale against each other → side by side → with each other →
//! for each other, blind in a round; the distribution and its median are the result.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Pulse, Reading};
