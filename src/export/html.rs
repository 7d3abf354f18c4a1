//! The HTML handout: one self-contained file (no external resources) that opens with a
//! double click, reads on a phone and prints to PDF — everything the Markdown handout
//! has, rendered from it, plus charts drawn by seam: each kind's pictures and the time
//! spent per step against its timebox. Typed text is escaped twice over: the Markdown
//! escapes it, and any HTML in the Markdown would be shown as text, never as HTML.

use std::fmt::Write;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

use super::markdown;
use super::svg::{bar_chart, escape};
use crate::exercises::kind::{Bar, Chart, Emphasis};
use crate::i18n::{Label, Words, t};
use crate::model::Moment;
use crate::record::Session;

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.45;
  color:#111;background:#fff;margin:0}
main{max-width:66rem;margin:0 auto;padding:1rem 1.2rem 3rem}
h1{font-size:1.7rem;margin:.4rem 0}h2{font-size:1.3rem;margin-top:2rem;
  border-bottom:2px solid #333}h3{font-size:1.1rem}
section.glance{border:2px solid #3f5f8f;border-radius:6px;padding:0 1rem .4rem;margin:1rem 0}
section.glance h2{margin-top:.8rem}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:4px solid #3f5f8f;background:#f3f5f9}
.table{overflow-x:auto}table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem;
  width:100%}th,td{border:1px solid #999;padding:.25rem .45rem;vertical-align:top;
  text-align:left;hyphens:auto;overflow-wrap:break-word}td.n{white-space:nowrap}
th{background:#e8ebf0}svg.chart{width:100%;max-width:40rem;height:auto;margin:.6rem 0;
  font-size:13px}.chart-title{font-weight:bold;font-size:14px}
@media (max-width:40rem){.table table,.table tbody,.table tr,.table td{display:block;
  width:auto}.table thead{display:none}.table tr{border:1px solid #999;border-radius:4px;
  margin:.6rem 0;padding:.3rem .6rem}.table td{border:0;padding:.1rem 0}
  .table td::before{content:attr(data-label) ': ';font-weight:bold;color:#333}
  section.glance{padding:0 .6rem}ul{padding-left:1.2rem}}
@media print{body{font-size:10.5pt}main{max-width:none;padding:0}
  section.glance{break-after:page;border:0;padding:0}h2,h3{break-after:avoid}
  tr,svg,blockquote,li{break-inside:avoid}thead{display:table-header-group}
  .table{overflow:visible}}
";

const TIME_SPENT: Words = Words::new("Zeit je Schritt", "Time per step");
const MINUTES_OF: Words = Words::new("von", "of");

pub fn handout(session: &Session) -> String {
    let l = session.language;
    let today = Moment::now().date();
    let mut body = String::new();
    let _ = write!(
        body,
        "<header>{}</header>",
        render(&markdown::front(session))
    );
    let page_one = super::page_one::markdown(session);
    if !page_one.is_empty() {
        let _ = write!(
            body,
            "<section class=\"glance\">{}</section>",
            render(&page_one)
        );
    }
    for (index, step) in session.steps.iter().enumerate() {
        let _ = write!(
            body,
            "<section class=\"step\">{}",
            render(&markdown::step(session, index, today))
        );
        for chart in step
            .result
            .record()
            .charts(l)
            .into_iter()
            .chain(super::round_results::charts(step, l))
        {
            body.push_str(&bar_chart(&chart));
        }
        body.push_str("</section>");
    }
    if let Some(chart) = time_spent(session) {
        let _ = write!(
            body,
            "<section class=\"time\"><h2>{}</h2>{}</section>",
            escape(TIME_SPENT.get(l)),
            bar_chart(&chart)
        );
    }
    let parking = markdown::parking_lot(session);
    if !parking.is_empty() {
        let _ = write!(
            body,
            "<section class=\"parking\">{}</section>",
            render(&parking)
        );
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}{page}</style></head>\
         <body><main>{body}</main></body></html>\n",
        lang = l.tag(),
        title = escape(&session.title),
        page = print_page(&session.title),
    )
}

/// The printed page: A4 with margins, the session's title and the page number in the
/// footer of every page.
fn print_page(title: &str) -> String {
    format!(
        "@page{{size:A4;margin:16mm 14mm 18mm;@bottom-left{{content:{};font-size:8pt;\
         color:#444}}@bottom-right{{content:counter(page) \" / \" counter(pages);\
         font-size:8pt;color:#444}}}}",
        css_string(title)
    )
}

/// Text as a CSS string: letters, digits and plain punctuation as they are, everything
/// else (quotes, backslashes, `<` that could end the style element) as a CSS escape.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in crate::text::one_line(text.trim()).chars() {
        if c.is_alphanumeric() || " .,:;!?()-–—&+·".contains(c) {
            out.push(c);
        } else {
            let _ = write!(out, "\\{:x} ", u32::from(c));
        }
    }
    out.push('"');
    out
}

