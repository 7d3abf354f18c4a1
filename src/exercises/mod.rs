//! The exercise kinds, and the one place they are registered. Each kind is a folder of
//! its own (record and checks, fields, exports, words); the rest of seam reaches it only
//! through the traits in `kind`. How a kind draws itself lives a floor up, in
//! `ui/kinds/` (the record knows nothing of the terminal).
//!
//! Adding a kind: write its folder, add one line to `registry!` below, and give it a
//! step in a template (`workshops/*.ron`). Nothing else names it.

pub mod agreements;
pub mod business_model;
pub mod customer_review;
pub mod decision_rights;
pub mod field;
pub mod follow_up;
pub mod horizons;
pub mod kind;
pub mod kpis;
pub mod market;
pub mod mission;
pub mod next_steps;
pub mod perspectives;
pub mod pilot;
pub mod pulse;
pub mod shared_goals;
pub mod table_kind;

use serde::{Deserialize, Serialize};

use crate::i18n::Words;

pub use self::kind::Kind;

macro_rules! registry {
    ($($kind:ident => $module:ident :: $record:ident,)*) => {
        /// What a step's exercise holds. Written by variant name, so a session file reads
        /// `result: Market((…))`.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        pub enum Exercise {
            $($kind($module::$record),)*
        }

        /// Which exercise a template step runs.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum ExerciseKind {
            $($kind,)*
        }

        impl ExerciseKind {
            pub const ALL: &[ExerciseKind] = &[$(ExerciseKind::$kind,)*];
        }

        impl Exercise {
            pub fn empty(kind: ExerciseKind) -> Exercise {
                match kind {
                    $(ExerciseKind::$kind => Exercise::$kind($module::$record::default()),)*
                }
            }

            pub fn kind(&self) -> ExerciseKind {
                match self {
                    $(Exercise::$kind(_) => ExerciseKind::$kind,)*
                }
            }

            /// The record behind the kind's interface.
            pub fn record(&self) -> &dyn Kind {
                match self {
                    $(Exercise::$kind(record) => record,)*
                }
            }

            pub fn record_mut(&mut self) -> &mut dyn Kind {
                match self {
                    $(Exercise::$kind(record) => record,)*
                }
            }
        }
    };
}

registry! {
    Mission => mission::Mission,
    Market => market::Market,
    BusinessModel => business_model::BusinessModel,
    SharedGoals => shared_goals::SharedGoals,
    Agreements => agreements::Agreements,
    Horizons => horizons::Horizons,
    Perspectives => perspectives::Perspectives,
    FollowUp => follow_up::FollowUp,
    DecisionRights => decision_rights::DecisionRights,
    Pilot => pilot::Pilot,
    CustomerReview => customer_review::CustomerReview,
    Kpis => kpis::Kpis,
    Pulse => pulse::Pulse,
    NextSteps => next_steps::NextSteps,
}

impl ExerciseKind {
    /// The kind's name on screen: "Markt", "Market".
    pub fn name(self) -> Words {
        Exercise::empty(self).record().name()
    }
}

impl Exercise {
    pub fn is_started(&self) -> bool {
        self.record().is_started()
    }

    pub fn is_done(&self) -> bool {
        self.record().is_done()
    }

    pub fn findings(&self, l: crate::model::Language, today: jiff::civil::Date) -> Vec<String> {
        self.record().findings(l, today)
    }
}

/// Every table any kind writes, in registry order (`--table NAME`, a sheet each).
pub fn tables() -> Vec<&'static str> {
    ExerciseKind::ALL
        .iter()
        .flat_map(|kind| Exercise::empty(*kind).record().tables())
        .copied()
        .collect()
}
