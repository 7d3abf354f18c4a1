//! The scale of working together the pulse asks for: against each other, side by side,
//! with each other, for each other — what each step is called by its number, and the
//! counts and median of a room's placings.

use serde::{Deserialize, Serialize};

use super::refusal::Refusal;

/// How the departments work together, from worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Closeness {
    Against,
    SideBySide,
    With,
    ForEachOther,
}

impl Closeness {
    pub const ALL: [Closeness; 4] = [
        Closeness::Against,
        Closeness::SideBySide,
        Closeness::With,
        Closeness::ForEachOther,
    ];

    /// 1 to 4, as the scale is drawn and typed.
    pub fn number(self) -> u8 {
        match self {
            Closeness::Against => 1,
            Closeness::SideBySide => 2,
            Closeness::With => 3,
            Closeness::ForEachOther => 4,
        }
    }

    pub fn from_number(number: u8) -> Option<Closeness> {
        Closeness::ALL.into_iter().find(|c| c.number() == number)
    }

    /// A step typed as its number, 1 to 4, in digits or in words (`zwei`, `three`):
    /// people answer a pulse the way they would say it.
    pub fn read(typed: &str) -> Result<Closeness, Refusal> {
        const WORDS: [(&str, u8); 10] = [
            ("eins", 1),
            ("ein", 1),
            ("one", 1),
            ("zwei", 2),
            ("two", 2),
            ("drei", 3),
            ("three", 3),
            ("vier", 4),
            ("four", 4),
            ("eine", 1),
        ];
        let typed = typed.trim().trim_end_matches('.').trim().to_lowercase();
        if typed.is_empty() {
            return Err(Refusal::Empty);
        }
        let number = typed.parse::<u8>().ok().or_else(|| {
            WORDS
                .iter()
                .find(|(word, _)| *word == typed)
                .map(|(_, n)| *n)
        });
        number
            .and_then(Closeness::from_number)
            .ok_or(Refusal::NotOnScale)
    }

    /// How many of `chosen` are on each step of the scale, worst first.
    pub fn counts(chosen: impl Iterator<Item = Closeness>) -> [u32; 4] {
        let mut counts = [0; 4];
        for closeness in chosen {
            counts[usize::from(closeness.number() - 1)] += 1;
        }
        counts
    }

    /// The middle of `chosen` (the lower middle with an even count): on a scale of
    /// words there is no half step.
    pub fn median(chosen: impl Iterator<Item = Closeness>) -> Option<Closeness> {
        let mut chosen: Vec<Closeness> = chosen.collect();
        chosen.sort();
        chosen.get(chosen.len().saturating_sub(1) / 2).copied()
    }
}
