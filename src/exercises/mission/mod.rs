//! The mission (Auftrag): why the organisation is there for its customers, told as a
//! short narrative — not a metric — and what the customers need, as each department
//! sees it, side by side.

mod mission_export;
pub mod mission_fields;
pub(crate) mod mission_model;
pub mod mission_texts;

pub use mission_model::{CustomerNeed, Finding, Mission};
