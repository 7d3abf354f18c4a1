//! The market exercise's record: what market we are in, and how big it is in euros and
//! units; the derived figures (prices, spreads) and the checks.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::exercises::kind::Record;
use crate::i18n::Words;
use crate::model::Language;
use crate::model::money::{Euros, Units};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Market {
    /// Who buys what, where; what is in and what is out.
    pub definition: String,
    pub year: Option<i16>,
    pub estimates: Vec<Estimate>,
    pub agreed: Option<Figures>,
    /// Blind estimates: the figures stay hidden on screen until revealed all at once.
    /// Written only while true, so a file without blind estimates reads as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Estimate {
    /// The department or person the estimate comes from.
    pub source: String,
    pub euros: Option<Euros>,
    pub units: Option<Units>,
    pub method: Method,
    /// How the figure was reached: a report, a calculation.
    pub basis: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Method {
    #[default]
    TopDown,
    BottomUp,
}

impl Method {
    pub fn toggled(self) -> Method {
        match self {
            Method::TopDown => Method::BottomUp,
            Method::BottomUp => Method::TopDown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub euros: Option<Euros>,
    pub units: Option<Units>,
}

/// What the market's checks find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    MarketUndefined,
    EstimateWithoutEuros {
        number: usize,
    },
    EstimateWithoutUnits {
        number: usize,
    },
    EuroEstimatesFarApart {
        spread: Decimal,
    },
    UnitEstimatesFarApart {
        spread: Decimal,
    },
    NothingAgreed,
    AgreedIncomplete,
    AgreedPriceOutsideRange {
        price: Euros,
        low: Euros,
        high: Euros,
    },
}

impl Finding {
    /// Whether the finding tells something about the estimates' values (a spread, a
    /// price range) rather than only that a figure is missing.
    pub fn derives_from_figures(&self) -> bool {
        matches!(
            self,
            Finding::EuroEstimatesFarApart { .. }
                | Finding::UnitEstimatesFarApart { .. }
                | Finding::AgreedPriceOutsideRange { .. }
        )
    }
}

/// Estimates further apart than this (max / min) are flagged for discussion.
const SPREAD_TO_DISCUSS: i64 = 2;

impl Figures {
    /// Euros divided by units, to the cent: the sanity check everybody understands.
    pub fn price_per_unit(&self) -> Option<Euros> {
        price(self.euros?, self.units?)
    }
}

impl Estimate {
    pub fn price_per_unit(&self) -> Option<Euros> {
        price(self.euros?, self.units?)
    }
}

fn price(euros: Euros, units: Units) -> Option<Euros> {
    if units.count() == 0 {
        return None;
    }
    Euros::new((euros.value() / Decimal::from(units.count())).round_dp(2))
}

/// max / min of the positive values, or `None` with fewer than two of them.
fn spread(values: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    let values: Vec<Decimal> = values.filter(|v| *v > Decimal::ZERO).collect();
    if values.len() < 2 {
        return None;
    }
    let max = values.iter().max()?;
    let min = values.iter().min()?;
    max.checked_div(*min)
}

impl Market {
    /// How far the euro estimates lie apart: the largest divided by the smallest.
    pub fn euro_spread(&self) -> Option<Decimal> {
        spread(
            self.estimates
                .iter()
                .filter_map(|e| e.euros.map(Euros::value)),
        )
    }

    pub fn unit_spread(&self) -> Option<Decimal> {
        spread(
            self.estimates
                .iter()
                .filter_map(|e| e.units.map(|u| Decimal::from(u.count()))),
        )
    }

    /// The lowest and highest implied price per unit over all estimates.
    pub fn price_range(&self) -> Option<(Euros, Euros)> {
        let prices: Vec<Euros> = self
            .estimates
            .iter()
            .filter_map(Estimate::price_per_unit)
            .collect();
        Some((*prices.iter().min()?, *prices.iter().max()?))
    }

    pub fn checks(&self) -> Vec<Finding> {
        let mut findings = Vec::new();
        if !self.is_started() {
            return findings;
        }
        if self.definition.trim().is_empty() {
            findings.push(Finding::MarketUndefined);
        }
        for (index, estimate) in self.estimates.iter().enumerate() {
            let number = index + 1;
            if estimate.euros.is_none() {
                findings.push(Finding::EstimateWithoutEuros { number });
            }
            if estimate.units.is_none() {
                findings.push(Finding::EstimateWithoutUnits { number });
            }
        }
        let far_apart =
            |spread: Option<Decimal>| spread.filter(|s| *s > Decimal::from(SPREAD_TO_DISCUSS));
        if let Some(spread) = far_apart(self.euro_spread()) {
            findings.push(Finding::EuroEstimatesFarApart { spread });
        }
        if let Some(spread) = far_apart(self.unit_spread()) {
            findings.push(Finding::UnitEstimatesFarApart { spread });
        }
        match self.agreed {
            None if !self.estimates.is_empty() => findings.push(Finding::NothingAgreed),
            None => {}
            Some(agreed) => {
                if agreed.euros.is_none() || agreed.units.is_none() {
                    findings.push(Finding::AgreedIncomplete);
                }
                if let (Some(price), Some((low, high))) =
                    (agreed.price_per_unit(), self.price_range())
                    && (price < low || price > high)
                {
                    findings.push(Finding::AgreedPriceOutsideRange { price, low, high });
                }
            }
        }
        findings
    }
}

impl Record for Market {
    fn name(&self) -> Words {
        super::texts::NAME
    }

    fn is_started(&self) -> bool {
        !self.definition.trim().is_empty() || !self.estimates.is_empty() || self.agreed.is_some()
    }

    fn is_done(&self) -> bool {
        let agreed = self
            .agreed
            .is_some_and(|f| f.euros.is_some() && f.units.is_some());
        !self.definition.trim().is_empty() && !self.estimates.is_empty() && agreed
    }

    fn findings(&self, l: Language, _today: Date) -> Vec<String> {
        self.checks()
            .iter()
            // While the figures are hidden nothing on screen may derive from them.
            .filter(|f| !(self.hidden && f.derives_from_figures()))
            .map(|f| super::texts::finding(l, f))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn estimate(euros: u64, units: u64) -> Estimate {
        Estimate {
            source: "Vertrieb".into(),
            euros: Euros::from_whole(euros),
            units: Units::new(units),
            method: Method::TopDown,
            basis: String::new(),
        }
    }

    fn market(estimates: Vec<Estimate>, agreed: Option<(u64, u64)>) -> Market {
        Market {
            definition: "Etikettendrucker".into(),
            year: Some(2026),
            estimates,
            agreed: agreed.map(|(e, u)| Figures {
                euros: Euros::from_whole(e),
                units: Units::new(u),
            }),
            hidden: false,
        }
    }

    #[test]
    fn price_spread_and_range_are_derived() {
        let m = market(
            vec![
                estimate(420_000_000, 35_000),
                estimate(1_200_000_000, 90_000),
            ],
            None,
        );
        assert_eq!(
            m.estimates[0].price_per_unit().map(Euros::value),
            Some(Decimal::from(12_000))
        );
        assert_eq!(
            m.euro_spread().map(|s| s.round_dp(2)),
            Some(Decimal::new(286, 2))
        );
        let (low, high) = m.price_range().expect("two prices");
        assert_eq!(low.value(), Decimal::from(12_000));
        assert_eq!(high.value().round_dp(0), Decimal::from(13_333));
    }

    #[test]
    fn far_apart_estimates_and_a_price_outside_the_range_are_flagged() {
        let m = market(
            vec![
                estimate(420_000_000, 35_000),
                estimate(1_200_000_000, 90_000),
            ],
            Some((600_000_000, 20_000)),
        );
        let findings = m.checks();
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::EuroEstimatesFarApart { .. }))
        );
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::UnitEstimatesFarApart { .. }))
        );
        assert!(
            findings
                .iter()
                .any(|f| matches!(f, Finding::AgreedPriceOutsideRange { .. }))
        );
    }

    #[test]
    fn close_estimates_with_a_plausible_agreement_pass() {
        let m = market(
            vec![estimate(500_000_000, 40_000), estimate(600_000_000, 50_000)],
            Some((550_000_000, 45_000)),
        );
        assert_eq!(m.checks(), vec![]);
        assert!(m.is_done());
    }

    #[test]
    fn missing_euros_or_units_are_named_by_estimate() {
        let mut half = estimate(1, 1);
        half.units = None;
        let m = market(vec![half], Some((1, 1)));
        assert!(
            m.checks()
                .contains(&Finding::EstimateWithoutUnits { number: 1 })
        );
        assert!(
            !m.checks()
                .iter()
                .any(|f| matches!(f, Finding::EstimateWithoutEuros { .. }))
        );
    }

    #[test]
    fn hidden_figures_keep_their_spread_off_the_screen() {
        let mut m = market(
            vec![
                estimate(420_000_000, 35_000),
                estimate(1_200_000_000, 90_000),
            ],
            None,
        );
        assert!(
            m.findings(Language::De, jiff::civil::date(2026, 11, 29))
                .iter()
                .any(|f| f.contains("Faktor"))
        );
        m.hidden = true;
        let findings = m.findings(Language::De, jiff::civil::date(2026, 11, 29));
        assert!(
            !findings.iter().any(|f| f.contains("Faktor")),
            "{findings:?}"
        );
        assert!(!findings.is_empty(), "what is missing may still be said");
    }

    #[test]
    fn zero_units_give_no_price_instead_of_dividing_by_zero() {
        assert_eq!(estimate(5, 0).price_per_unit(), None);
    }

    #[test]
    fn an_untouched_market_has_nothing_to_report() {
        assert_eq!(Market::default().checks(), vec![]);
    }
}