/// Markdown (seam's own, its user text escaped already) as HTML. Raw HTML in it, which
/// seam never writes, would be shown as text.
fn render(markdown: &str) -> String {
    let events: Vec<Event> = Parser::new_ext(markdown, Options::ENABLE_TABLES)
        .map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            other => other,
        })
        .collect();
    let mut out = String::new();
    html::push_html(&mut out, labelled_cells(events).into_iter());
    // A table sits in a box of its own: a card per row on a phone (see the style).
    out.replace("<table>", "<div class=\"table\"><table>")
        .replace("</table>", "</table></div>")
}

/// The table cells of the body with their column's name (`data-label`, shown before the
/// value when a narrow page turns a row into a card) and, for a figure or a day, a class
/// that keeps it on one line: `1.200.000.000 €` never wraps.
fn labelled_cells(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut header: Vec<String> = Vec::new();
    let mut in_head = false;
    let mut column = 0;
    let mut out = Vec::with_capacity(events.len());
    let mut index = 0;
    while index < events.len() {
        match &events[index] {
            Event::Start(Tag::Table(_)) => header.clear(),
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => column = 0,
            Event::Start(Tag::TableCell) if in_head => header.push(cell_text(&events[index..])),
            Event::Start(Tag::TableCell) => {
                let text = cell_text(&events[index..]);
                let label = header.get(column).map_or("", String::as_str);
                let class = if is_figure(&text) { " class=\"n\"" } else { "" };
                out.push(Event::Html(
                    format!("<td data-label=\"{}\"{class}>", escape(label)).into(),
                ));
                column += 1;
                index += 1;
                continue;
            }
            Event::End(TagEnd::TableCell) if !in_head => {
                out.push(Event::Html("</td>".into()));
                index += 1;
                continue;
            }
            _ => {}
        }
        out.push(events[index].clone());
        index += 1;
    }
    out
}

/// The text of the cell that `events` starts with.
fn cell_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events.iter().skip(1) {
        match event {
            Event::End(TagEnd::TableCell) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// A figure, an amount or a day as seam writes them (`600 Mio. €`, `40 Leads`, `45 %`,
/// `30.06.2027`, `€1.2bn`): short, starting with a digit or a currency sign.
fn is_figure(text: &str) -> bool {
    let text = text.trim();
    let starts = text
        .trim_start_matches(['€', '~', '-', '+'])
        .starts_with(|c: char| c.is_ascii_digit());
    starts && text.chars().count() <= 28 && text.split_whitespace().count() <= 3
}

/// The minutes spent on each step against its timebox, once any time was booked.
fn time_spent(session: &Session) -> Option<Chart> {
    if session.steps.iter().all(|s| s.spent_seconds == 0) {
        return None;
    }
    let l = session.language;
    let minutes = t(l, Label::Minutes);
    let bars = session
        .steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
            let spent = step.spent_seconds.div_ceil(60);
            #[allow(clippy::cast_precision_loss)]
            Bar {
                label: format!("{}. {}", index + 1, step.title.get(l)),
                value: spent as f64,
                shown: format!(
                    "{spent} {} {} {minutes}",
                    MINUTES_OF.get(l),
                    step.timebox_minutes
                ),
                mark: Some(f64::from(step.timebox_minutes)),
                emphasis: spent > u64::from(step.timebox_minutes),
            }
        })
        .collect();
    Some(Chart {
        title: TIME_SPENT.get(l).to_owned(),
        bars,
        note: None,
        emphasis: Emphasis::PastTheMark,
    })
}
