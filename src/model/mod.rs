//! The workshop in domain words: people, rounds, money, language and time — what the
//! kinds' records are made of. The session file that holds them is `record/`, a floor
//! up. Serde only; nothing here knows about terminals.

pub mod closeness;
pub mod language;
pub mod money;
pub mod participant;
pub mod refusal;
pub mod round;
mod round_screening;
mod round_tally;
pub mod spread;
pub mod time;

pub use language::{Language, Text};
pub use money::{Euros, NumberError, Units};
pub use participant::Participant;
pub use round::{Answer, Ask, Closeness, Reply, Round};
pub use time::{Moment, When};
