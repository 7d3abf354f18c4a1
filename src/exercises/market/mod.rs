//! The market exercise: which market we are in, and how big it is in euros and in
//! units, estimated by each department and then agreed. Euros divided by units gives
//! the average price, the sanity check everybody understands.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Estimate, Figures, Finding, Market, Method};
