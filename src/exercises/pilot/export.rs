//! The pilot in the handout and in `seam show`; one pilot is no table.

use std::fmt::Write;

use crate::exercises::field::{Field, Slot};
use crate::exercises::kind::{Form, Output};
use crate::model::Language;
use crate::text::one_line;
use crate::written::{block, inline};

use super::fields::{HYPOTHESIS, PROBLEM};
use super::model::Pilot;

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
}
