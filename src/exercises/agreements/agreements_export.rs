//! The agreements in the handout, in `seam show` and as the `agreements` CSV table.

use std::fmt::Write;

use crate::exercises::kind::{Cell, DataTable, Decided, Duty, Output};
use crate::i18n::{self, Words};
use crate::model::Language;
use crate::text::one_line;
use crate::written::header;
use crate::written::{inline, within};

use super::agreements_model::{Agreement, Agreements};
use super::agreements_texts as T;

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
            // After the label, not at a line's start: `28.02.2027` needs no escaping.
            let review = ag
                .review
                .as_ref()
                .map_or_else(|| "–".to_owned(), |w| within(&w.show(l)));
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

    /// Each promise with its quantity, quality and time; one not accepted by both sides
    /// says so, since it is not an agreement yet.
    fn decided(&self, l: Language) -> Vec<Decided> {
        self.agreements
            .iter()
            .enumerate()
            .filter(|(_, ag)| !ag.deliverable.trim().is_empty())
            .map(|(index, ag)| {
                let mut text = format!(
                    "{} → {}: {}",
                    plain(&ag.provider),
                    plain(&ag.receiver),
                    plain(&ag.deliverable)
                );
                for part in [&ag.quantity, &ag.quality, &ag.time] {
                    if !part.trim().is_empty() {
                        let _ = write!(text, " · {}", plain(part));
                    }
                }
                if !ag.is_accepted() {
                    let _ = write!(text, " ({})", T::NOT_YET_ACCEPTED.get(l));
                } else if !ag.is_complete() {
                    let _ = write!(text, " ({})", T::INCOMPLETE.get(l));
                }
                Decided::new(format!("{} {}", T::AGREEMENT.get(l), index + 1), text)
            })
            .collect()
    }

    /// Both owners look at each agreement again on its review day; a side that has not
    /// accepted yet owes its answer.
    fn duties(&self, l: Language) -> Vec<Duty> {
        let mut duties = Vec::new();
        for (index, ag) in self.agreements.iter().enumerate() {
            if ag.deliverable.trim().is_empty() {
                continue;
            }
            let what = format!(
                "{} {}: {} → {}: {}",
                T::AGREEMENT.get(l),
                index + 1,
                plain(&ag.provider),
                plain(&ag.receiver),
                plain(&ag.deliverable)
            );
            let person = |owner: &str, team: &str| match owner.trim() {
                "" => plain(team),
                owner => plain(owner),
            };
            for (accepted, owner, team) in [
                (ag.accepted_by_provider, &ag.provider_owner, &ag.provider),
                (ag.accepted_by_receiver, &ag.receiver_owner, &ag.receiver),
            ] {
                if !accepted {
                    duties.push(Duty {
                        who: person(owner, team),
                        what: format!("{} – {}", what, T::TO_ACCEPT.get(l)),
                        by: None,
                    });
                }
            }
            if let Some(review) = &ag.review {
                let mut who = vec![person(&ag.provider_owner, &ag.provider)];
                who.push(person(&ag.receiver_owner, &ag.receiver));
                who.retain(|w| !w.is_empty());
                who.dedup();
                duties.push(Duty {
                    who: who.join(", "),
                    what: format!("{} – {}", what, T::TO_REVIEW.get(l)),
                    by: Some(review.clone()),
                });
            }
        }
        duties
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
                let review = Cell::when(ag.review.as_ref());
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
