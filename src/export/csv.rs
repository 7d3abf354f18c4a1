//! CSV for spreadsheets and CRMs: one table at a time (estimates, goals or agreements),
//! one row per item, a header row in the session's language.
//!
//! German sessions use `;` between fields and a decimal comma, as German spreadsheet
//! programs expect; English ones `,` and a decimal point. Numbers carry no thousands
//! separators or currency signs so they arrive as numbers. Cells that a spreadsheet would
//! run as a formula (starting with = + - @) are prefixed with `'`.

use rust_decimal::Decimal;

use crate::i18n::{self, Label, t};
use crate::model::{Exercise, Language, Session};
use crate::text::one_line;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    Estimates,
    Goals,
    Agreements,
}

pub fn table(session: &Session, table: Table) -> String {
    let l = session.language;
    let separator = match l {
        Language::De => ';',
        Language::En => ',',
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let step_label = t(l, Label::Step);
    let header = |labels: &[Label]| {
        std::iter::once(step_label.to_owned())
            .chain(labels.iter().map(|label| t(l, *label).to_owned()))
            .collect::<Vec<_>>()
    };
    let number = |value: Option<Decimal>| value.map(|v| plain(v, l)).unwrap_or_default();
    match table {
        Table::Estimates => rows.push(header(&super::ESTIMATE_COLUMNS)),
        Table::Goals => rows.push(header(&[
            Label::Statement,
            Label::Metric,
            Label::Baseline,
            Label::Target,
            Label::Unit,
            Label::Horizon,
            Label::Owner,
            Label::Contributors,
            Label::BudgetShare,
        ])),
        Table::Agreements => rows.push(header(&[
            Label::Provider,
            Label::Receiver,
            Label::Deliverable,
            Label::Quantity,
            Label::Quality,
            Label::Time,
            Label::Channel,
            Label::ProviderOwner,
            Label::ReceiverOwner,
            Label::WhenMissed,
            Label::Review,
            Label::AcceptedByProvider,
            Label::AcceptedByReceiver,
            Label::Complete,
        ])),
    }
    for (index, step) in session.steps.iter().enumerate() {
        let step_number = (index + 1).to_string();
        match (&step.result, table) {
            (Exercise::Market(m), Table::Estimates) => {
                for e in &m.estimates {
                    rows.push(vec![
                        step_number.clone(),
                        e.source.clone(),
                        number(e.euros.map(|v| v.value())),
                        e.units.map(|u| u.count().to_string()).unwrap_or_default(),
                        number(e.price_per_unit().map(|v| v.value())),
                        i18n::method(l, e.method).to_owned(),
                        e.basis.clone(),
                    ]);
                }
            }
            (Exercise::SharedGoals(g), Table::Goals) => {
                for goal in &g.goals {
                    rows.push(vec![
                        step_number.clone(),
                        goal.statement.clone(),
                        goal.metric.clone(),
                        number(goal.baseline),
                        number(goal.target),
                        goal.unit.clone(),
                        goal.horizon.map(|d| d.to_string()).unwrap_or_default(),
                        goal.owner.clone(),
                        goal.contributors.join(", "),
                        number(goal.budget_share),
                    ]);
                }
            }
            (Exercise::Agreements(a), Table::Agreements) => {
                for ag in &a.agreements {
                    rows.push(vec![
                        step_number.clone(),
                        ag.provider.clone(),
                        ag.receiver.clone(),
                        ag.deliverable.clone(),
                        ag.quantity.clone(),
                        ag.quality.clone(),
                        ag.time.clone(),
                        ag.channel.clone(),
                        ag.provider_owner.clone(),
                        ag.receiver_owner.clone(),
                        ag.when_missed.clone(),
                        ag.review.map(|d| d.to_string()).unwrap_or_default(),
                        i18n::yes_no(l, ag.accepted_by_provider).to_owned(),
                        i18n::yes_no(l, ag.accepted_by_receiver).to_owned(),
                        i18n::yes_no(l, ag.is_complete()).to_owned(),
                    ]);
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| field(c, separator)).collect();
        out.push_str(&cells.join(&separator.to_string()));
        out.push_str("\r\n");
    }
    out
}

/// A decimal without grouping, with the language's decimal separator.
fn plain(value: Decimal, language: Language) -> String {
    let text = value.normalize().to_string();
    match language {
        Language::De => text.replace('.', ","),
        Language::En => text,
    }
}

/// One CSV field: sanitised to one line, defused against formulas, quoted when needed.
fn field(text: &str, separator: char) -> String {
    let mut value = one_line(text).trim().to_owned();
    if value.starts_with(['=', '+', '-', '@']) {
        value.insert(0, '\'');
    }
    if value.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(field("a;b", ';'), "\"a;b\"");
        assert_eq!(field("say \"hi\"", ','), "\"say \"\"hi\"\"\"");
        assert_eq!(
            field("=HYPERLINK(\"x\")", ','),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(field("-5", ','), "'-5");
        assert_eq!(plain(Decimal::new(123_456, 2), Language::De), "1234,56");
    }
}
