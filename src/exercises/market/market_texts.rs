//! The market exercise's words, in German and English.

use crate::i18n::Words;
use crate::model::Language;
use crate::model::money::format_ratio;

use super::market_model::{Finding, Method};

pub const NAME: Words = Words::new("Markt", "Market");
pub const DEFINITION: Words = Words::new("Marktabgrenzung", "Market definition");
pub const REFERENCE_YEAR: Words = Words::new("Bezugsjahr", "Reference year");
pub const ESTIMATES: Words = Words::new("Schätzungen", "Estimates");
pub const SOURCE: Words = Words::new("Quelle", "Source");
pub const EUROS: Words = Words::new("Euro", "Euros");
pub const UNITS: Words = Words::new("Stück", "Units");
pub const PRICE_PER_UNIT: Words = Words::new("Preis je Stück", "Price per unit");
/// The same inside a sentence: German nouns keep their capital.
pub const PRICE_PER_UNIT_INLINE: Words = Words::new("Preis je Stück", "price per unit");
pub const PER_UNIT: Words = Words::new("je Stück", "per unit");
pub const METHOD: Words = Words::new("Methode", "Method");
pub const BASIS: Words = Words::new("Grundlage", "Basis");
pub const AGREED: Words = Words::new("Vereinbart", "Agreed");
pub const AGREED_EUROS: Words = Words::new("Vereinbart: Euro", "Agreed: euros");
pub const AGREED_UNITS: Words = Words::new("Vereinbart: Stück", "Agreed: units");
pub const SPREAD: Words = Words::new("Spreizung", "Spread");
pub const ROUND_QUESTION: Words = Words::new(
    "Wie groß ist der Markt – in Euro und in Stück?",
    "How big is the market – in euros and in units?",
);

pub const TOP_DOWN: Words = Words::new("top-down", "top-down");
pub const BOTTOM_UP: Words = Words::new("bottom-up", "bottom-up");
pub const UNSAID: Words = Words::new("–", "–");

/// The method in words; `–` where nobody said (a data table leaves the cell empty).
pub fn method(l: Language, method: Method) -> &'static str {
    match method {
        Method::TopDown => TOP_DOWN,
        Method::BottomUp => BOTTOM_UP,
        Method::Unsaid => UNSAID,
    }
    .get(l)
}

/// `Euro ×2,9 · Stück ×2,6`: how far the estimates lie apart; `None` with fewer than
/// two of either.
pub fn spreads(m: &super::market_model::Market, l: Language) -> Option<String> {
    let parts: Vec<String> = [(EUROS, m.euro_spread()), (UNITS, m.unit_spread())]
        .into_iter()
        .filter_map(|(label, s)| Some(format!("{} ×{}", label.get(l), format_ratio(s?, l))))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A finding as a sentence with its reason.
pub fn finding(l: Language, finding: &Finding) -> String {
    let de = l == Language::De;
    let ratio = |r| format_ratio(r, l);
    let text = |w: Words| w.get(l).to_owned();
    match finding {
        Finding::MarketUndefined => text(Words::new(
            "Der Markt ist noch nicht in Worten abgegrenzt.",
            "The market is not yet defined in words.",
        )),
        Finding::EstimateWithoutEuros { number } => {
            if de {
                format!("Schätzung {number} hat keinen Wert in Euro.")
            } else {
                format!("Estimate {number} has no figure in euros.")
            }
        }
        Finding::EstimateWithoutUnits { number } => {
            if de {
                format!("Schätzung {number} hat keine Stückzahl.")
            } else {
                format!("Estimate {number} has no figure in units.")
            }
        }
        Finding::EuroEstimatesFarApart { spread } => {
            if de {
                format!(
                    "Die Euro-Schätzungen liegen um Faktor {} auseinander (mehr als 2): Annahmen besprechen.",
                    ratio(*spread)
                )
            } else {
                format!(
                    "The euro estimates differ by a factor of {} (more than 2): discuss the assumptions.",
                    ratio(*spread)
                )
            }
        }
        Finding::UnitEstimatesFarApart { spread } => {
            if de {
                format!(
                    "Die Stück-Schätzungen liegen um Faktor {} auseinander (mehr als 2): Annahmen besprechen.",
                    ratio(*spread)
                )
            } else {
                format!(
                    "The unit estimates differ by a factor of {} (more than 2): discuss the assumptions.",
                    ratio(*spread)
                )
            }
        }
        Finding::NothingAgreed => text(Words::new(
            "Es gibt Schätzungen, aber noch keine vereinbarte Zahl.",
            "There are estimates but no agreed figure yet.",
        )),
        Finding::AgreedIncomplete => text(Words::new(
            "Die vereinbarte Zahl braucht Euro und Stück.",
            "The agreed figure needs both euros and units.",
        )),
        Finding::AgreedPriceOutsideRange { price, low, high } => {
            if de {
                format!(
                    "Der vereinbarte Durchschnittspreis {} liegt außerhalb der Schätzungen ({} bis {}).",
                    price.full(l),
                    low.full(l),
                    high.full(l)
                )
            } else {
                format!(
                    "The agreed average price {} lies outside the estimates' range ({} to {}).",
                    price.full(l),
                    low.full(l),
                    high.full(l)
                )
            }
        }
    }
}

/// An estimate's source when its name is taken by a row typed in or another round's:
/// `Vertrieb (Runde 2)`.
pub fn from_round(source: &str, number: usize, l: Language) -> String {
    match l {
        Language::De => format!("{source} (Runde {number})"),
        Language::En => format!("{source} (round {number})"),
    }
}
