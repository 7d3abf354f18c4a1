//! How the kinds write their part of every output: Markdown table rows and escaped text
//! (what a participant typed renders as typed, never as Markdown or HTML), the header
//! of a CSV table, and money, counts and days as the handout shows them. Below the
//! exports and the kinds alike, so that a kind writes its part without the exports.

use std::fmt::Write as _;

use crate::i18n::{Label, Words, t};
use crate::model::{Euros, Language, Units};
use crate::text::sanitize;

/// The header of a Markdown table with these column names.
pub fn table_header(out: &mut String, names: &[&str]) {
    let _ = writeln!(out, "| {} |", names.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(names.len()));
}

/// One row of a Markdown table; the cells are escaped already.
pub fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// Text for one line of Markdown: no control characters, no line breaks, and nothing a
/// participant typed turns into Markdown or HTML.
pub fn inline(text: &str) -> String {
    escape_line(crate::text::one_line(text).trim())
}

/// Text for a table cell: as `inline` (pipes are escaped there too), except that a
/// cell holds only inline content, so a leading `4.` or `-` opens nothing there.
pub fn cell(text: &str) -> String {
    within(text)
}

/// Text for one line of Markdown that does not begin the line (after a bold label, in a
/// table cell): as `inline`, without escaping what would open a block at a line's start.
pub fn within(text: &str) -> String {
    escape_syntax(crate::text::one_line(text).trim(), false)
}

/// A paragraph that may span lines: kept as hard line breaks, each line escaped as if it
/// began a block (a typed `- ` or `# ` at a line start must not become a list or heading).
pub fn block(text: &str) -> String {
    sanitize(text.trim())
        .split('\n')
        .map(|line| escape_line(line.trim_end()))
        .collect::<Vec<_>>()
        .join("  \n")
}

/// What CommonMark and GFM read as syntax anywhere in a line: emphasis, code, links and
/// images (`[`), HTML and entities (`<`, `&`), table cells, strikethrough, headings'
/// closing `#`, and `@` (GFM makes an address a mail link).
const SYNTAX: [char; 13] = [
    '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#', '@',
];

/// Escapes a line of typed text for Markdown so that it renders as typed, escaping only
/// what needs it so that the handout still reads as plain text.
pub fn escape_line(line: &str) -> String {
    escape_syntax(line, true)
}

/// Escapes Markdown syntax in `line`; `starts_line` also escapes what opens a block.
fn escape_syntax(line: &str, starts_line: bool) -> String {
    let body = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    out.push_str(&line[..line.len() - body.len()]);
    // At a line's start `-`, `+`, `=` and `1.`/`1)` open a list or underline a heading.
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    let lower = body.to_lowercase();
    for (index, c) in body.char_indices() {
        let opens_block = starts_line
            && ((index == 0 && matches!(c, '-' | '+' | '='))
                || (digits > 0 && index == digits && matches!(c, '.' | ')')));
        // GFM links bare addresses: `https://…` and `www.…` stay text.
        let address = (c == ':' && body[index..].starts_with("://"))
            || (c == '.' && index >= 3 && lower.get(index - 3..index) == Some("www"));
        if SYNTAX.contains(&c) || opens_block || address {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The header of a kind's table: the step number first, then these columns.
pub fn header(columns: &[Words], l: Language) -> Vec<String> {
    std::iter::once(t(l, Label::Step).to_owned())
        .chain(columns.iter().map(|w| w.get(l).to_owned()))
        .collect()
}

/// A money value for the handout, `–` when there is none.
pub fn euros(value: Option<Euros>, language: Language) -> String {
    value
        .map(|e| e.full(language))
        .unwrap_or_else(|| "–".to_owned())
}

pub fn units(value: Option<Units>, language: Language) -> String {
    value
        .map(|u| u.full(language))
        .unwrap_or_else(|| "–".to_owned())
}

/// A day in the language's way (`30.06.2027`), `–` when there is none.
pub fn date(value: Option<jiff::civil::Date>, language: Language) -> String {
    value
        .map(|d| crate::model::time::show_date(d, language))
        .unwrap_or_else(|| "–".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_syntax_is_escaped_and_prose_stays_readable() {
        assert_eq!(
            inline("Leads | Qualität <b>fett</b> [x](javascript:alert(1))"),
            "Leads \\| Qualität \\<b\\>fett\\</b\\> \\[x\\](javascript:alert(1))"
        );
        assert_eq!(inline("z.B. 12 % mehr, 3 Stück"), "z.B. 12 % mehr, 3 Stück");
        assert_eq!(inline("- kein Punkt"), "\\- kein Punkt");
        assert_eq!(inline("2025. Jahr"), "2025\\. Jahr");
        assert_eq!(
            inline("siehe https://x.de und www.y.de"),
            "siehe https\\://x.de und www\\.y.de"
        );
        assert_eq!(
            block("eins\n# zwei\n1) drei"),
            "eins  \n\\# zwei  \n1\\) drei"
        );
    }
}
