//! Perspectives (distorted pictures): how each department sees each other one and what
//! it believes the other thinks of it — and the other side's answer. The differences are
//! the discussion.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{Finding, Perspectives, Picture};
