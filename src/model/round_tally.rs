//! What a round's answers add up to: the figures given, the dots per item, the scale's
//! counts and median — for the reveal, the kinds that take a round in, and the handout.

use rust_decimal::Decimal;

use super::closeness::Closeness;
use super::money::{Euros, Units};
use super::round::{Ask, Reply, Round};

impl Round {
    /// Euro figures given, in the order of the answers.
    pub fn euros(&self) -> Vec<Decimal> {
        self.figures(|euros, _| euros.map(Euros::value))
    }

    pub fn units(&self) -> Vec<Decimal> {
        self.figures(|_, units| units.map(|u| Decimal::from(u.count())))
    }

    fn figures(
        &self,
        pick: impl Fn(Option<Euros>, Option<Units>) -> Option<Decimal>,
    ) -> Vec<Decimal> {
        self.answers
            .iter()
            .filter_map(|a| match a.reply {
                Reply::Amount { euros, units } => pick(euros, units),
                _ => None,
            })
            .collect()
    }

    /// Dots per item over all answers, in the vote's order.
    pub fn dot_counts(&self) -> Vec<u32> {
        let Ask::Dots(vote) = &self.ask else {
            return Vec::new();
        };
        let mut counts = vec![0_u32; vote.items.len()];
        for answer in &self.answers {
            if let Reply::Dots(dots) = &answer.reply {
                for (count, dots) in counts.iter_mut().zip(dots) {
                    *count += u32::from(*dots);
                }
            }
        }
        counts
    }

    /// The vote's items with their dots, most dots first; ties keep the list's order.
    pub fn ranking(&self) -> Vec<(String, u32)> {
        let Ask::Dots(vote) = &self.ask else {
            return Vec::new();
        };
        let mut ranked: Vec<(String, u32)> =
            vote.items.iter().cloned().zip(self.dot_counts()).collect();
        ranked.sort_by_key(|(_, dots)| std::cmp::Reverse(*dots));
        ranked
    }

    fn scale(&self) -> impl Iterator<Item = Closeness> + '_ {
        self.answers.iter().filter_map(|a| match a.reply {
            Reply::Scale(c) => Some(c),
            _ => None,
        })
    }

    /// How many answers chose each step of the scale, worst first.
    pub fn scale_counts(&self) -> [u32; 4] {
        Closeness::counts(self.scale())
    }

    pub fn scale_median(&self) -> Option<Closeness> {
        Closeness::median(self.scale())
    }
}
