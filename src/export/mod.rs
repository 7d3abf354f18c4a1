//! What leaves seam besides the session file: the Markdown handout, CSV tables for
//! spreadsheets and CRMs, and the plain-text summary of `seam show`. All text from the
//! session is sanitised here, since exports go to stdout by default.

pub mod csv;
pub mod markdown;
pub mod summary;

use crate::model::{Euros, Language, Units};

fn euros(value: Option<Euros>, language: Language) -> String {
    value
        .map(|e| e.full(language))
        .unwrap_or_else(|| "–".to_owned())
}

fn units(value: Option<Units>, language: Language) -> String {
    value
        .map(|u| u.full(language))
        .unwrap_or_else(|| "–".to_owned())
}

fn date(value: Option<jiff::civil::Date>) -> String {
    value
        .map(|d| d.to_string())
        .unwrap_or_else(|| "–".to_owned())
}
