//! Next steps: what the room will do after the workshop — what, who, by when — made
//! with one key from any item of the day (a goal, an agreement, a parking-lot topic, a
//! revealed round) and listed on the closing step, in the handout and as a table.

mod export;
pub mod fields;
pub(crate) mod model;
pub mod texts;

pub use model::{NextSteps, Task};
