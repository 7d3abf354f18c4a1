//! Lowest, median and highest of a room's figures and how far apart they are: what the
//! room looks at when blind estimates are revealed.

use rust_decimal::Decimal;

/// Lowest, middle and highest value and the factor highest / lowest (`None` below two
/// positive values): what the room looks at when blind estimates are revealed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    pub min: Decimal,
    pub median: Decimal,
    pub max: Decimal,
    pub factor: Option<Decimal>,
}

impl Spread {
    pub fn of(values: &[Decimal]) -> Option<Spread> {
        let mut sorted: Vec<Decimal> = values.to_vec();
        sorted.sort();
        let min = *sorted.first()?;
        let max = *sorted.last()?;
        let middle = sorted.len() / 2;
        let median = if sorted.len().is_multiple_of(2) {
            (sorted[middle - 1] + sorted[middle]) / Decimal::TWO
        } else {
            sorted[middle]
        };
        let factor = (sorted.len() >= 2 && min > Decimal::ZERO)
            .then(|| max.checked_div(min))
            .flatten();
        Some(Spread {
            min,
            median,
            max,
            factor,
        })
    }
}
