//! The workshop in domain words: sessions, templates, the four core exercises and
//! their checks. Serde only; nothing here knows about terminals.

pub mod agreements;
pub mod business_model;
pub mod checks;
pub mod goals;
pub mod language;
pub mod market;
pub mod money;
pub mod session;
pub mod template;
pub mod time;

pub use agreements::{Agreement, Agreements};
pub use business_model::BusinessModel;
pub use checks::Finding;
pub use goals::{Conflict, Goal, SharedGoals};
pub use language::{Language, Text};
pub use market::{Estimate, Figures, Market, Method};
pub use money::{Euros, NumberError, Units};
pub use session::{Exercise, Participant, Session, Step};
pub use template::{ExerciseKind, Template, TemplateStep};
pub use time::Moment;
