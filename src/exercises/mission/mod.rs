//! The mission (Auftrag): why the organisation is there for its customers, told as a
//! short narrative — not a metric — and what the customers need, as each department
//! sees it, side by side.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{CustomerNeed, Finding, Mission};
