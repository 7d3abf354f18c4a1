//! KPIs with an expiry date: a small set of indicators, each with its definition, an
//! owner, the system it comes from, a review rhythm and a date after which it is dropped
//! unless someone renews it — so that indicators do not outlive the reason for them.

mod kpis_export;
pub mod kpis_fields;
pub(crate) mod kpis_model;
pub mod kpis_texts;

pub use kpis_model::{Finding, Kpi, Kpis, MAX_KPIS};
