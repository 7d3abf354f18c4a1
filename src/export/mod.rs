//! What leaves seam besides the session file: the Markdown handout, CSV tables for
//! spreadsheets and CRMs, and the plain-text summary of `seam show`. All text from the
//! session is sanitised here, since exports go to stdout by default.

pub mod csv;
pub mod markdown;
pub mod summary;

use crate::i18n::{Label, t};
use crate::model::{Agreement, Euros, Language, Units};
use crate::text::one_line;

/// The columns of the estimates table, in the handout and in CSV.
const ESTIMATE_COLUMNS: [Label; 6] = [
    Label::Source,
    Label::Euros,
    Label::Units,
    Label::PricePerUnit,
    Label::Method,
    Label::Basis,
];

/// `Date: … · Template: … · Progress: 3/4`, the line under a session's title.
fn overview(session: &crate::model::Session, date: &str) -> String {
    let l = session.language;
    let (done, total) = session.progress();
    format!(
        "{}: {date} · {}: {} · {}: {done}/{total}",
        t(l, Label::Date),
        t(l, Label::Template),
        one_line(session.template.trim()),
        t(l, Label::Progress),
    )
}

/// `Marketing → Vertrieb: vertriebsreife Leads (vollständig)`, one line, sanitised.
fn agreement_title(agreement: &Agreement, l: Language) -> String {
    let state = if agreement.is_complete() {
        Label::Complete
    } else {
        Label::Incomplete
    };
    format!(
        "{} → {}: {} ({})",
        one_line(agreement.provider.trim()),
        one_line(agreement.receiver.trim()),
        one_line(agreement.deliverable.trim()),
        t(l, state)
    )
}

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
