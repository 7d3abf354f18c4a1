//! What leaves seam besides the session file: the Markdown handout, CSV tables and an
//! Excel workbook for spreadsheets and CRMs, and the plain-text summary of `seam show`. All text from the
//! session is sanitised here, since exports go to stdout by default.

pub mod csv;
pub mod diff;
pub mod html;
pub mod markdown;
pub mod round_results;
pub mod summary;
pub mod svg;
pub mod xlsx;

pub(crate) use crate::written::{euros, units};

use crate::i18n::{Label, t};
use crate::text::one_line;

/// `Date: … · Template: … · Progress: 3/4`, the line under a session's title; the
/// template's id (from the file) through `text`.
fn overview(session: &crate::record::Session, date: &str, text: fn(&str) -> String) -> String {
    let l = session.language;
    let (done, total) = session.progress();
    format!(
        "{}: {date} · {}: {} · {}: {done}/{total}",
        t(l, Label::Date),
        t(l, Label::Template),
        text(&session.template),
        t(l, Label::Progress),
    )
}

/// One line of text for the terminal: sanitised, trimmed.
fn plain(text: &str) -> String {
    one_line(text.trim()).into_owned()
}
