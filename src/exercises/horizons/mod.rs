//! Time horizons, incentives and channels: per department its planning horizon, what it
//! is rewarded for and the channel through which it actually takes in information — side
//! by side, so that one paid for lead volume and the next for closing rate shows.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{DepartmentView, Finding, Horizons};
