//! The pulse in the handout (counts per step of the scale and the median, beside last
//! time's), in `seam show`, as the `pulse` table and as a chart per group.

use std::fmt::Write;

use crate::exercises::kind::{Bar, Cell, Chart, DataTable, Emphasis, Output};
use crate::i18n::{self, Words};
use crate::model::{Closeness, Language};
use crate::text::one_line;
use crate::written::header;
use crate::written::inline;

use super::pulse_model::Pulse;
use super::pulse_texts as T;

const WHAT: Words = Words::new("Worüber", "About");
const WHO: Words = Words::new("Wer", "Who");
const STEP: Words = Words::new("Stufe", "Step");
const WORDS: Words = Words::new("In Worten", "In words");

impl Pulse {
    fn median_text(&self, l: Language, between: &str) -> Option<String> {
        let median = Pulse::median(&self.readings, between)?;
        let mut text = format!("{}: {}", T::MEDIAN.get(l), i18n::closeness(l, median));
        if let Some(then) = Pulse::median(&self.earlier, between) {
            let _ = write!(text, " ({}: {})", T::THEN.get(l), i18n::closeness(l, then));
        }
        Some(text)
    }
}

impl Output for Pulse {
    fn handout(&self, out: &mut String, l: Language) {
        for between in Pulse::groups(&self.readings) {
            let _ = writeln!(out, "**{}**\n", inline(&T::group(l, between)));
            let counts = Closeness::counts(Pulse::in_group(&self.readings, between));
            for (step, count) in Closeness::ALL.iter().zip(counts) {
                let _ = writeln!(
                    out,
                    "- {} {}: {count}",
                    step.number(),
                    i18n::closeness(l, *step)
                );
            }
            if let Some(median) = self.median_text(l, between) {
                let _ = writeln!(out, "\n{median}");
            }
            out.push('\n');
        }
    }

    fn summary(&self, out: &mut String, l: Language) {
        for between in Pulse::groups(&self.readings) {
            if let Some(median) = self.median_text(l, between) {
                let _ = writeln!(out, "    {}: {median}", one_line(&T::group(l, between)));
            }
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["pulse"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "pulse" {
            return None;
        }
        Some(DataTable {
            title: T::NAME.get(l).to_owned(),
            header: header(&[WHAT, WHO, STEP, WORDS], l),
            rows: self
                .readings
                .iter()
                .map(|r| {
                    vec![
                        Cell::Text(T::group(l, &r.between)),
                        Cell::Text(r.source.clone()),
                        Cell::Count(Some(u64::from(r.closeness.number()))),
                        Cell::Text(i18n::closeness(l, r.closeness).to_owned()),
                    ]
                })
                .collect(),
        })
    }

    fn charts(&self, l: Language) -> Vec<Chart> {
        Pulse::groups(&self.readings)
            .into_iter()
            .map(|between| {
                let counts = Closeness::counts(Pulse::in_group(&self.readings, between));
                let median = Pulse::median(&self.readings, between);
                Chart {
                    title: format!("{}: {}", T::NAME.get(l), T::group(l, between)),
                    bars: Closeness::ALL
                        .iter()
                        .zip(counts)
                        .map(|(step, count)| Bar {
                            label: format!("{} {}", step.number(), i18n::closeness(l, *step)),
                            value: f64::from(count),
                            shown: count.to_string(),
                            mark: None,
                            emphasis: median == Some(*step),
                        })
                        .collect(),
                    note: self.median_text(l, between),
                    emphasis: Emphasis::Chosen,
                }
            })
            .collect()
    }
}
