//! The agreements in the handout, in `seam show` and as the `agreements` CSV table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Output};
use crate::i18n::{self, Words};
use crate::model::{Language, When};
use crate::text::one_line;
use crate::written::header;
use crate::written::inline;

use super::model::{Agreement, Agreements};
use super::texts as T;

const CSV_COLUMNS: [Words; 14] = [
    T::PROVIDER,
    T::RECEIVER,
    T::DELIVERABLE,
    T::QUANTITY,
    T::QUALITY,
    T::TIME,
    T::CHANNEL,
    T::PROVIDER_OWNER,
    T::RECEIVER_OWNER,
    T::WHEN_MISSED,
    T::REVIEW,
    T::ACCEPTED_BY_PROVIDER,
    T::ACCEPTED_BY_RECEIVER,
    T::COMPLETE,
];

/// `Marketing → Vertrieb: vertriebsreife Leads (vollständig)`, one line, each typed part
/// through `text` (sanitised for the terminal, or escaped for Markdown).
fn title(agreement: &Agreement, l: Language, text: fn(&str) -> String) -> String {
    let state = if agreement.is_complete() {
        T::COMPLETE
    } else {
        T::INCOMPLETE
    };
    format!(
        "{} → {}: {} ({})",
        text(&agreement.provider),
        text(&agreement.receiver),
        text(&agreement.deliverable),
        state.get(l)
    )
}

fn plain(text: &str) -> String {
    one_line(text.trim()).into_owned()
}

impl Output for Agreements {
    fn handout(&self, out: &mut String, l: Language) {
        for (index, ag) in self.agreements.iter().enumerate() {
            let _ = writeln!(out, "### {}. {}\n", index + 1, title(ag, l, inline));
            for (label, text) in [
                (T::QUANTITY, &ag.quantity),
                (T::QUALITY, &ag.quality),
                (T::TIME, &ag.time),
                (T::CHANNEL, &ag.channel),
                (T::PROVIDER_OWNER, &ag.provider_owner),
                (T::RECEIVER_OWNER, &ag.receiver_owner),
                (T::WHEN_MISSED, &ag.when_missed),
            ] {
                let shown = if text.trim().is_empty() {
                    "–".to_owned()
                } else {
                    inline(text)
                };
                let _ = writeln!(out, "- **{}:** {shown}", label.get(l));
            }
            let review = ag
                .review
                .as_ref()
                .map_or_else(|| "–".to_owned(), |w| inline(&w.show(l)));
            let _ = writeln!(out, "- **{}:** {review}", T::REVIEW.get(l));
            let _ = writeln!(
                out,
                "- **{}:** {} {} · {} {}\n",
                T::ACCEPTED.get(l),
                T::PROVIDER.get(l),
                i18n::yes_no(l, ag.accepted_by_provider),
                T::RECEIVER.get(l),
                i18n::yes_no(l, ag.accepted_by_receiver),
            );
        }
    }

    fn summary(&self, out: &mut String, l: Language) {
        for (n, ag) in self.agreements.iter().enumerate() {
            let _ = writeln!(out, "    {}. {}", n + 1, title(ag, l, plain));
        }
    }

    fn tables(&self) -> &'static [&'static str] {
        &["agreements"]
    }

    fn table(&self, name: &str, l: Language) -> Option<DataTable> {
        if name != "agreements" {
            return None;
        }
        let yes_no = |value: bool| Cell::Text(i18n::yes_no(l, value).to_owned());
        let rows = self
            .agreements
            .iter()
            .map(|ag| {
                // A review day is a day for a spreadsheet; a rhythm stays words.
                let review = match &ag.review {
                    Some(When::Date(day)) => Cell::Date(Some(*day)),
                    Some(When::Rhythm(words)) => Cell::Text(words.clone()),
                    None => Cell::Date(None),
                };
                vec![
                    Cell::Text(ag.provider.clone()),
                    Cell::Text(ag.receiver.clone()),
                    Cell::Text(ag.deliverable.clone()),
                    Cell::Text(ag.quantity.clone()),
                    Cell::Text(ag.quality.clone()),
                    Cell::Text(ag.time.clone()),
                    Cell::Text(ag.channel.clone()),
                    Cell::Text(ag.provider_owner.clone()),
                    Cell::Text(ag.receiver_owner.clone()),
                    Cell::Text(ag.when_missed.clone()),
                    review,
                    yes_no(ag.accepted_by_provider),
                    yes_no(ag.accepted_by_receiver),
                    yes_no(ag.is_complete()),
                ]
            })
            .collect();
        Some(DataTable {
            title: T::AGREEMENTS.get(l).to_owned(),
            header: header(&CSV_COLUMNS, l),
            rows,
        })
    }
}
