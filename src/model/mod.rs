//! The workshop in domain words: sessions, templates, money, language and time. The
//! exercises' own records live with their kinds in `exercises/`. Serde only; nothing
//! here knows about terminals.

pub mod language;
pub mod money;
pub mod round;
pub mod session;
pub mod template;
pub mod time;

pub use crate::exercises::{Exercise, ExerciseKind};
pub use language::{Language, Text};
pub use money::{Euros, NumberError, Units};
pub use round::{Answer, Ask, Closeness, Reply, Round};
pub use session::{Participant, Session, Step, Theme};
pub use template::{Template, TemplateStep};
pub use time::{Moment, When};
