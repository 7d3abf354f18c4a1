//! The pilot in the handout and in `seam show`; one pilot is no table.

use std::fmt::Write;

use crate::exercises::field::{Field, Slot};
use crate::exercises::kind::{Decided, Duty, Form, Output};
use crate::model::money::format_number;
use crate::model::{Language, When};
use crate::text::one_line;
use crate::written::{block, inline};

use super::pilot_fields::{HYPOTHESIS, PROBLEM};
use super::pilot_model::Pilot;
use super::pilot_texts as T;

impl Output for Pilot {
    fn handout(&self, out: &mut String, l: Language) {
        for slot in self.slots() {
            let Slot::Field(field) = *slot else { continue };
            if field == Field::Notes {
                continue;
            }
            let value = self.read(field, l);
            if value.trim().is_empty() {
                continue;
            }
            let spec = self.spec(field);
            let label = spec.map_or("", |s| s.label.get(l));
            // Numbers, money and dates are seam's own writing: nothing to escape.
            let seams_own = spec.is_some_and(|s| s.kind.is_parsed());
            if field == PROBLEM || field == HYPOTHESIS {
                let _ = writeln!(out, "**{label}:** {}\n", block(&value));
            } else if seams_own {
                let _ = writeln!(out, "- **{label}:** {}", one_line(&value));
            } else {
                let _ = writeln!(out, "- **{label}:** {}", inline(&value));
            }
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, _l: Language) {
        if !self.hypothesis.trim().is_empty() {
            let _ = writeln!(out, "    „{}“", one_line(self.hypothesis.trim()));
        }
    }

    /// The hypothesis, when it counts as a success, and its time.
    fn decided(&self, l: Language) -> Vec<Decided> {
        let Some(what) = self.in_a_line() else {
            return Vec::new();
        };
        let mut text = what.to_owned();
        if !self.metric.trim().is_empty() {
            let _ = write!(text, " · {}: {}", T::METRIC.get(l), self.metric.trim());
            if let Some(threshold) = self.threshold {
                let _ = write!(
                    text,
                    " · {} {}",
                    T::THRESHOLD.get(l),
                    format_number(threshold, l)
                );
            }
        }
        if self.start.is_some() || self.end.is_some() {
            let day = |d| crate::written::date(d, l);
            let _ = write!(text, " · {} – {}", day(self.start), day(self.end));
        }
        vec![Decided::new(T::NAME.get(l), text)]
    }

    /// The team runs the pilot until its end.
    fn duties(&self, l: Language) -> Vec<Duty> {
        let Some(what) = self.in_a_line() else {
            return Vec::new();
        };
        vec![Duty {
            who: self.team.join(", "),
            what: format!("{}: {what}", T::NAME.get(l)),
            by: self.end.map(When::Date),
        }]
    }
}

impl Pilot {
    /// The hypothesis, else the problem: what the pilot is about.
    fn in_a_line(&self) -> Option<&str> {
        [&self.hypothesis, &self.problem]
            .into_iter()
            .map(|text| text.trim())
            .find(|text| !text.is_empty())
    }
}
