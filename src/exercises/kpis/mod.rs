//! KPIs with an expiry date: a small set of indicators, each with its definition, an
//! owner, the system it comes from, a review rhythm and a date after which it is dropped
//! unless someone renews it — so that indicators do not outlive the reason for them.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Finding, Kpi, Kpis, MAX_KPIS};
