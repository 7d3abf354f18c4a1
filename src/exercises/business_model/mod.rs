//! The business model exercise: how we make money, in one sentence that names the main
//! revenue driver and the main cost driver ("we put ink on paper and sell it").

mod business_model_export;
pub mod business_model_fields;
pub(crate) mod business_model_model;
pub mod business_model_texts;

pub use business_model_model::{BusinessModel, Finding, MAX_WORDS};
