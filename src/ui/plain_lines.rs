//! Text written straight into the frame, a line to a row: what ratatui's `Paragraph`
//! draws for lines that are neither wrapped nor aligned, and what `Buffer::set_stringn`
//! writes, without taking plain ASCII apart grapheme by grapheme. The wall draws a
//! whole frame for every key; its tables, agenda, header and footer are such lines.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

/// `lines` from the top of `area`, one to a row, each cut at the area's edge, every
/// span in its line's style patched with its own.
pub fn lines(buf: &mut Buffer, area: Rect, lines: &[Line]) {
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        let mut x = area.x;
        for span in &line.spans {
            let room = area.right().saturating_sub(x);
            if room == 0 {
                break;
            }
            let style = line.style.patch(span.style);
            match write(
                buf,
                (x, y),
                &span.content,
                (usize::from(room), area.width),
                style,
            ) {
                Some(end) => x = end,
                None => break,
            }
        }
    }
}

/// Writes `text` from `(x, y)`, at most `max` columns, in `style`, as a paragraph writes
/// a line: grapheme by grapheme, none that does not fit. An ASCII character is a
/// grapheme of its own unless a combining mark follows it, so the text up to the last
/// one before the first other character is written as it is. The column after the
/// text, or `None` when it was cut.
pub fn put(buf: &mut Buffer, at: (u16, u16), text: &str, max: usize, style: Style) -> Option<u16> {
    write(buf, at, text, (max, u16::MAX), style)
}

/// `put`, where a grapheme wider than `widest` is left out (as a paragraph leaves out
/// what could never fit its area) instead of ending the text.
fn write(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    text: &str,
    (max, widest): (usize, u16),
    style: Style,
) -> Option<u16> {
    let plain = match text.bytes().position(|b| !b.is_ascii()) {
        None => text.len(),
        Some(at) => at.saturating_sub(1),
    };
    let (head, tail) = text.split_at(plain);
    let end = buf
        .area
        .right()
        .min(x.saturating_add(u16::try_from(max).unwrap_or(u16::MAX)));
    let mut at = x;
    for c in head.chars().filter(|c| !c.is_ascii_control()) {
        if at >= end {
            return None;
        }
        buf[(at, y)].set_char(c).set_style(style);
        at += 1;
    }
    let tail = ratatui::text::Span::raw(tail);
    for grapheme in tail.styled_graphemes(style) {
        let symbol = grapheme.symbol;
        if symbol.contains(char::is_control) {
            continue;
        }
        let width = symbol.cell_width();
        if width == 0 || width > widest {
            continue;
        }
        if at.saturating_add(width) > end {
            return None;
        }
        buf[(at, y)].set_symbol(symbol).set_style(style);
        at += width;
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::theme;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

    /// `put` writes what ratatui's own `set_stringn` writes, whatever the text: plain,
    /// accented, a combining mark after an ASCII letter, wide characters, an emoji
    /// sequence, control characters, cut at every width.
    #[test]
    fn put_writes_what_ratatui_writes() {
        let texts = [
            "Ziel 3: 40 → 70 Leads",
            "Marketing",
            "",
            "Cafe\u{301} am Markt",
            "e\u{301}",
            "日本の市場 2027",
            "ab👩‍👩‍👧cd",
            "tab\there\r\nend",
            "▶ ",
            "…",
        ];
        for text in texts {
            for max in 0..20 {
                for x in [0_u16, 3, 17] {
                    let area = Rect::new(0, 0, 20, 1);
                    let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
                    let _ = put(&mut ours, (x, 0), text, max, theme::focus());
                    theirs.set_stringn(x, 0, text, max, theme::focus());
                    assert_eq!(ours, theirs, "{text:?} from {x}, at most {max}");
                }
            }
        }
    }

    /// `lines` draws what a paragraph of the same lines draws, cut at every width and
    /// height, over a frame that had something in it already.
    #[test]
    fn lines_draw_what_a_paragraph_draws() {
        use ratatui::text::Span;
        use ratatui::widgets::{Paragraph, Widget};
        let sets: Vec<Vec<Line>> = vec![
            vec![
                Line::styled("▶ 3. Gemeinsame Ziele", theme::focus()),
                Line::raw("    60 Min."),
            ],
            vec![Line::from(vec![
                Span::styled(" Kessler: Kick-off", theme::header()),
                Span::styled(" 3/4 │ ", theme::label()),
                Span::raw("⏱ 59:59"),
                Span::styled("日本 wide", theme::dim()),
            ])],
            vec![
                Line::raw(""),
                Line::raw("Cafe\u{301}"),
                Line::styled("ab👩‍👩‍👧cd", theme::focus()),
            ],
            vec![
                Line::raw("日本 x"),
                Line::from(vec![Span::raw("a"), Span::raw("本b")]),
            ],
        ];
        for lines_of in &sets {
            for width in 0..30 {
                for height in 0..4 {
                    let full = Rect::new(0, 0, 32, 5);
                    let area = Rect::new(1, 1, width, height);
                    let mut ours = Buffer::filled(full, ratatui::buffer::Cell::new("x"));
                    let mut theirs = ours.clone();
                    lines(&mut ours, area, lines_of);
                    Paragraph::new(lines_of.clone()).render(area, &mut theirs);
                    assert_eq!(ours, theirs, "{lines_of:?} in {width}x{height}");
                }
            }
        }
    }
}
