//! The customer review: the joint look at real customer situations — what happened,
//! which departments touched it, what we learn, what we change.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Case, CustomerReview, Finding};
