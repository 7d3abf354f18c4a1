//! A pilot in a protected space: a small cross-functional team tests a hypothesis
//! ("closing rates rise when leads pass a nurturing track first") before the
//! organisation is changed — with a metric, a threshold, a budget slice, dates and the
//! rule for the end.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Finding, Pilot};
