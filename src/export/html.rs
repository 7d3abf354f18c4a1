//! The HTML handout: one self-contained file (no external resources) that opens with a
//! double click, reads on a phone and prints to PDF — everything the Markdown handout
//! has, rendered from it, plus charts drawn by seam: each kind's pictures and the time
//! spent per step against its timebox. Typed text is escaped twice over: the Markdown
//! escapes it, and any HTML in the Markdown would be shown as text, never as HTML.

use std::fmt::Write;

use pulldown_cmark::{Event, Options, Parser, html};

use super::markdown;
use super::svg::{bar_chart, escape};
use crate::exercises::kind::{Bar, Chart};
use crate::i18n::{Label, Words, t};
use crate::model::Moment;
use crate::record::Session;

const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.45;
  color:#111;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem 1.2rem 3rem}
h1{font-size:1.7rem;margin:.4rem 0}h2{font-size:1.3rem;margin-top:2rem;
  border-bottom:2px solid #333}h3{font-size:1.1rem}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:4px solid #3f5f8f;background:#f3f5f9}
.table{overflow-x:auto}table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid #999;padding:.25rem .45rem;vertical-align:top;text-align:left}
th{background:#e8ebf0}svg.chart{width:100%;max-width:40rem;height:auto;margin:.6rem 0;
  font-size:13px}.chart-title{font-weight:bold;font-size:14px}
@media print{body{font-size:11pt}main{max-width:none;padding:0}
  section.step{break-before:page}table,svg,blockquote{break-inside:avoid}
  .table{overflow:visible}}
";

const TIME_SPENT: Words = Words::new("Zeit je Schritt", "Time per step");
const MINUTES_OF: Words = Words::new("von", "of");

pub fn handout(session: &Session) -> String {
    handout_with(session, false)
}

/// The handout, with the facilitator's notes when `facilitator` (asked for explicitly).
pub fn handout_with(session: &Session, facilitator: bool) -> String {
    let l = session.language;
    let today = Moment::now().date();
    let mut body = String::new();
    let _ = write!(
        body,
        "<header>{}</header>",
        render(&markdown::front(session))
    );
    for (index, step) in session.steps.iter().enumerate() {
        let _ = write!(
            body,
            "<section class=\"step\">{}",
            render(&markdown::step(session, index, today, facilitator))
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
         <title>{title}</title><style>{STYLE}</style></head>\
         <body><main>{body}</main></body></html>\n",
        lang = l.tag(),
        title = escape(&session.title),
    )
}

/// Markdown (seam's own, its user text escaped already) as HTML. Raw HTML in it, which
/// seam never writes, would be shown as text.
fn render(markdown: &str) -> String {
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    // Wide tables scroll on a phone instead of squeezing the page.
    out.replace("<table>", "<div class=\"table\"><table>")
        .replace("</table>", "</table></div>")
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
    })
}
