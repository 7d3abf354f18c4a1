//! Making text from files safe to show: control characters, escape sequences and bidi
//! overrides never reach a terminal raw, and widths are measured in columns.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

/// Replaces every control character (C0 except newline and tab, DEL, C1) and every
/// bidi embedding/override/isolate with U+FFFD, so `ESC[2J` in a title prints as
/// `�[2J` instead of clearing the screen, and right-to-left tricks cannot reorder a line.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_safe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| if is_safe(c) { c } else { '\u{fffd}' })
            .collect(),
    )
}

/// As `sanitize`, and a single line: newlines and tabs become spaces.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| is_safe(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        sanitize(text)
            .chars()
            .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
            .collect(),
    )
}

fn is_safe(c: char) -> bool {
    let control = (c.is_control() && c != '\n' && c != '\t') || c == '\u{7f}';
    let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}');
    !(control || bidi)
}

/// Columns a string takes on a terminal.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cuts `text` to at most `columns` terminal columns, with `…` where it was cut.
pub fn truncate(text: &str, columns: usize) -> Cow<'_, str> {
    if width(text) <= columns {
        return Cow::Borrowed(text);
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        out.push(c);
        used += w;
    }
    if columns > 0 {
        // `Mehr …` reads as two words; `Mehr…` as one cut short.
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    Cow::Owned(out)
}

/// Word-wraps one paragraph to `columns`, continuation lines starting with `indent`.
/// Words are not split: a word wider than a row stays whole on its own line.
pub fn wrap(text: &str, columns: usize, indent: &str) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let current = lines.last().map_or(0, |l| width(l));
        if current > 0 && current + 1 + width(word) > columns {
            lines.push(format!("{indent}{word}"));
        } else if let Some(line) = lines.last_mut() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// Rows a text takes when word-wrapped at `columns`; a word wider than a row counts the
/// rows a terminal breaks it into, so the estimate errs long, never short.
pub fn wrapped_rows(text: &str, columns: u16) -> u16 {
    let columns = usize::from(columns.max(1));
    let rows: usize = text
        .split('\n')
        .flat_map(|paragraph| wrap(paragraph, columns, ""))
        .map(|line| width(&line).div_ceil(columns).max(1))
        .sum();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// A text of several lines word-wrapped into at most `rows` rows of `columns`: line
/// breaks are kept, a word wider than a row is cut with `…`, and when the text does not
/// fit, the last row shown ends in `…` so nobody takes it for the whole.
pub fn fit(text: &str, columns: usize, rows: usize) -> Vec<String> {
    let mut all: Vec<String> = text
        .split('\n')
        .flat_map(|paragraph| wrap(paragraph, columns, ""))
        .map(|line| truncate(&line, columns).into_owned())
        .collect();
    if all.len() > rows {
        all.truncate(rows);
        if let Some(last) = all.last_mut() {
            let room = columns.saturating_sub(1);
            *last = format!("{}…", truncate(last.trim_end(), room).trim_end_matches('…'));
        }
    }
    all
}

/// Pads with spaces to exactly `columns` columns (truncating first if needed).
pub fn pad(text: &str, columns: usize) -> String {
    let cut = truncate(text, columns);
    let fill = columns.saturating_sub(width(&cut));
    format!("{cut}{}", " ".repeat(fill))
}

/// A matrix of dots (a QR code's modules, `true` dark) as rows of half blocks: each
/// character is one dot above another, so a square code stays square on a terminal.
pub fn half_blocks(dots: &[Vec<bool>]) -> Vec<String> {
    dots.chunks(2)
        .map(|pair| {
            let below = pair.get(1);
            pair[0]
                .iter()
                .enumerate()
                .map(|(x, dark)| match (*dark, below.is_some_and(|row| row[x])) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitted_text_keeps_line_breaks_and_marks_a_cut() {
        assert_eq!(fit("eins\nzwei", 20, 3), vec!["eins", "zwei"]);
        assert_eq!(
            fit("ein langer Satz der nicht passt", 10, 2),
            vec!["ein langer", "Satz der…"]
        );
        assert_eq!(fit("Donaudampfschifffahrt", 8, 1), vec!["Donauda…"]);
    }

    #[test]
    fn escapes_and_bidi_controls_are_neutralised() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\u{fffd}[2Jb");
        assert_eq!(sanitize("x\u{9b}31m\u{7}"), "x\u{fffd}31m\u{fffd}");
        assert_eq!(sanitize("evil\u{202e}txt.exe"), "evil\u{fffd}txt.exe");
        assert_eq!(sanitize("zwei\nZeilen\tok"), "zwei\nZeilen\tok");
        assert_eq!(one_line("zwei\nZeilen"), "zwei Zeilen");
        assert!(matches!(sanitize("Größe 日本"), Cow::Borrowed(_)));
    }

    #[test]
    fn truncation_and_padding_count_columns_not_bytes() {
        assert_eq!(width("日本"), 4);
        assert_eq!(truncate("日本語です", 5), "日本…");
        assert_eq!(pad("Größe", 7), "Größe  ");
        assert_eq!(width(&pad("日本語です", 6)), 6);
    }
}
