//! The business model exercise: how we make money, in one sentence that names the main
//! revenue driver and the main cost driver ("we put ink on paper and sell it").

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{BusinessModel, Finding, MAX_WORDS};
