//! Bar charts as inline SVG, drawn by seam for the HTML handout: one row per bar with
//! its label, the bar, and its value in words (nothing depends on colour alone; the
//! emphasised bar is also set in bold and drawn hatched: green for what the room chose,
//! red and dotted for a bar past its mark).

use std::fmt::Write;

use crate::exercises::kind::{Chart, Emphasis};

const WIDTH: f64 = 640.0;
const LABEL: f64 = 190.0;
const VALUE: f64 = 130.0;
const ROW: f64 = 30.0;
const TOP: f64 = 34.0;

/// Text for SVG and HTML: `&`, `<`, `>`, quotes escaped; control characters defused.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::one_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// At most `chars` characters of `text`, ending in `…` where it was cut: a chart's text
/// cannot wrap, and cut without a mark it reads as if it were whole.
fn fit(text: &str, chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(chars.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// How many characters fit in a chart's title line and in a bar's label (13 px text).
const TITLE_CHARS: usize = 72;
const LABEL_CHARS: usize = 26;

pub fn bar_chart(chart: &Chart) -> String {
    let rows = chart.bars.len();
    let note_height = if chart.note.is_some() { ROW } else { 0.0 };
    #[allow(clippy::cast_precision_loss)]
    let height = TOP + ROW * rows as f64 + note_height + 8.0;
    let scale = chart
        .bars
        .iter()
        .flat_map(|b| [b.value, b.mark.unwrap_or(0.0)])
        .fold(0.0_f64, f64::max)
        .max(f64::MIN_POSITIVE);
    let room = WIDTH - LABEL - VALUE - 10.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         role=\"img\" aria-label=\"{title}\" class=\"chart\">\
         <defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#1b5e20\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#a5d6a7\" stroke-width=\"3\"/>\
         </pattern><pattern id=\"over\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\
         <rect width=\"6\" height=\"6\" fill=\"#b23b1e\"/><circle cx=\"3\" cy=\"3\" r=\"1.2\" \
         fill=\"#f6c7b8\"/></pattern></defs>\
         <text x=\"0\" y=\"20\" class=\"chart-title\">{shown}</text>",
        title = escape(&chart.title),
        shown = escape(&fit(&chart.title, TITLE_CHARS)),
    );
    for (index, bar) in chart.bars.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let y = TOP + ROW * index as f64;
        let length = (bar.value / scale * room).max(1.0);
        let (fill, weight) = match (bar.emphasis, chart.emphasis) {
            (true, Emphasis::Chosen) => ("url(#hatch)", "bold"),
            // Past its mark: red and dotted, never the green of what was agreed.
            (true, Emphasis::PastTheMark) => ("url(#over)", "bold"),
            (false, _) => ("#3f5f8f", "normal"),
        };
        // The value stands right of the bar and of its mark, never across the mark.
        let reach = bar
            .mark
            .map_or(length, |mark| length.max(mark / scale * room));
        let _ = write!(
            svg,
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\" font-weight=\"{weight}\">\
             <title>{label}</title>{short}</text>\
             <rect x=\"{LABEL}\" y=\"{ry}\" width=\"{length:.1}\" height=\"18\" fill=\"{fill}\"/>\
             <text x=\"{vx:.1}\" y=\"{ty}\" font-weight=\"{weight}\">{shown}</text>",
            lx = LABEL - 8.0,
            ty = y + 14.0,
            ry = y + 1.0,
            label = escape(&bar.label),
            short = escape(&fit(&bar.label, LABEL_CHARS)),
            vx = LABEL + reach + 6.0,
            shown = escape(&bar.shown),
        );
        if let Some(mark) = bar.mark {
            let x = LABEL + mark / scale * room;
            let _ = write!(
                svg,
                "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{y1}\" y2=\"{y2}\" stroke=\"#222\" \
                 stroke-width=\"2\" stroke-dasharray=\"3 2\"/>",
                y1 = y - 2.0,
                y2 = y + 22.0
            );
        }
    }
    if let Some(note) = &chart.note {
        #[allow(clippy::cast_precision_loss)]
        let y = TOP + ROW * rows as f64 + 16.0;
        let _ = write!(svg, "<text x=\"0\" y=\"{y}\">{}</text>", escape(note));
    }
    svg.push_str("</svg>");
    svg
}
