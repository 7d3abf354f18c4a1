//! CSV for spreadsheets and CRMs: one table at a time (each kind names its tables:
//! estimates, goals, agreements …), one row per item, a header row in the session's
//! language.
//!
//! German sessions use `;` between fields and a decimal comma, as German spreadsheet
//! programs expect; English ones `,` and a decimal point. Numbers carry no thousands
//! separators or currency signs so they arrive as numbers. Cells that a spreadsheet would
//! run as a formula (starting with = + - @) are prefixed with `'`.

use rust_decimal::Decimal;

use crate::exercises::kind::Cell;
use crate::exercises::{Exercise, ExerciseKind};
use crate::model::Language;
use crate::record::Session;
use crate::text::one_line;

/// The byte-order mark at the start of a CSV file: without it Excel (in every locale)
/// reads UTF-8 as the local code page and shows `KÃ¶ln` for `Köln`.
pub const BOM: &str = "\u{feff}";

/// CSV table `name` (one of `exercises::tables()`) over every step of the session;
/// `None` when no kind writes a table of that name.
pub fn table(session: &Session, name: &str) -> Option<String> {
    let l = session.language;
    let separator = match l {
        Language::De => ';',
        Language::En => ',',
    };
    let mut out = String::new();
    for row in rows(session, name)? {
        let cells: Vec<String> = row.iter().map(|c| field(&text(c, l), separator)).collect();
        out.push_str(&cells.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    Some(out)
}

/// Table `name` of every step, the step number first: the header row, then the items.
/// The header comes from the kind even when no step of the session runs it.
pub(crate) fn rows(session: &Session, name: &str) -> Option<Vec<Vec<Cell>>> {
    let l = session.language;
    let empty = ExerciseKind::ALL
        .iter()
        .find_map(|kind| Exercise::empty(*kind).record().table(name, l))?;
    let mut rows: Vec<Vec<Cell>> = vec![empty.header.into_iter().map(Cell::Text).collect()];
    for (index, step) in session.steps.iter().enumerate() {
        if let Some(table) = step.result.record().table(name, l) {
            let number = u64::try_from(index + 1).unwrap_or(u64::MAX);
            rows.extend(table.rows.into_iter().map(|cells| {
                std::iter::once(Cell::Count(Some(number)))
                    .chain(cells)
                    .collect()
            }));
        }
    }
    Some(rows)
}

/// The tables of the kinds this session runs, in registry order: what a folder of CSV
/// files or a workbook holds.
pub fn tables_in(session: &Session) -> Vec<&'static str> {
    crate::exercises::tables()
        .into_iter()
        .filter(|name| {
            session
                .steps
                .iter()
                .any(|s| s.result.record().tables().contains(name))
        })
        .collect()
}

/// A cell as CSV text: numbers without grouping, days as ISO dates.
fn text(cell: &Cell, l: Language) -> String {
    match cell {
        Cell::Text(text) => text.clone(),
        Cell::Money(value) | Cell::Number(value) | Cell::Percent(value) => {
            value.map(|v| plain(v, l)).unwrap_or_default()
        }
        Cell::Count(value) => value.map(|v| v.to_string()).unwrap_or_default(),
        Cell::Date(value) => value.map(|d| d.to_string()).unwrap_or_default(),
    }
}

/// A decimal without grouping, with the language's decimal separator.
fn plain(value: Decimal, language: Language) -> String {
    let text = value.normalize().to_string();
    match language {
        Language::De => text.replace('.', ","),
        Language::En => text,
    }
}

/// One CSV field: sanitised to one line, defused against formulas, quoted when needed.
fn field(text: &str, separator: char) -> String {
    let mut value = one_line(text).trim().to_owned();
    if value.starts_with(['=', '+', '-', '@']) {
        value.insert(0, '\'');
    }
    if value.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(field("a;b", ';'), "\"a;b\"");
        assert_eq!(field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(
            field("=HYPERLINK(\"x\")", ','),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(field("-5", ','), "'-5");
        assert_eq!(plain(Decimal::new(123_456, 2), Language::De), "1234,56");
    }
}
