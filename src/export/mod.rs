//! What leaves seam besides the session file: the Markdown handout, CSV tables and an
//! Excel workbook for spreadsheets and CRMs, and the plain-text summary of `seam show`. All text from the
//! session is sanitised here, since exports go to stdout by default.

pub mod csv;
pub mod diff;
pub mod html;
pub mod markdown;
pub mod page_one;
pub mod round_results;
pub mod summary;
pub mod svg;
pub mod xlsx;

pub(crate) use crate::written::{euros, units};

use crate::i18n::{Label, t};
use crate::text::one_line;

/// `Date: … · Template: … · Progress: 3/4`, the line under a session's title: the day
/// as people in the language write it, the template by its title where seam knows it
/// (its id from the file otherwise), through `text`.
fn overview(session: &crate::record::Session, text: fn(&str) -> String) -> String {
    let l = session.language;
    let (done, total) = session.progress();
    let template = template_title(session);
    format!(
        "{}: {} · {}: {} · {}: {done}/{total}",
        t(l, Label::Date),
        crate::model::time::show_date(session.created.date(), l),
        t(l, Label::Template),
        text(&template),
        t(l, Label::Progress),
    )
}

/// One line of text for the terminal: sanitised, trimmed.
fn plain(text: &str) -> String {
    one_line(text.trim()).into_owned()
}

/// The title of the session's template where seam knows it (a built-in), else its id.
fn template_title(session: &crate::record::Session) -> String {
    crate::workshops::Catalog::load(None)
        .get(&session.template)
        .map_or_else(
            || session.template.clone(),
            |t| t.title.get(session.language).to_owned(),
        )
}
