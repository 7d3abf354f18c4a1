//! Perspectives (distorted pictures): how each department sees each other one and what
//! it believes the other thinks of it — and the other side's answer. The differences are
//! the discussion.

mod perspectives_export;
pub mod perspectives_fields;
pub(crate) mod perspectives_model;
pub mod perspectives_texts;

pub use perspectives_model::{Finding, Perspectives, Picture};
