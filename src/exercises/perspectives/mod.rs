//! Perspectives (distorted pictures): how each department sees each other one and what
//! it believes the other thinks of it — and the other side's answer. The differences are
//! the discussion.

mod export;
pub mod fields;
mod model;
pub mod texts;
mod view;

pub use model::{Finding, Perspectives, Picture};
