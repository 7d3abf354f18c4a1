//! The record of a workshop: the session file (its steps, each with its kind's record
//! and its rounds) and the template an agenda is made from. A floor above the model and
//! the kinds' data that it holds, so that neither of those knows the file.

pub mod follow;
pub mod private;
pub mod session;
pub mod steps;
pub mod template;

pub use session::{CURRENT_VERSION, Session, Theme};
pub use steps::{Step, Steps};
pub use template::{MAX_TIMEBOX_MINUTES, Template, TemplateProblem, TemplateStep};
