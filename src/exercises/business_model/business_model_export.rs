//! The business model in the handout and in `seam show`; it has no CSV table.

use std::fmt::Write;

use crate::exercises::kind::{Decided, Output};
use crate::model::Language;
use crate::text::one_line;
use crate::written::{block, inline};

use super::business_model_model::BusinessModel;
use super::business_model_texts as T;

impl Output for BusinessModel {
    fn handout(&self, out: &mut String, l: Language) {
        if !self.sentence.trim().is_empty() {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                T::SENTENCE.get(l),
                block(&self.sentence)
            );
        }
        for (label, text) in [
            (T::WHO_PAYS, &self.who_pays),
            (T::FOR_WHAT, &self.for_what),
            (T::REVENUE_DRIVER, &self.revenue_driver),
            (T::COST_DRIVER, &self.cost_driver),
        ] {
            if !text.trim().is_empty() {
                let _ = writeln!(out, "- **{}:** {}", label.get(l), inline(text));
            }
        }
        out.push('\n');
    }

    fn summary(&self, out: &mut String, _l: Language) {
        if !self.sentence.trim().is_empty() {
            let _ = writeln!(out, "    „{}“", one_line(self.sentence.trim()));
        }
    }

    /// The one sentence.
    fn decided(&self, l: Language) -> Vec<Decided> {
        let sentence = self.sentence.trim();
        if sentence.is_empty() {
            return Vec::new();
        }
        vec![Decided::new(T::NAME.get(l), sentence)]
    }
}
