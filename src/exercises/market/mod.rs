//! The market exercise: which market we are in, and how big it is in euros and in
//! units, estimated by each department and then agreed. Euros divided by units gives
//! the average price, the sanity check everybody understands.

mod market_export;
pub mod market_fields;
pub(crate) mod market_model;
pub mod market_texts;

pub use market_model::{Estimate, Figures, Finding, Market, Method};
