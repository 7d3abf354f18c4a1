//! A pilot in a protected space: a small cross-functional team tests a hypothesis
//! ("closing rates rise when leads pass a nurturing track first") before the
//! organisation is changed — with a metric, a threshold, a budget slice, dates and the
//! rule for the end.

mod pilot_export;
pub mod pilot_fields;
pub(crate) mod pilot_model;
pub mod pilot_texts;

pub use pilot_model::{Finding, Pilot};
